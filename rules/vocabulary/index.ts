/**
 * Every word list of the checker, validated with the WordList schema
 * (schema.ts) on first use. The bundled packs ask for it when they load
 * (rules/packs/index.ts), so the background, the CLI and the tests refuse a
 * broken list as they refuse a broken pack. The detectors import their lists'
 * phrases from the JSON files directly (named imports): the checker's content
 * script then carries the phrases alone, without zod or the descriptions.
 */
import { readableIssues } from '../readable-issues';
import { WordList } from './schema';
import accountLabels from './account-labels.json';
import activityVenues from './activity-venues.json';
import advocacy from './advocacy.json';
import ageGroupPeople from './age-group-people.json';
import alcoholAbuse from './alcohol-abuse.json';
import announcements from './announcements.json';
import authorFamily from './author-family.json';
import authorityVoice from './authority-voice.json';
import biasPhrases from './bias-phrases.json';
import bulletinLeads from './bulletin-leads.json';
import bulletinWords from './bulletin-words.json';
import businessContactMarkers from './business-contact-markers.json';
import candidMoments from './candid-moments.json';
import cardContext from './card-context.json';
import caseInsiderTerms from './case-insider-terms.json';
import caseMatterStems from './case-matter-stems.json';
import caughtReports from './caught-reports.json';
import childActivities from './child-activities.json';
import childWords from './child-words.json';
import cityGeneric from './city-generic.json';
import cityImagery from './city-imagery.json';
import collectiveTopics from './collective-topics.json';
import collectiveVoice from './collective-voice.json';
import coverUps from './cover-ups.json';
import departmentAdviceVerbs from './department-advice-verbs.json';
import departmentUnits from './department-units.json';
import departmentWords from './department-words.json';
import describedPeople from './described-people.json';
import disclaimers from './disclaimers.json';
import discriminationComplaints from './discrimination-complaints.json';
import drinkingStates from './drinking-states.json';
import drivingWords from './driving-words.json';
import drugPromotion from './drug-promotion.json';
import drugTerms from './drug-terms.json';
import dumpingPlaces from './dumping-places.json';
import factSubjects from './fact-subjects.json';
import familyPictured from './family-pictured.json';
import fictionWords from './fiction-words.json';
import genericTitles from './generic-titles.json';
import groupAdmissionVerbs from './group-admission-verbs.json';
import groupBlame from './group-blame.json';
import groupExclusionVerbs from './group-exclusion-verbs.json';
import groupGeneralisations from './group-generalisations.json';
import idLabels from './id-labels.json';
import idlePerkVerbs from './idle-perk-verbs.json';
import illegalActs from './illegal-acts.json';
import indirectSuperiors from './indirect-superiors.json';
import insultAdjectives from './insult-adjectives.json';
import insultNouns from './insult-nouns.json';
import insultTargets from './insult-targets.json';
import investigatedStaff from './investigated-staff.json';
import investigations from './investigations.json';
import jokeFrames from './joke-frames.json';
import keypadThings from './keypad-things.json';
import kinWords from './kin-words.json';
import managementTerms from './management-terms.json';
import medicalFacts from './medical-facts.json';
import membershipStatements from './membership-statements.json';
import nameTitles from './name-titles.json';
import negativeEvaluation from './negative-evaluation.json';
import newsWords from './news-words.json';
import nonPersonTargets from './non-person-targets.json';
import notIdContext from './not-id-context.json';
import notSecretValues from './not-secret-values.json';
import obscenityNotProfanity from './obscenity-not-profanity.json';
import obscenityPersonInsults from './obscenity-person-insults.json';
import obscenitySlurs from './obscenity-slurs.json';
import onTheJob from './on-the-job.json';
import opinionWords from './opinion-words.json';
import orderWords from './order-words.json';
import otherOwnerMarkers from './other-owner-markers.json';
import ownContactMarkers from './own-contact-markers.json';
import personNouns from './person-nouns.json';
import personReferences from './person-references.json';
import personalAttacks from './personal-attacks.json';
import personnelFacts from './personnel-facts.json';
import photoConsent from './photo-consent.json';
import photoWords from './photo-words.json';
import placeNameWords from './place-name-words.json';
import planWords from './plan-words.json';
import policyObjects from './policy-objects.json';
import praise from './praise.json';
import protectedGroups from './protected-groups.json';
import protectedTraits from './protected-traits.json';
import proudParentPhrases from './proud-parent-phrases.json';
import publicCodeKinds from './public-code-kinds.json';
import publicCodeWords from './public-code-words.json';
import publicContexts from './public-contexts.json';
import publicSources from './public-sources.json';
import relationshipFacts from './relationship-facts.json';
import roleLeads from './role-leads.json';
import routingContext from './routing-context.json';
import rumourMarkers from './rumour-markers.json';
import sampleMarkers from './sample-markers.json';
import sarcasmMarkers from './sarcasm-markers.json';
import sarcasticPraise from './sarcastic-praise.json';
import scandal from './scandal.json';
import schoolKinds from './school-kinds.json';
import schoolRoutines from './school-routines.json';
import schoolRunPhrases from './school-run-phrases.json';
import secondPerson from './second-person.json';
import secrecyMarkers from './secrecy-markers.json';
import secretLabels from './secret-labels.json';
import secretWords from './secret-words.json';
import selfPhoto from './self-photo.json';
import sexualTargets from './sexual-targets.json';
import sexualTerms from './sexual-terms.json';
import shortSarcasm from './short-sarcasm.json';
import signatureTitles from './signature-titles.json';
import slurs from './slurs.json';
import soberRides from './sober-rides.json';
import spanishSlurs from './spanish-slurs.json';
import spanishSwearing from './spanish-swearing.json';
import speakingFor from './speaking-for.json';
import ssnContext from './ssn-context.json';
import stereotypeTraits from './stereotype-traits.json';
import streetSuffixes from './street-suffixes.json';
import substances from './substances.json';
import superiors from './superiors.json';
import teamWords from './team-words.json';
import thirdPersonSubjects from './third-person-subjects.json';
import threatIntent from './threat-intent.json';
import threatPhrases from './threat-phrases.json';
import threatVictims from './threat-victims.json';
import traitGroupRoles from './trait-group-roles.json';
import traitGroupWords from './trait-group-words.json';
import traitPersonNouns from './trait-person-nouns.json';
import uniformWords from './uniform-words.json';
import unlawfulNegation from './unlawful-negation.json';
import unlawfulPromotion from './unlawful-promotion.json';
import violentVerbs from './violent-verbs.json';
import workContext from './work-context.json';
import workEvents from './work-events.json';
import workSpots from './work-spots.json';
import workplaceBodies from './workplace-bodies.json';
import workplaceMentions from './workplace-mentions.json';
import workplacePhotoPlaces from './workplace-photo-places.json';
import workplacePlaces from './workplace-places.json';
import workplaceRoles from './workplace-roles.json';

const LISTS: Record<string, unknown> = { accountLabels, activityVenues, advocacy, ageGroupPeople, alcoholAbuse, announcements, authorFamily, authorityVoice, biasPhrases, bulletinLeads, bulletinWords, businessContactMarkers, candidMoments, cardContext, caseInsiderTerms, caseMatterStems, caughtReports, childActivities, childWords, cityGeneric, cityImagery, collectiveTopics, collectiveVoice, coverUps, departmentAdviceVerbs, departmentUnits, departmentWords, describedPeople, disclaimers, discriminationComplaints, drinkingStates, drivingWords, drugPromotion, drugTerms, dumpingPlaces, factSubjects, familyPictured, fictionWords, genericTitles, groupAdmissionVerbs, groupBlame, groupExclusionVerbs, groupGeneralisations, idLabels, idlePerkVerbs, illegalActs, indirectSuperiors, insultAdjectives, insultNouns, insultTargets, investigatedStaff, investigations, jokeFrames, keypadThings, kinWords, managementTerms, medicalFacts, membershipStatements, nameTitles, negativeEvaluation, newsWords, nonPersonTargets, notIdContext, notSecretValues, obscenityNotProfanity, obscenityPersonInsults, obscenitySlurs, onTheJob, opinionWords, orderWords, otherOwnerMarkers, ownContactMarkers, personNouns, personReferences, personalAttacks, personnelFacts, photoConsent, photoWords, placeNameWords, planWords, policyObjects, praise, protectedGroups, protectedTraits, proudParentPhrases, publicCodeKinds, publicCodeWords, publicContexts, publicSources, relationshipFacts, roleLeads, routingContext, rumourMarkers, sampleMarkers, sarcasmMarkers, sarcasticPraise, scandal, schoolKinds, schoolRoutines, schoolRunPhrases, secondPerson, secrecyMarkers, secretLabels, secretWords, selfPhoto, sexualTargets, sexualTerms, shortSarcasm, signatureTitles, slurs, soberRides, spanishSlurs, spanishSwearing, speakingFor, ssnContext, stereotypeTraits, streetSuffixes, substances, superiors, teamWords, thirdPersonSubjects, threatIntent, threatPhrases, threatVictims, traitGroupRoles, traitGroupWords, traitPersonNouns, uniformWords, unlawfulNegation, unlawfulPromotion, violentVerbs, workContext, workEvents, workSpots, workplaceBodies, workplaceMentions, workplacePhotoPlaces, workplacePlaces, workplaceRoles };

let validated: ReadonlyMap<string, WordList> | undefined;

/** Every list by id, validated; throws, naming each problem, if one is broken (a build error, like a broken bundled pack). */
export function bundledVocabulary(): ReadonlyMap<string, WordList> {
  if (validated) return validated;
  const lists = new Map<string, WordList>();
  const errors: string[] = [];
  for (const [name, data] of Object.entries(LISTS)) {
    const result = WordList.safeParse(data);
    if (result.success) lists.set(result.data.id, result.data);
    else errors.push(...readableIssues(result.error.issues, '(list)').map((line) => `${name}: ${line}`));
  }
  if (errors.length) throw new Error(`The bundled word lists are invalid:\n${errors.join('\n')}`);
  validated = lists;
  return lists;
}
