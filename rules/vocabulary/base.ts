/**
 * Every word list as the checker reads it: phrases and exceptions only, by list id.
 * Named JSON imports, so the checker's content script carries the phrases without
 * the lists' descriptions or zod (rules/vocabulary/index.ts validates the files).
 * A pack's additions and removals are applied to these in resolve.ts.
 */
import { phrases as accountLabels } from './account-labels.json';
import { phrases as activityVenues } from './activity-venues.json';
import { phrases as advocacy } from './advocacy.json';
import { phrases as ageGroupPeople } from './age-group-people.json';
import { phrases as alcoholAbuse } from './alcohol-abuse.json';
import { phrases as announcements } from './announcements.json';
import { phrases as authorFamily } from './author-family.json';
import { phrases as authorityVoice } from './authority-voice.json';
import { phrases as behalfLeads } from './behalf-leads.json';
import { phrases as biasPhrases } from './bias-phrases.json';
import { phrases as bulletinLeads } from './bulletin-leads.json';
import { phrases as bulletinWords } from './bulletin-words.json';
import { phrases as businessContactMarkers } from './business-contact-markers.json';
import { phrases as candidMoments } from './candid-moments.json';
import { phrases as cardContext } from './card-context.json';
import { phrases as caseInsiderTerms } from './case-insider-terms.json';
import { phrases as caseMatterStems } from './case-matter-stems.json';
import { phrases as caughtReports } from './caught-reports.json';
import { phrases as childActivities } from './child-activities.json';
import { phrases as childWords } from './child-words.json';
import { phrases as citizenRoles } from './citizen-roles.json';
import { phrases as cityGeneric } from './city-generic.json';
import { phrases as cityImagery } from './city-imagery.json';
import { phrases as collectiveTopics } from './collective-topics.json';
import { phrases as collectiveVoice } from './collective-voice.json';
import { phrases as coverUps } from './cover-ups.json';
import { phrases as departmentAdviceVerbs } from './department-advice-verbs.json';
import { phrases as departmentUnits } from './department-units.json';
import { phrases as departmentWords } from './department-words.json';
import { phrases as describedPeople } from './described-people.json';
import { phrases as disclaimers } from './disclaimers.json';
import { phrases as discriminationComplaints } from './discrimination-complaints.json';
import { exceptions as drinkingStatesExceptions, phrases as drinkingStates } from './drinking-states.json';
import { phrases as drivingWords } from './driving-words.json';
import { phrases as drugPromotion } from './drug-promotion.json';
import { phrases as drugTerms } from './drug-terms.json';
import { phrases as dumpingPlaces } from './dumping-places.json';
import { phrases as factSubjects } from './fact-subjects.json';
import { phrases as familyPictured } from './family-pictured.json';
import { phrases as fictionWords } from './fiction-words.json';
import { phrases as genericTitles } from './generic-titles.json';
import { phrases as groupAdmissionVerbs } from './group-admission-verbs.json';
import { phrases as groupBlame } from './group-blame.json';
import { phrases as groupExclusionVerbs } from './group-exclusion-verbs.json';
import { phrases as groupGeneralisations } from './group-generalisations.json';
import { phrases as idLabels } from './id-labels.json';
import { phrases as idlePerkVerbs } from './idle-perk-verbs.json';
import { phrases as illegalActs } from './illegal-acts.json';
import { phrases as indirectSuperiors } from './indirect-superiors.json';
import { exceptions as insultAdjectivesExceptions, phrases as insultAdjectives } from './insult-adjectives.json';
import { exceptions as insultNounsExceptions, phrases as insultNouns } from './insult-nouns.json';
import { phrases as insultTargets } from './insult-targets.json';
import { phrases as investigatedStaff } from './investigated-staff.json';
import { phrases as investigations } from './investigations.json';
import { phrases as jokeFrames } from './joke-frames.json';
import { phrases as keypadThings } from './keypad-things.json';
import { phrases as kinWords } from './kin-words.json';
import { phrases as literalInsultNouns } from './literal-insult-nouns.json';
import { phrases as managementTerms } from './management-terms.json';
import { phrases as medicalFacts } from './medical-facts.json';
import { phrases as membershipStatements } from './membership-statements.json';
import { phrases as nameTitles } from './name-titles.json';
import { exceptions as negativeEvaluationExceptions, phrases as negativeEvaluation } from './negative-evaluation.json';
import { phrases as newsWords } from './news-words.json';
import { phrases as nonPersonTargets } from './non-person-targets.json';
import { phrases as notIdContext } from './not-id-context.json';
import { phrases as notSecretValues } from './not-secret-values.json';
import { exceptions as obscenityNotProfanityExceptions, phrases as obscenityNotProfanity } from './obscenity-not-profanity.json';
import { phrases as obscenityPersonInsults } from './obscenity-person-insults.json';
import { phrases as obscenitySlurs } from './obscenity-slurs.json';
import { phrases as onTheJob } from './on-the-job.json';
import { phrases as opinionWords } from './opinion-words.json';
import { phrases as orderWords } from './order-words.json';
import { phrases as otherOwnerMarkers } from './other-owner-markers.json';
import { phrases as ownContactMarkers } from './own-contact-markers.json';
import { phrases as personNouns } from './person-nouns.json';
import { phrases as personReferences } from './person-references.json';
import { phrases as personalAttacks } from './personal-attacks.json';
import { phrases as personnelFacts } from './personnel-facts.json';
import { phrases as photoConsent } from './photo-consent.json';
import { phrases as photoWords } from './photo-words.json';
import { phrases as placeNameWords } from './place-name-words.json';
import { phrases as planWords } from './plan-words.json';
import { phrases as policyObjects } from './policy-objects.json';
import { phrases as praise } from './praise.json';
import { phrases as promisesToResidents } from './promises-to-residents.json';
import { phrases as protectedGroups } from './protected-groups.json';
import { phrases as protectedTraits } from './protected-traits.json';
import { phrases as proudParentPhrases } from './proud-parent-phrases.json';
import { phrases as publicCodeKinds } from './public-code-kinds.json';
import { phrases as publicCodeWords } from './public-code-words.json';
import { phrases as publicContexts } from './public-contexts.json';
import { phrases as publicSources } from './public-sources.json';
import { phrases as relationshipFacts } from './relationship-facts.json';
import { phrases as roleLeads } from './role-leads.json';
import { phrases as routingContext } from './routing-context.json';
import { phrases as rumourMarkers } from './rumour-markers.json';
import { phrases as sampleMarkers } from './sample-markers.json';
import { phrases as sarcasmMarkers } from './sarcasm-markers.json';
import { phrases as sarcasticPraise } from './sarcastic-praise.json';
import { phrases as scandal } from './scandal.json';
import { phrases as schoolKinds } from './school-kinds.json';
import { phrases as schoolRoutines } from './school-routines.json';
import { phrases as schoolRunPhrases } from './school-run-phrases.json';
import { phrases as secondPerson } from './second-person.json';
import { phrases as secrecyMarkers } from './secrecy-markers.json';
import { phrases as secretLabels } from './secret-labels.json';
import { phrases as secretWords } from './secret-words.json';
import { phrases as selfPhoto } from './self-photo.json';
import { phrases as sexualTargets } from './sexual-targets.json';
import { exceptions as sexualTermsExceptions, phrases as sexualTerms } from './sexual-terms.json';
import { phrases as shortSarcasm } from './short-sarcasm.json';
import { phrases as signatureTitles } from './signature-titles.json';
import { phrases as slurs } from './slurs.json';
import { phrases as soberRides } from './sober-rides.json';
import { phrases as spanishSlurs } from './spanish-slurs.json';
import { exceptions as spanishSwearingExceptions, phrases as spanishSwearing } from './spanish-swearing.json';
import { phrases as speakingFor } from './speaking-for.json';
import { phrases as ssnContext } from './ssn-context.json';
import { phrases as stereotypeTraits } from './stereotype-traits.json';
import { phrases as streetSuffixes } from './street-suffixes.json';
import { phrases as substances } from './substances.json';
import { phrases as superiors } from './superiors.json';
import { phrases as teamWords } from './team-words.json';
import { phrases as thirdPersonSubjects } from './third-person-subjects.json';
import { phrases as threatIntent } from './threat-intent.json';
import { phrases as threatPhrases } from './threat-phrases.json';
import { phrases as threatVictims } from './threat-victims.json';
import { phrases as traitGroupRoles } from './trait-group-roles.json';
import { phrases as traitGroupWords } from './trait-group-words.json';
import { phrases as traitPersonNouns } from './trait-person-nouns.json';
import { phrases as uniformWords } from './uniform-words.json';
import { phrases as unlawfulNegation } from './unlawful-negation.json';
import { phrases as unlawfulPromotion } from './unlawful-promotion.json';
import { exceptions as violentVerbsExceptions, phrases as violentVerbs } from './violent-verbs.json';
import { phrases as workContext } from './work-context.json';
import { phrases as workEvents } from './work-events.json';
import { phrases as workSpots } from './work-spots.json';
import { phrases as workplaceBodies } from './workplace-bodies.json';
import { phrases as workplaceMentions } from './workplace-mentions.json';
import { phrases as workplacePhotoPlaces } from './workplace-photo-places.json';
import { phrases as workplacePlaces } from './workplace-places.json';
import { phrases as workplaceRoles } from './workplace-roles.json';

export interface VocabularyList {
  readonly phrases: readonly string[];
  readonly exceptions?: readonly string[];
}

export const BASE_VOCABULARY = {
  'account-labels': { phrases: accountLabels },
  'activity-venues': { phrases: activityVenues },
  advocacy: { phrases: advocacy },
  'age-group-people': { phrases: ageGroupPeople },
  'alcohol-abuse': { phrases: alcoholAbuse },
  announcements: { phrases: announcements },
  'author-family': { phrases: authorFamily },
  'authority-voice': { phrases: authorityVoice },
  'behalf-leads': { phrases: behalfLeads },
  'bias-phrases': { phrases: biasPhrases },
  'bulletin-leads': { phrases: bulletinLeads },
  'bulletin-words': { phrases: bulletinWords },
  'business-contact-markers': { phrases: businessContactMarkers },
  'candid-moments': { phrases: candidMoments },
  'card-context': { phrases: cardContext },
  'case-insider-terms': { phrases: caseInsiderTerms },
  'case-matter-stems': { phrases: caseMatterStems },
  'caught-reports': { phrases: caughtReports },
  'child-activities': { phrases: childActivities },
  'child-words': { phrases: childWords },
  'citizen-roles': { phrases: citizenRoles },
  'city-generic': { phrases: cityGeneric },
  'city-imagery': { phrases: cityImagery },
  'collective-topics': { phrases: collectiveTopics },
  'collective-voice': { phrases: collectiveVoice },
  'cover-ups': { phrases: coverUps },
  'department-advice-verbs': { phrases: departmentAdviceVerbs },
  'department-units': { phrases: departmentUnits },
  'department-words': { phrases: departmentWords },
  'described-people': { phrases: describedPeople },
  disclaimers: { phrases: disclaimers },
  'discrimination-complaints': { phrases: discriminationComplaints },
  'drinking-states': { phrases: drinkingStates, exceptions: drinkingStatesExceptions },
  'driving-words': { phrases: drivingWords },
  'drug-promotion': { phrases: drugPromotion },
  'drug-terms': { phrases: drugTerms },
  'dumping-places': { phrases: dumpingPlaces },
  'fact-subjects': { phrases: factSubjects },
  'family-pictured': { phrases: familyPictured },
  'fiction-words': { phrases: fictionWords },
  'generic-titles': { phrases: genericTitles },
  'group-admission-verbs': { phrases: groupAdmissionVerbs },
  'group-blame': { phrases: groupBlame },
  'group-exclusion-verbs': { phrases: groupExclusionVerbs },
  'group-generalisations': { phrases: groupGeneralisations },
  'id-labels': { phrases: idLabels },
  'idle-perk-verbs': { phrases: idlePerkVerbs },
  'illegal-acts': { phrases: illegalActs },
  'indirect-superiors': { phrases: indirectSuperiors },
  'insult-adjectives': { phrases: insultAdjectives, exceptions: insultAdjectivesExceptions },
  'insult-nouns': { phrases: insultNouns, exceptions: insultNounsExceptions },
  'insult-targets': { phrases: insultTargets },
  'investigated-staff': { phrases: investigatedStaff },
  investigations: { phrases: investigations },
  'joke-frames': { phrases: jokeFrames },
  'keypad-things': { phrases: keypadThings },
  'kin-words': { phrases: kinWords },
  'literal-insult-nouns': { phrases: literalInsultNouns },
  'management-terms': { phrases: managementTerms },
  'medical-facts': { phrases: medicalFacts },
  'membership-statements': { phrases: membershipStatements },
  'name-titles': { phrases: nameTitles },
  'negative-evaluation': { phrases: negativeEvaluation, exceptions: negativeEvaluationExceptions },
  'news-words': { phrases: newsWords },
  'non-person-targets': { phrases: nonPersonTargets },
  'not-id-context': { phrases: notIdContext },
  'not-secret-values': { phrases: notSecretValues },
  'obscenity-not-profanity': { phrases: obscenityNotProfanity, exceptions: obscenityNotProfanityExceptions },
  'obscenity-person-insults': { phrases: obscenityPersonInsults },
  'obscenity-slurs': { phrases: obscenitySlurs },
  'on-the-job': { phrases: onTheJob },
  'opinion-words': { phrases: opinionWords },
  'order-words': { phrases: orderWords },
  'other-owner-markers': { phrases: otherOwnerMarkers },
  'own-contact-markers': { phrases: ownContactMarkers },
  'person-nouns': { phrases: personNouns },
  'person-references': { phrases: personReferences },
  'personal-attacks': { phrases: personalAttacks },
  'personnel-facts': { phrases: personnelFacts },
  'photo-consent': { phrases: photoConsent },
  'photo-words': { phrases: photoWords },
  'place-name-words': { phrases: placeNameWords },
  'plan-words': { phrases: planWords },
  'policy-objects': { phrases: policyObjects },
  praise: { phrases: praise },
  'promises-to-residents': { phrases: promisesToResidents },
  'protected-groups': { phrases: protectedGroups },
  'protected-traits': { phrases: protectedTraits },
  'proud-parent-phrases': { phrases: proudParentPhrases },
  'public-code-kinds': { phrases: publicCodeKinds },
  'public-code-words': { phrases: publicCodeWords },
  'public-contexts': { phrases: publicContexts },
  'public-sources': { phrases: publicSources },
  'relationship-facts': { phrases: relationshipFacts },
  'role-leads': { phrases: roleLeads },
  'routing-context': { phrases: routingContext },
  'rumour-markers': { phrases: rumourMarkers },
  'sample-markers': { phrases: sampleMarkers },
  'sarcasm-markers': { phrases: sarcasmMarkers },
  'sarcastic-praise': { phrases: sarcasticPraise },
  scandal: { phrases: scandal },
  'school-kinds': { phrases: schoolKinds },
  'school-routines': { phrases: schoolRoutines },
  'school-run-phrases': { phrases: schoolRunPhrases },
  'second-person': { phrases: secondPerson },
  'secrecy-markers': { phrases: secrecyMarkers },
  'secret-labels': { phrases: secretLabels },
  'secret-words': { phrases: secretWords },
  'self-photo': { phrases: selfPhoto },
  'sexual-targets': { phrases: sexualTargets },
  'sexual-terms': { phrases: sexualTerms, exceptions: sexualTermsExceptions },
  'short-sarcasm': { phrases: shortSarcasm },
  'signature-titles': { phrases: signatureTitles },
  slurs: { phrases: slurs },
  'sober-rides': { phrases: soberRides },
  'spanish-slurs': { phrases: spanishSlurs },
  'spanish-swearing': { phrases: spanishSwearing, exceptions: spanishSwearingExceptions },
  'speaking-for': { phrases: speakingFor },
  'ssn-context': { phrases: ssnContext },
  'stereotype-traits': { phrases: stereotypeTraits },
  'street-suffixes': { phrases: streetSuffixes },
  substances: { phrases: substances },
  superiors: { phrases: superiors },
  'team-words': { phrases: teamWords },
  'third-person-subjects': { phrases: thirdPersonSubjects },
  'threat-intent': { phrases: threatIntent },
  'threat-phrases': { phrases: threatPhrases },
  'threat-victims': { phrases: threatVictims },
  'trait-group-roles': { phrases: traitGroupRoles },
  'trait-group-words': { phrases: traitGroupWords },
  'trait-person-nouns': { phrases: traitPersonNouns },
  'uniform-words': { phrases: uniformWords },
  'unlawful-negation': { phrases: unlawfulNegation },
  'unlawful-promotion': { phrases: unlawfulPromotion },
  'violent-verbs': { phrases: violentVerbs, exceptions: violentVerbsExceptions },
  'work-context': { phrases: workContext },
  'work-events': { phrases: workEvents },
  'work-spots': { phrases: workSpots },
  'workplace-bodies': { phrases: workplaceBodies },
  'workplace-mentions': { phrases: workplaceMentions },
  'workplace-photo-places': { phrases: workplacePhotoPlaces },
  'workplace-places': { phrases: workplacePlaces },
  'workplace-roles': { phrases: workplaceRoles },
} as const satisfies Record<string, VocabularyList>;

export type ListId = keyof typeof BASE_VOCABULARY;

/** The lists a check reads: the bundled ones, or a pack's resolved from them. */
export type Vocabulary = { readonly [Id in ListId]: VocabularyList };
