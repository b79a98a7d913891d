/**
 * Code-owned word lists the detectors share. City-specific words (names,
 * departments, titles, domains) come from the pack's lexicon instead.
 * Entries are literal, lower-case, matched whole-word; list inflections explicitly.
 */

/** People at work, referred to by role. */
export const WORKPLACE_ROLES = [
  'water board', 'school board', 'the board',
  'zoning board', 'planning commission', 'board member', 'commission',
  'inspector', 'building inspector',
  'direct report', 'direct reports',
  'leaders', 'assistant superintendent',
  'council rep', 'assistant chief', 'b shift', 'a shift', 'c shift',
  'boss', 'bosses', 'supervisor', 'supervisors', 'manager', 'managers', 'director', 'directors', 'chief', 'deputy chief',
  'captain', 'lieutenant', 'lt', 'sergeant', 'sgt', 'foreman', 'superintendent', 'department head', 'dept head',
  'division head', 'division chief', 'crew lead', 'crew chief', 'team lead', 'shift lead', 'shift supervisor', 'administrator',
  'coworker', 'coworkers', 'co-worker', 'co-workers', 'colleague', 'colleagues', 'teammate', 'teammates',
  'partner at work', 'work wife', 'work husband', 'cubicle neighbor', 'desk mate', 'new hire', 'new guy', 'new girl',
  'sergeants', 'lieutenants', 'captains', 'officers', 'deputies', 'firefighters', 'dispatchers', 'clerks', 'inspectors', 'foremen',
  'intern', 'interns', 'secretary', 'receptionist', 'dispatcher', 'clerk', 'city clerk', 'assistant',
  'management', 'upper management', 'leadership', 'higher-ups', 'higher ups', 'the brass', 'front office', 'hr',
  'human resources', 'admin', 'administration', 'city manager', 'assistant city manager', 'mayor', 'council',
  'city council', 'councilman', 'councilwoman', 'councilmember', 'council member', 'council members', 'alderman',
  'alderwoman', 'commissioner', 'commissioners', 'chief of staff', 'city attorney', 'fire chief', 'police chief',
  'public works director', 'department director', 'my department', 'our department', 'my division', 'our division',
  'my office', 'our office', 'my unit', 'our unit', 'my crew', 'our crew', 'my team', 'our team', 'my shift',
];

/** Superiors and officials: the people a "dig" is aimed at when no insult word is used. */
export const SUPERIORS = [
  'boss', 'supervisor', 'manager', 'director', 'chief', 'captain', 'lieutenant', 'sergeant', 'foreman', 'superintendent',
  'department head', 'division head', 'crew chief', 'crew lead', 'team lead', 'management', 'upper management', 'leadership',
  'higher-ups', 'higher ups', 'the brass', 'administration', 'city manager', 'mayor', 'council', 'city council', 'councilman',
  'councilwoman', 'councilmember', 'council member', 'alderman', 'commissioner',
];

/** Indirect or sarcastic ways of pointing at a superior. */
export const INDIRECT_SUPERIOR = [
  'the top floor', '4th floor', '5th floor', '3rd floor', 'fourth floor', 'fifth floor',
  'whoever set that', 'whoever set this', 'whoever picked',
  'the man who approves', 'the woman who approves', 'whoever approves', 'the one who approves', "our 'leader'", 'our "leader"', "my 'boss'",
  'the genius who runs', 'the genius in charge', 'the geniuses in charge', 'the person in charge', 'whoever runs',
  'whoever is in charge', "whoever's in charge", 'the guy in charge', 'the lady in charge', 'the woman in charge',
  'the man in charge', 'the one who runs', 'the guy who runs', 'the woman who runs', 'the lady who runs',
  'our fearless leader', 'my fearless leader', 'our glorious leader', 'the powers that be', 'the big boss',
  'the guy who signs my', 'the lady who signs my', 'the woman who signs my', 'the man who signs my', 'the one who signs my',
  'the person who signs my', 'whoever signs my', 'whoever approved', 'whoever decided', 'whoever made this', 'whoever signed off',
  'from the top', 'at the top', 'up top', 'top brass', 'the people who run', 'the folks who run', 'the person who runs', 'the suits', 'the clowns upstairs', 'the people upstairs', 'the folks upstairs', 'upstairs',
];

/** Workplace context: where on-duty things happen. */
export const WORKPLACE_PLACES = [
  'at work', 'at the office', 'in the office', 'at his desk', 'at her desk', 'at their desk', 'at my desk', 'on shift',
  'on duty', 'on the clock', 'on the job', 'in the break room', 'in the breakroom', 'at the station', 'at the firehouse',
  'in the meeting', 'during the meeting', 'in the staff meeting', 'at the staff meeting', 'at roll call', 'on the job site',
  'at the yard', 'in the truck', 'in the cruiser', 'at the front desk', 'at the counter', 'in the lobby', 'at city hall',
  'in the shop', 'during lunch', 'on break', 'at the plant', 'at the depot', 'on patrol', 'on the route',
];

export const NEGATIVE_EVALUATION = [
  'zero explanations', 'morale is in the basement', 'only skill is', 'photo ops',
  'never given a single', 'has never given', 'actually does all day', 'does all day',
  'worse than the last', 'idea of leadership', 'yelling louder', 'spends more time on', 'than in the office',
  'forwards emails', 'leaves at 3', 'leaves early every', 'still collects a check', 'collects a check', 'missed half the',
  "didn't read", 'just once', "i'd like a supervisor who", "i'd like a boss who", "i'd like a manager who", 'hoards credit', 'delegates blame', "isn't a leader", 'looking at you', 'bulk trash',
  'insufferable', 'unbearable', 'treats every', 'has never opened', 'never opened', 'never answered', 'never returned', 'never visited',
  'never once', 'has never once', 'the only thing', 'is good at is', 'actual leadership', 'some actual', 'to retire so', 'real team player', 'team player. 🙄',
  'leadership skills of a', 'skills of a', 'do more with less', 'took a raise', 'actually work?', 'all talk', 'zero follow through', 'no follow through',
  'not knowing how to', "doesn't know how to", "doesn't have to imagine", 'the problem is you', 'the problem is probably you', 'has done nothing', 'done nothing', 'take credit',
  'hides in his office', 'hides in her office', 'hides in the office', 'never read', 'has never read', 'got the promotion', 
  'finally showing up', 'finally show up', 'says nothing', 'fixes nothing', 
  'time for new leadership', 'new leadership', 'riveting', 'stellar work',
  'should not be allowed near', "shouldn't be allowed near", 'blames you', 'blames us', 'blames everyone', 'takes every win',
  'couldn\'t lead a', "can't lead a",
  'treats us like', 'like dirt', "couldn't balance", 'walking hr violation', 'hr violation', "hasn't had a new idea", 'no new ideas',

  'run into the ground', 'ran it into the ground', 'running it into the ground', 'disappears every', 'never shows up', 'his buddies',
  'her buddies', 'plays favorites', 'favoritism', "can't spell", 
  'incompetent', 'clueless', 'lazy', 'useless', 'worthless', 'pathetic', 'idiot', 'idiots', 'moron', 'morons', 'imbecile',
  'stupid', 'dumb', 'dumbest', 'a joke', 'such a joke', 'the worst', 'terrible', 'awful', 'horrible', 'a disgrace',
  'disgraceful', 'a mess', 'a disaster', 'dumpster fire', 'clown show', 'circus', 'clown', 'clowns', 'toxic', 'corrupt',
  'crooked', 'a crook', 'a liar', 'liar', 'liars', 'lies', 'lied', 'spineless', 'gutless', 'power trip', 'power-tripping',
  'power tripping', 'power hungry', 'micromanager', 'micromanages', 'micromanaging', 'micro-manages', 'micromanage',
  'control freak', 'tyrant', 'dictator', 'bully', 'bullies', 'two-faced', 'backstabber', 'backstabbing', 'snake',
  'kiss-up', 'brown-noser', 'brownnoser', 'suck-up', 'slacker', 'slackers', 'deadweight', 'dead weight', 'waste of space',
  'waste of oxygen', 'waste of a paycheck', 'waste of taxpayer money', 'has no idea', 'have no idea', 'no clue',
  "doesn't know what", "don't know what", "can't manage", "can't lead", "couldn't manage", "couldn't lead",
  "couldn't organize", "can't organize", "couldn't run", "can't run", "couldn't find", 'should be fired', 'needs to be fired',
  'need to be fired', 'needs to go', 'need to go', 'should resign', 'needs to resign', 'sleeps all day', 'does nothing',
  'do nothing', 'never does anything', 'never do anything', 'hate my boss', 'hate my supervisor', 'hate my manager',
  'sick of', 'fed up with', 'tired of', 'embarrassment', 'an embarrassment', 'incompetence', 'mismanagement', 'unfit',
  'unqualified', 'nepotism', 'hack', 'blowhard', 'jerk', 'petty', 'vindictive', 'arrogant', 'ignorant', 'lousy',
  'garbage', 'trash', 'a nightmare', 'nightmare', 'ridiculous', 'a farce', 'laughingstock', 'laughing stock',
  'dimwit', 'halfwit', 'nitwit', 'numbskull', 'bonehead', 'buffoon', 'fool', 'fools', 'laziest', 'dumbest', 'most incompetent',
  'least competent', 'under the bus', 'throws the team under the bus', "shouldn't be a supervisor", "shouldn't be a manager",
  "shouldn't be in charge", 'should not be in charge', 'rubber stamp', 'rubber stamps', 'rubber-stamps', "hasn't read", 'never reads',
  "doesn't read", 'sucking up', 'sucked up', 'kissing up', 'fail upward', 'failed upward', 'failing upward', 'golf all day',
  'takes credit', 'taking credit', 'took credit', 'steals credit', 'stole credit', 'credit for everything', 'does the least',
  'the least work', 'nothing says leadership', 'absolute incompetence', 'should be forced to', 'can\'t stand', 'cannot stand', 'no backbone',
];

/** Sarcastic praise that reads as a dig when aimed at a superior. */
export const SARCASTIC_PRAISE = [
  'inspired leadership', 'visionary leadership', 
  'genius', 'brilliant', 'stellar leadership', 'great leadership', 'amazing leadership', 'visionary', 'mastermind',
  'real winner', 'what a leader', 'such a leader', 'fearless leader', 'another brilliant', 'another genius',
  'thanks a lot', 'way to go', 'bang-up job', 'bang up job', 'great job', 'nice work', 'truly inspiring', 'incredible',
  'unbelievable', 'love that for us', 'what a time to be alive', 'inspiring stuff', 'real leadership',
];
export const SARCASM_MARKERS = [
  'truly', 'really', 'obviously','/s', 'lol', 'lmao', 'smh', 'sure', 'yeah right', 'totally', 'not', 'as always', 'again', 'another', '🙄', '🤡', '😒', '🙃'];

/** Topics of collective, protected workplace speech (wages, hours, staffing, safety, unions). */
export const COLLECTIVE_TOPICS = [
  'wage', 'wages', 'pay', 'raise', 'raises', 'salary', 'salaries', 'overtime', 'hours', 'schedule', 'schedules', 'shifts',
  'staffing', 'understaffed', 'short-staffed', 'short staffed', 'understaffing', 'safety', 'unsafe', 'ppe', 'equipment',
  'contract', 'contracts', 'union', 'unions', 'local', 'bargaining', 'collective bargaining', 'negotiations', 'pension',
  'pensions', 'benefits', 'health insurance', 'cost of living', 'cola', 'working conditions', 'workload', 'grievance procedure',
  'steward', 'shop steward', 'petition', 'strike', 'organize a union', 'unionize', 'unionizing', 'organizing', 'members', 'membership', 'retirement',
];
export const COLLECTIVE_VOICE = ['we', 'us', 'our', "we're", "we've", 'all of us', 'workers', 'employees', 'staff', 'members', 'union', 'everyone', 'coworkers', 'co-workers', 'colleagues', 'fellow'];

/** A complaint of discrimination or misconduct is protected (template §4). */
export const DISCRIMINATION_COMPLAINT = [
  'discrimination', 'discriminated', 'discriminating', 'discriminatory', 'harassment', 'harassed', 'sexual harassment',
  'hostile work environment', 'eeoc', 'filed a complaint', 'file a complaint', 'filing a complaint', 'equal pay',
  'pay gap', 'retaliation', 'retaliated', 'whistleblower', 'whistleblowing', 'title vii', 'ada accommodation',
  'reasonable accommodation', 'civil rights complaint',
];

/** Citizen criticism aims at decisions, not people. */
export const POLICY_OBJECTS = [
  'policy', 'policies', 'ordinance', 'ordinances', 'budget', 'plan', 'proposal', 'decision', 'vote', 'tax', 'taxes',
  'rate', 'rates', 'fee', 'fees', 'zoning', 'project', 'law', 'rule', 'rules', 'program', 'initiative', 'bond', 'measure',
];

/** Rumour markers. */
export const RUMOUR = [
  'rumor mill', 'rumour mill',
  'i heard', "i've heard", 'rumor has it', 'rumour has it', 'rumor is', 'rumour is', 'word is', 'word around the office',
  'apparently', 'supposedly', 'allegedly', 'little birdie', 'a little bird', 'the gossip is', 'gossip is', 'rumors are',
  'rumours are', 'everybody says', 'everyone says', "people are saying", 'word on the street', 'the grapevine',
];
/**
 * Words AFINN scores negative that report an event or a status rather than
 * judge anyone ("put on leave", "arrested", "fire chief", "out sick").
 * Accusations (fraud, stealing, criminal) are judgments and are not here.
 */
export const NEWS_WORDS = [
  'arrested', 'arrest', 'charged', 'jailed', 'prison', 'fired', 'suspended', 'leave', 'missing', 'died', 'dead', 'death',
  'sick', 'ill', 'illness', 'disease', 'injured', 'injury', 'cancer', 'accident', 'killed', 'crash', 'fire', 'emergency',
  'funeral', 'evacuated', 'resign', 'resigned',
];

export const SCANDAL = [
  'hotel room', 'got a room',
  'fired', 'getting fired', 'canned', 'affair', 'cheating', 'sleeping with', 'hooking up', 'drunk', 'drinking on the job',
  'stealing', 'stole', 'embezzling', 'embezzled', 'on drugs', 'using drugs', 'quitting', 'being investigated',
  'under investigation', 'arrested', 'pregnant', 'divorce', 'rehab', 'demoted', 'written up', 'suspended', 'dating',
];

/** Secrecy markers: the author knows it is not for sharing. */
export const SECRECY = [
  'rest of us find out', 'before the rest of us', 'they told department heads', 'told the department heads',
  "won't say so until", "won't announce", 'until after the vote', 'heard it straight from', 'straight from my',
  'i saw the list', 'saw the list', "on the manager's desk", "on my boss's desk", "on the chief's desk", 'saw the memo', 'saw the email',
  'insider perspective', 'insider',
  'act surprised', 'in the back room', 'back room deal', 'already decided',
  'quietly', 'nobody is supposed to know', 'not supposed to know', 'no one is supposed to know',
  "nobody's been told", 'nobody has been told', 'not to tell anyone', "i'm only telling you", 'only telling you guys', 'asked us not to tell',
  'sitting on it', 'keep it to yourselves', 'keep it to yourself', 'keeping it quiet', 'covering it up', "they're covering it up",
  "can't say who", 'between us',
  "don't tell anyone", 'dont tell anyone', 'do not tell anyone', "don't tell anybody", "don't repeat this",
  "didn't hear it from me", "you didn't hear this from me", 'you did not hear this from me', 'between us',
  'between you and me', 'just between us', 'off the record', 'not public yet', "isn't public yet", 'not announced yet',
  "hasn't been announced", 'has not been announced', "hasn't been made public", 'before it is announced',
  "before it's announced", 'before the announcement', 'not supposed to say', 'not supposed to tell', 'not supposed to share',
  "i'm not supposed to", 'not allowed to say', 'hush hush', 'hush-hush', 'on the down low', 'on the dl', 'keep this quiet',
  'keep it quiet', 'keep this on the low', 'under wraps', 'insider info', 'inside info', 'leaked', 'leak', 'sneak peek at',
  'heard in closed session', 'in closed session', 'in executive session', 'embargoed', 'strictly confidential', 'kept quiet', 'being kept quiet', 'hushed up', 'covered up', 'cover it up', 'covering it up',
  'swept under the rug', 'insider tip', "can't say much but", 'cannot say much but', 'all i can say', "that's all i can say",
  'heads up before', 'before anyone else knows', 'nobody knows yet', 'no one knows yet', "the public doesn't know",
];
/** What internal plans are about. */
export const PLAN_WORDS = [
  'folded into', 'absorbed into',
  'privatized', 'privatize', 'rfp',
  'fired', 'falsifying', 'let go',
  'buying the', 'closing is',
  'closes', 'merges', 'moves', 'ends', 'shuts down',
  'stepping down', 'step down', 'layoff list', 'draft layoff',
  'cancelled', 'fell through', 'getting cancelled', 'getting cut',
  'rebid', 'cancelled', 'canceled', 'cancel', 'arrested', 'charged',
  'cut', 'cuts', 'cutting', 'close', 'closing', 'closure', 'shut down', 'shutting down', 'layoff', 'layoffs', 'laid off',
  'lay off', 'merge', 'merging', 'outsource', 'outsourcing', 'privatize', 'privatizing', 'budget', 'furlough', 'furloughs',
  'restructuring', 'reorg', 'reorganization', 'eliminate', 'eliminating', 'raise', 'hire', 'hiring freeze', 'fire', 'firing',
  'plan', 'plans', 'planning', 'going to', 'gonna', 'will', 'deal', 'contract', 'bid', 'bids', 'settlement', 'offer',
  'move', 'moving', 'relocate', 'sell', 'selling', 'buy', 'buying', 'announce', 'vote', 'decision', 'resign', 'resigning',
  'resigned', 'retired', 'leaving', 'effective', 'merged', 'closed', 'cutting', 'moved', 'sold', 'hired', 'picked', 'chosen',
  'retiring', 'quit', 'quitting', 'promotion', 'promoted', 'demoted', 'replace', 'replacing', 'new chief', 'new director',
];

/** Ongoing investigations and proceedings. */
export const INVESTIGATION = [
  'missing funds', 'money missing', 'embezzlement',
  'settling the', 'settle the', 'excessive force', 'use of force case', 'wrongful death', 'the case for',
  'internal audit', 'missing from', "can't say who", 'they think it\'s someone',
  'internal investigation', 'internal affairs', 'ia investigation', 'ongoing investigation', 'open investigation',
  'under investigation', 'being investigated', 'investigating', 'the investigation', 'investigation into', 'disciplinary hearing',
  'disciplinary investigation', 'the lawsuit', 'a lawsuit', 'lawsuit against', 'suing the city', 'sued the city',
  'deposition', 'deposed', 'settlement talks', 'settlement negotiations', 'the settlement', 'grand jury', 'subpoena',
  'subpoenaed', 'witness in', 'testify', 'testifying', 'court case', 'the case against', 'pending litigation', 'litigation',
  'the complaint against', 'complaint against', 'the suspect', 'suspect name', 'the victim', "victim's name", 'case file',
  'police report', 'incident report', 'body cam', 'bodycam', 'body camera footage', 'dash cam footage', 'evidence',
  'interrogation', 'interviewed the', 'charges against', 'arrest warrant', 'search warrant', 'autopsy',
];
/** Signals that the author is relaying public news, not inside knowledge. */
export const PUBLIC_SOURCE = [
  'according to the news', 'the news reported', 'news reported', 'reported by', 'in the paper', 'the newspaper',
  'press release', 'news conference', 'press conference', 'publicly announced', 'public record', 'public hearing',
  'on the news', 'article', 'headline', 'the times', 'the gazette', 'news story', 'reporter', 'documentary', 'podcast',
  'movie', 'film', 'show', 'series', 'episode', 'season', 'novel', 'book', 'netflix', 'hbo', 'true crime',
];

export const MEDICAL_FACTS = [
  'psych hospital', 'mental hospital', 'in and out of the hospital', 'tested positive for', 'positive for meth', 'positive for cocaine',
  'has ms', 'found out she has', 'found out he has',
  'having a baby', 'leukemia', 'lymphoma', 'fighting cancer', 'started treatment', 'sick every morning', 'morning sickness', 'seeing a therapist', 'on antidepressants',
  'pregnant', 'pregnancy', 'expecting a baby', 'expecting twins', 'is expecting', "she's expecting", 'miscarriage', 'miscarried', 'cancer', 'chemo', 'chemotherapy', 'tumor',
  'diagnosis', 'diagnosed', 'hiv', 'aids', 'std', 'stds', 'herpes', 'rehab', 'in rehab', 'relapse', 'relapsed',
  'overdose', 'overdosed', 'mental breakdown', 'nervous breakdown', 'breakdown', 'depression', 'depressed', 'bipolar',
  'schizophrenic', 'schizophrenia', 'psych ward', 'psychiatric', 'suicidal', 'suicide attempt', 'therapy', 'therapist',
  'medical leave', 'fmla', 'disability leave', 'on disability', 'workers comp', "workers' comp", 'surgery', 'medication',
  'meds', 'medical condition', 'health condition', 'illness', 'terminal', 'dying', 'dementia', 'alzheimers', "alzheimer's",
  'adhd', 'autism', 'autistic', 'diabetes', 'diabetic', 'seizure', 'seizures', 'epilepsy', 'anxiety attack',
  'panic attack', 'ivf', 'infertility', 'heart condition', 'heart attack', 'heart surgery', 'stroke', 'dialysis', 'transplant',
  'kidney failure', 'liver failure', 'als', 'parkinsons', "parkinson's", 'ms diagnosis', 'lupus', 'hepatitis', 'eating disorder', 'in aa', 'aa meetings', 'alcoholics anonymous', 'na meetings', 'sober living', 'detox', 'abortion', 'std test', 'drug test results', 'test results', 'blood test',
];
export const PERSONNEL_FACTS = [
  'got busted', 'busted for', 'instead of charging', 'letting him retire', 'letting her retire',
  'tested positive for', 'failed a drug screen',
  'put on leave', 'on admin leave', 'admin leave', 'administrative leave', 'psych eval', 'failed his psych', 'failed her psych', 'fitness for duty',
  'arrested for', 'arrested', 'dui', 'dv', 'in jail', 'juvie', 'restraining order', 'on probation for',
  'last chance agreement', 'garnishes', 'garnishing', 'child support',
  'written up', 'write-up', 'got a write-up', 'suspended', 'suspension', 'disciplined', 'disciplinary action', 'on probation',
  'probation', 'pip', 'performance improvement plan', 'performance review', 'bad review', 'failed a drug test',
  'failed his drug test', 'failed her drug test', 'failed the drug test', 'failed drug test', 'demoted', 'demotion',
  'terminated', 'termination', 'getting fired', 'got fired', 'being fired', 'let go', 'is being let go', 'resigned in lieu',
  'background check', 'personnel file', 'personnel record', 'salary is', 'makes $', 'makes only', 'paid $', 'garnished',
  'wage garnishment', 'reprimand', 'reprimands', 'reprimanded', 'formal complaint against', 'internal affairs', 'ia case',
];
export const RELATIONSHIP_FACTS = [
  'sneaking off', 'sneaking off at lunch', 'off at lunch together',
  'got out of jail', "'s ex", 'her ex', 'his ex',
  'sleeping together', 'hooking up together',
  'making out', 'made out', 'kissing in', 'caught kissing',
  'wife left him', 'husband left her', 'wife left', 'husband left',
  'pregnant by', 'knocked up by', 'baby daddy',
  "they're a thing", 'a thing now', 'an item now', "they're an item",
  'moving in with', 'arguing with his wife', 'arguing with her husband',
  'moved in with', 'his girlfriend', 'her boyfriend', 'girlfriend from', 'boyfriend from', 'is single', "he's single", "she's single",
  'sneaking around', 'separating', 'getting separated', 'messing around with', 'fooling around with',
  'affair', 'having an affair', 'cheating on', 'cheated on', 'sleeping with', 'hooking up with', 'hooked up with',
  'dating', 'going out with', 'seeing each other', 'divorce', 'divorcing', 'getting divorced', 'separated', 'breakup',
  'broke up', 'split up', 'splitting up', 'kicked him out', 'kicked her out', 'hooking up', 'left her husband', 'left his wife',
  'leaving her husband', 'leaving his wife', 'left her wife', 'left his husband', 'ran off with', 'running around with', 'custody battle', 'foreclosure',
  'gay', 'came out', 'in the closet', 'undocumented', 'immigration status',
];

/** "the guy in accounting", "the lady in permits": an identifiable person at work without a name. */
export const DEPARTMENT_WORDS = ['accounting', 'payroll', 'permits', 'records', 'dispatch', 'finance', 'planning', 'purchasing', 'billing',
  'maintenance', 'legal', 'zoning', 'parks', 'utilities', 'streets', 'sanitation', 'fleet', 'engineering', 'it', 'hr', 'the mayor\'s office',
  'code enforcement', 'the clerk\'s office', 'the library', 'public works', 'water', 'the jail', 'the court', 'the yard', 'the shop',
  'animal control', 'inspections', 'human resources', 'budget', 'communications', 'the front office', 'the field', 'admin'];
export const PERSON_NOUNS = ['guy', 'lady', 'woman', 'man', 'girl', 'dude', 'gal', 'fella', 'person', 'employee', 'staffer', 'worker',
  'new hire', 'temp', 'intern'];

/** People-words that make a remark about a specific person (beyond names, which compromise finds). */
export const PERSON_REFERENCES = [
  'he', 'she', 'him', 'her', 'his', "he's", "she's", 'they', 'guy', 'lady', 'woman', 'man', 'girl', 'dude',
  'neighbor', 'neighbour', 'resident', 'customer', 'client', 'patient', 'caller', 'citizen', 'taxpayer',
];

export const INSULT_NOUNS = [
  'geezer', 'geezers', 'old fart',
  'leeches', 'leech', 'moochers', 'freeloaders', 'whiners', 'bloodsuckers',
  'a child could do better', 'my kid could do better', 'a toddler could do better',
    'idiot', 'idiots', 'moron', 'morons', 'imbecile', 'imbeciles', 'loser', 'losers', 'clown', 'clowns', 'pig', 'pigs',
  'scum', 'scumbag', 'scumbags', 'trash', 'garbage', 'dirtbag', 'dirtbags', 'lowlife', 'lowlifes', 'creep', 'creeps',
  'freak', 'freaks', 'psycho', 'psychos', 'lunatic', 'lunatics', 'cow', 'witch', 'hag', 'slob', 'slobs', 'pervert',
  'degenerate', 'degenerates', 'parasite', 'parasites', 'animal', 'animals', 'vermin', 'rat', 'rats', 'snake', 'weasel',
  'fool', 'fools', 'dimwit', 'halfwit', 'nitwit', 'bonehead', 'buffoon', 'jackass', 'dumbass', 'dipshit', 'douche',
  'douchebag', 'tool', 'waste of space', 'waste of oxygen', 'piece of work', 'piece of garbage', 'piece of trash',
  'backstabber', 'neanderthal', 'caveman', 'karen', 'welfare queen', 'deadbeat', 'deadbeats', 'crackhead', 'crackheads', 'junkie',
  'junkies', 'thug', 'thugs', 'hillbilly', 'hillbillies', 'redneck', 'rednecks', 'trailer trash', 'bimbo',
];
/** Compounds where an insult word is not an insult ("control freak", "trash pickup", "animal shelter"). */
export const INSULT_EXCEPTIONS = [
  'clown show', 'circus act', 'pig out','control freak', 'neat freak', 'fitness freak', 'freak accident', 'trash pickup', 'trash day', 'trash can', 'trash bags', 'trash collection', 'take out the trash', 'garbage pickup', 'garbage truck', 'garbage day', 'garbage can', 'animal shelter', 'animal control', 'animal services', 'party animal', 'pig roast', 'guinea pig', 'pot belly pig', 'rat poison', 'gym rat', 'lab rat', 'snake plant', 'tool box', 'toolbox', 'power tool', 'power tools', 'tool shed', 'crazy good', 'crazy busy', 'going crazy', 'drive me crazy', 'drives me crazy', 'driving me crazy', 'insane amount', 'dense fog', 'thick fog', 'cow bell', 'holy cow', 'cash cow'];

export const INSULT_ADJECTIVES = [
  'embarrassing',
  'stupid', 'dumb', 'idiotic', 'moronic', 'pathetic', 'worthless', 'disgusting', 'gross', 'repulsive', 'ugly',
  'fat', 'obese', 'hideous', 'brainless', 'spineless', 'ignorant', 'trashy', 'nasty', 'vile', 'miserable',
  'braindead', 'brain-dead', 'dense', 'thick', 'retarded', 'crazy', 'insane', 'senile', 'smelly', 'filthy',
];

/** Protected characteristics, as groups people generalise about. */
export const PROTECTED_GROUPS = [
  'old geezers', 'geezers', 'old farts', 'boomers on the council',
  'mentally ill folks', 'mentally ill people', 'the mentally ill', 'crazy people',
  'puerto rican', 'vietnamese', 'haitian', 'cuban', 'filipino', 'korean', 'japanese', 'jew', 'gay guys', 'gay men', 'some of y\'all', 'y\'all old',
  'older employees', 'older workers', 'old employees', 'young people', 'grandpa', 'grandma',
  'women', 'woman', 'girls', 'females', 'men', 'males', 'immigrants', 'immigrant', 'illegals', 'illegal aliens', 'aliens',
  'mexicans', 'mexican', 'hispanics', 'latinos', 'latinas', 'black people', 'blacks', 'white people', 'whites', 'asians',
  'asian people', 'chinese', 'arabs', 'muslims', 'muslim', 'jews', 'jewish people', 'christians', 'catholics', 'mormons',
  'atheists', 'gays', 'gay people', 'lesbians', 'trans people', 'transgender people', 'transgenders', 'queers', 'lgbt people',
  'old people', 'older people', 'old folks', 'boomers', 'seniors', 'the elderly', 'millennials', 'disabled people',
  'the disabled', 'handicapped people', 'the handicapped', 'people in wheelchairs', 'autistic people', 'deaf people',
  'blind people', 'foreigners', 'refugees', 'africans', 'indians', 'natives', 'native americans', 'puerto ricans',
  'haitians', 'somalis', 'russians', 'poor people', 'homeless people', 'the homeless', 'single moms', 'single mothers',
  'pregnant women', 'these people', 'those people', 'you people',
];
export const GROUP_GENERALISATIONS = [
  "aren't even really", 'not even really disabled', 'faking it',
  'are a liability', 'a liability', 'are a burden', 'so sneaky',
  'need to retire', 'should retire', 'too old',
  'too old to', 'too old for', "can't trust", 'cannot trust', 'all cheat', 'they all', 'cheat',
  'belong at home', 'belong in the home', 'slow everything down', 'slow us down', 'just slow', 'time to retire', "who don't pay", 'who never pay',
  'are all', 'all are', 'are lazy', 'are stupid', 'are dumb', 'are criminals', 'are animals', 'are savages', 'are terrorists',
  'are dirty', 'are useless', 'are worthless', 'are parasites', 'are ruining', 'ruin everything', 'ruined', 'are the problem',
  'are a problem', 'are inferior', 'are too emotional', 'too emotional', "can't drive", 'cannot drive', "can't lead",
  "can't do math", "can't handle", "shouldn't be allowed", 'should not be allowed', "don't belong", 'do not belong',
  'should go back', 'go back to', 'take our jobs', 'taking our jobs', 'steal our jobs', 'should stay in the kitchen',
  'belong in the kitchen', "shouldn't be cops", "shouldn't be firefighters", "shouldn't be in charge", 'never hire',
  "won't hire", 'wouldn\'t hire', 'not hiring any more', 'are just diversity hires', 'diversity hire', 'diversity hires',
  'affirmative action hire', 'only got the job because', 'are welfare', 'breed like', 'are bad at', 'are bad drivers',
  'are always late', 'smell', 'stink', 'are disgusting', 'are freaks', 'are mentally ill', 'are a disease',
  'are all the same', 'always complain', 'are so dramatic', 'all lie', 'all steal', 'are thieves', 'are cheap',
  'are slow', 'have no business', 'should be deported', 'deport them', 'get rid of', 'ban them', 'kick them out',
  'go back where', 'back where they came from', 'need to go back', "aren't cut out", 'not cut out', 'are faking', 'faking it',
  "shouldn't be", 'should not be', "can't", 'cannot', "don't deserve", 'have no place', 'are cheap', 'is cheap',
];
/** Acting against a group: "we shouldn't be hiring Muslims". */
export const GROUP_EXCLUSION_VERBS = [
  'hire a', 'hiring a',
  "can't trust any of the", "can't trust",
  "rather not have", "rather not work with", "don't want", "wouldn't want", 'no more',"shouldn't be hiring", "shouldn't hire", 'should not hire', 'never hire', "don't hire", "won't hire",
  "wouldn't hire", "shouldn't let", "don't let", "shouldn't allow", "don't trust", 'never trust', "won't rent to", "wouldn't rent to",
  "don't serve", 'keep out', 'get rid of all the', 'ban all'];
/** Blaming a group for a bad outcome: "no wonder it's falling apart". */
export const GROUP_BLAME = [
  'watch the whole', 'burn down', 'go under', 'fall apart','no wonder', "that's what happens", 'that is what happens', 'falling apart', 'went downhill', 'gone downhill',
  'this is why', "that's why", 'see what happens', 'what did you expect', 'should have known', 'ruined it', 'ruin it'];

/** Traits in stereotypes ("every X guy I know is cheap"). */
export const STEREOTYPE_TRAITS = [
  'sloppy', 'cheap and sloppy',
  'sneaky', 'shady', 'untrustworthy', 'a liability','cheap', 'lazy', 'dirty', 'stupid', 'dumb', 'violent', 'criminals', 'criminal', 'thieves', 'liars', 'smelly',
  'greedy', 'loud', 'rude', 'aggressive', 'emotional', 'bossy', 'useless', 'worthless', 'illegal', 'terrorists', 'drunks', 'savages'];

/** Framings that signal a joke or meme at a group's expense. */
export const JOKE_FRAMES = ['joke', 'jokes', 'meme', 'memes', 'punchline', 'how many', 'walk into a bar', 'walks into a bar', 'so what do you call', 'what do you call'];

/** Threat verbs and intimidation, beyond explicit violence words. */
export const THREAT_PHRASES = [
  'see what i leave', 'and see what i', 'see what i do',
  'funny how your', 'since you testified', 'keeps getting ticketed', 'keeps getting towed',
  'hope you enjoy', 'you reported me', 'reported me to hr',
  "nice house you've got", 'would hate for anything', 'hate for anything to happen',
  'cars get scratched', 'tires get slashed', 'people remember', 'careful what you say', 'slashing every tire', 'slash his tires', 'slash your tires', 'slash her tires',
  'i know what she did', 'i know what he did', 'i know what you did', "not the only one who knows",
  'see how you like it', 'everyone knows about your', 'when everyone finds out', 'a real shame if', 'shame if it got',
  'you better hope', "you'd better hope", 'if i ever see you', 'never see you off the clock', 'when i see you off',
  'before you keep talking', 'going to have a problem', 'a real one', 'a real problem', 'i will find out who', "i'll find out who", 'find out who you are', 'ratted me out', 'snitched on me',
  "i've seen your house", 'seen your house', 'drop the complaint', 'drop your complaint', 'hint hint',
  "she'll learn", "he'll learn", "you'll learn", "they'll learn", 'anything can happen', 'blind spots',
  "won't be walking", 'alone for long', "won't be around for long", 'accidents can happen', 'things happen to people',
  'be a shame if', "'d be a shame if", 'see how that works out', "see how that works out for you", "i've been watching", 'i have been watching',
  'been watching you', 'been watching him', 'been watching her', 'i remember faces', "you've got there", 'you have got there', "i'd hate for",
  'would hate for something', 'keep filing', 'keep reporting', 'keep complaining about me', 'stay away from my',
  'be careful who you cross', 'careful who you cross', 'i know people', 'very bad week', 'a very bad day', 'bad things happen',
  'die already', 'should die', 'hope he dies', 'hope she dies', 'hope you die', 'drop dead', 'you got a lot of nerve', "you've got a lot of nerve",
  'watch your back', 'watch his back', 'watch her back', "you'll regret", 'you will regret', "he'll regret", "she'll regret",
  "they'll regret", 'gonna regret', 'going to regret', 'know where you live', 'know where he lives', 'know where she lives',
  'know where they live', 'i know where you park', 'know where you park', 'know what car you drive', 'know what you drive',
  'know where your kids', 'know where his kids', 'know where her kids', 'know your schedule', 'i know your schedule',
  'it would be a shame if', "it'd be a shame if", 'would be a shame if something', 'shame if something happened',
  "wouldn't want anything to happen", 'accidents happen', 'something bad might happen', 'something bad could happen',
  'something might happen to', 'see what happens', "you'd better watch", 'better watch out', "you've been warned",
  'consider yourself warned', 'last warning', 'final warning', 'see you in the parking lot', 'meet me outside',
  'meet me in the parking lot', 'wait till i catch', 'wait until i catch', 'when i catch', "i'm coming for",
  'coming for you', 'coming for him', 'coming for her', 'you are dead', "you're dead", "he's dead", "she's dead meat",
  'dead meat', 'a bullet', 'put you in the ground', 'put him in the ground', 'six feet under', 'in a body bag',
  'make you pay', 'make him pay', 'make her pay', 'make them pay', "you won't see it coming", "won't see it coming",
  'one of these days', 'sleep with one eye open', "i'll find him", "i'll find you", "i'll find her", 'i will find you',
  'keep it up and we', 'keep it up and see', 'keep talking and', 'see what else', "we'll see what else", 'since he reported me',
  'since she reported me', 'snitches get', 'keep running your mouth', 'keep your mouth shut', 'or else', 'checking under his car',
  'check under your car', 'checking under your car', 'check under his car', 'slip up eventually', "you think you're untouchable",
  "think you're untouchable", 'people like you always', 'watch yourself', "what's coming to you", "you'll get what's coming",
  "he'll get what's coming", 'your days are numbered', 'his days are numbered', 'her days are numbered', 'days are numbered',
  'hope you have insurance', 'nice family you have', 'nice house you have', 'remember what happened to', 'not going to warn you again',
  "won't warn you again", "i won't ask nicely", 'learn the hard way', 'teach him a lesson', 'teach her a lesson', 'teach you a lesson', "i'd be careful", 'be careful walking', 'careful walking to your car',
];
export const VIOLENT_VERBS = [
  'kill', 'murder', 'shoot', 'stab', 'strangle', 'choke', 'punch', 'beat', 'beat up', 'smack', 'slap', 'hurt', 'destroy',
  'end', 'bury', 'break his', 'break her', 'break your', 'kick his', 'kick her', 'kick your', 'knock out', 'run over',
  'blow up', 'burn down', 'burn', 'torch', 'slash', 'key', 'jump', 'curb stomp', 'pop', 'cap', 'hit', 'strangle',
];
export const THREAT_INTENT = ["i'll", 'i will', "i'm gonna", 'im gonna', "i'm going to", 'gonna', 'going to', 'should', 'someone should', 'somebody should', 'want to', 'wanna', 'i could', "i'd", 'ima', "i'ma", 'let me', 'ready to', 'about to'];
/** Idioms that use violent words harmlessly. */
/** Xenophobic or bigoted lines that need no named group. */
export const BIAS_PHRASES = [
  'diversity hire', 'diversity hires', 'affirmative action hire',
  'barely speak english', "can't speak english", 'cannot speak english', 'learn the language','learn english or', 'speak english or', 'go back to your country', 'go back to where you came from', 'go back where you came from', 'speak american', 'this is america, speak', 'build the wall and'];

export const VIOLENCE_IDIOMS = [
  'killed me', 'killing me', 'killing it', 'killed it', 'kill it', 'kills me', 'to die for', 'dying of laughter',
  "i'm dead", 'im dead', 'dead tired', 'beat the heat', 'beat traffic', 'beat the traffic', 'beat the rush', 'beat my record',
  'beat my time', 'beat the deadline', 'killer', 'kill time', 'killing time', 'hit the gym', 'hit the road', 'hit the sack',
  'hit the hay', 'hit it off', 'smash hit', 'hit me up', 'shoot me a', 'shoot me an', 'photo shoot', 'photoshoot',
  'shooting hoops', 'shoot hoops', 'end of the day', 'end up', 'blow up my phone', 'blew up my phone', 'knock out this',
  'knock out the', 'knocked out the', 'destroy this', 'destroyed this', 'destroyed that', 'destroyed my', 'pop by',
  'pop in', 'pop over', 'jump in', 'jump on', 'jump start', 'run over to', 'burn down the', 'bury the hatchet',
  'could kill for', "i'd kill for", 'would kill for', 'murder mystery', 'murder podcast', 'kill the lights',
];

/** Sexual remarks about people. */
export const SEXUAL_TERMS = [
  'skirts that short', 'short skirts', 'wants attention', "doesn't want attention",
  'tight pants', 'tight jeans', 'tight dress', 'tight shirt', 'a whole snack', 'snack', '😍', '🔥', 'not complaining',
  'best legs', 'great legs', 'jailbait', 'legs', 'booty shorts', 'ass on', 'built like',
  "she'd be fun", "he'd be fun", 'fun after work', 'after hours with her', 'after hours with him', '😏', '😘', '🍑', '🍆', '🥵', '🤤',
  'hot', 'sexy', 'smoking hot', 'smokin hot', 'thicc', 'thick', 'curvy', 'rack', 'boobs', 'tits', 'booty', 'butt that', 'ass that',
  'legs for days', 'nice legs', 'those legs', 'body on', 'her body', 'his body', 'that body', 'bod', 'bangable',
  "i'd hit that", 'id hit that', 'would hit that', 'wifey material', 'tap that', 'bend her over', 'bend over',
  "wouldn't mind", 'would not mind', 'in that skirt', 'in that dress', 'in those pants', 'in those jeans', 'in those leggings',
  'in that uniform', 'a body that', "body that won't quit", 'has a body', 'got a body', 'her figure', 'her curves', 'physique', 'bikini',
  'undress', 'naked', 'nude', 'in bed', 'turn me on', 'turns me on', 'thirsty', 'sugar daddy',
  'sugar mama', 'milf', 'dilf', 'hottie', 'hotties', 'eye candy', 'piece of ass', 'a ten', 'a 10', 'fine as hell',
  'so fine', 'damn fine', 'lingerie', 'cleavage', 'stare at her', 'stare at his', 'checking her out', 'checking him out',
  'check her out', 'check him out',
];
export const SEXUAL_TARGETS = [
  'emt', 'paramedic', 'medic', 'firefighter', 'lifeguard',
  'dispatcher', 'the new', 'lady from', 'girl from',
  'lifeguard', 'cashier', 'server', 'bartender', 'officer', 'trainee', 'temp', 'volunteer', 'mom at', 'lady at', 'girl at', 'guy at',
  'she', 'her', 'he', 'him', 'girl', 'lady', 'woman', 'guy', 'dude', 'new girl', 'new guy', 'intern', 'receptionist',
  'secretary', 'nurse', 'teacher', 'customer', 'resident', 'client', 'patient', 'waitress', 'barista', 'coworker',
  'co-worker', 'colleague', 'officer', 'deputy', 'clerk', 'cashier', 'mom', 'neighbor', 'wife', 'daughter',
];

export const DRUG_TERMS = [
  'eighth', 'an eighth', 'rolling papers',
  'weed', 'pot', 'marijuana', 'blunt', 'blunts', 'joint', 'joints', 'bong', 'bowl', 'dab', 'dabs', 'edibles', 'gummies',
  'coke', 'cocaine', 'blow', 'crack', 'meth', 'molly', 'mdma', 'ecstasy', 'acid', 'lsd', 'shrooms', 'mushrooms', 'ket',
  'ketamine', 'xanax', 'xans', 'percs', 'percocet', 'oxy', 'oxys', 'fentanyl', 'heroin', 'pills', 'adderall', 'lines',
  'a line', 'an eight ball', 'eightball', 'plug', 'stoned', 'high', 'baked', 'blazed', 'lit', 'tripping', 'rolling',
];
export const DRUG_PROMOTION = [
  "who's got", 'whos got',
  "let's get", 'lets get', 'who wants', "who's down", 'whos down', 'hmu', 'hit me up', 'come get', 'selling', 'got some',
  'got plenty', 'bring the', 'smoke a', 'smoking a', 'roll a', 'rolling a', 'pop a', 'popping', 'snort', 'snorting',
  'do some', 'doing some', 'did some', 'get high', 'getting high', 'got high', 'get stoned', 'getting stoned', 'get baked',
  'blaze', 'blazing', 'wake and bake', '420', 'party favors', 'my plug', 'need a plug', 'connect me', 'buy some', 'score some',
  'on shift high', 'high at work', 'high on the job', 'high on duty', 'need some', 'needs some', 'anyone got', 'got a plug',
  'looking for some', "who's bringing", 'whos bringing', 'bringing the', 'bring some', 'rolling on', 'tripping on', 'on molly',
  'on acid', 'on shrooms', 'where can i get', 'where to get', 'cop some', 'copped some', 'pick up some',
];
export const ALCOHOL_ABUSE = [
  'drink on every shift', 'drink on shift', 'we drink on', 
  'blackout drunk', 'blacked out', 'black out drunk', 'get wasted', 'getting wasted', 'got wasted', 'get hammered',
  'getting hammered', 'got hammered', 'get plastered', 'getting plastered', 'shitfaced', 'sh*tfaced', 'get trashed',
  'getting trashed', 'drunk at work', 'drinking at work', 'drinking on the job', 'drinking on duty', 'drunk on duty',
  'drunk on the job', 'drinking on shift', 'drunk on shift', 'beer in the truck', 'flask at work', 'drunk driving',
  'drive home drunk', 'drove home drunk', 'drive drunk', 'drove drunk', 'driving drunk', 'buzzed driving', 'drink and drive',
  'drinking and driving', 'keg stand', 'keg stands', 'shots till we puke', 'shots until we puke', 'drink till we drop',
  'drink until we drop', 'drink until i pass out', 'pregame at work', 'day drinking on the clock', 'vodka in my coffee',
  'whiskey in my coffee', 'liquid lunch on duty',
];
export const ILLEGAL_ACTS = [
  'log it as', 'log it as repairs', 'an extra hour and log',
  'go home early', "you're on a call", 'tell dispatch you', 'works every time',
  'nobody tracks', 'from the city pump', 'city pump', 'for our own cars',
  'clock in from home', 'nobody notices', 'overtime hack',
  'to the city card', 'on the city card', 'city credit card', 'city gas card', 'nobody reconciles', 'personal gas',
  'split the difference', 'never get checked', 'nobody checks', 'no one checks',
  'clock in then', 'clock in and leave',
  'call in sick', 'calling in sick', 'call out sick', 'the city will never know',
  'shoplift', 'shoplifting', 'steal', 'stealing', 'swipe some', 'five finger discount', 'vandalize', 'vandalizing', 'graffiti',
  'tag the', 'break into', 'breaking into', 'loot', 'looting', 'fake id', 'fake ids', "fake doctor's note", 'forge',
  'forging', 'forged', 'cook the books', 'pad your timesheet', 'pad our timesheets', 'padding timesheets', 'pad my timesheet', 'padding my timesheet', 'pad the timesheet', 'fudge my hours',
  'fudge the hours', 'steal time', 'tax fraud', "don't report it to the irs", 'cash under the table', 'under the table',
  'street race', 'street racing', 'run from the cops', 'outrun the cops', 'dodge the cops', 'evade police', 'skip bail',
  'bribe', 'bribes', 'kickback', 'kickbacks', 'rig the bid', 'rigged the bid', 'pirate', 'torrent', 'hack into',
  'hacking into', 'burn it down', 'riot', 'start a riot', 'poach', 'poaching', 'dump it in the river', 'illegal dumping',
  'scalp tickets', 'counterfeit', 'launder', 'pick the lock', 'hotwire',
];
export const UNLAWFUL_PROMOTION = [
  'easy way',
  'hack', 'easy',
  'free tip', 'tip:', 'if you','who needs', "i've got a guy", 'i got a guy',"don't tell the irs", "don't tell anyone", 'lol', 'lmao', 'taking', 'help me', 'anyone want to help', "let's", 'lets', "who's down", 'whos down', 'gonna', 'going to', 'how to', 'tips for', 'easy to', 'you should', 'we should', 'just', 'pro tip', 'protip', 'anyone want to', 'come help', 'join me', 'i always', 'i totally', 'i did', 'we did', 'i love to'];
export const UNLAWFUL_NEGATION = [
  "don't", 'do not', 'never', 'stop', 'against', 'arrested for', 'charged with', 'convicted', 'sentenced', 'sober',
  'sobriety', 'recovery', 'in recovery', 'clean for', 'quit', 'quitting', 'awareness', 'prevention', 'report', 'reported',
  'police say', 'crime stoppers', 'if you see', 'warning', 'beware', 'say no', 'legal', 'prescribed', 'prescription',
  'mushrooms on', 'mushroom risotto', 'mushroom soup', 'stuffed mushrooms', 'high school', 'high score', 'high five',
  'crack the', 'crack open', 'cracked', 'coke zero', 'diet coke', 'coca-cola', 'pot roast', 'pot luck', 'potluck',
  'pots and pans', 'crock pot', 'crockpot', 'instant pot', 'gummies for', 'vitamin', 'lines at', 'long lines', 'acid reflux',
  'lit up', 'the event was lit', 'joint statement', 'joint pain', 'joints hurt', 'knee joint', 'bowl game', 'super bowl',
  'salad bowl', 'bowl of', 'rolling out', 'rolling in', 'high on life',
];

/** Phrases that disclaim speaking for the employer. */
export const DISCLAIMERS = [
  'views are my own', 'views my own', 'opinions are my own', 'opinions my own', 'thoughts are my own', 'my own views',
  'my own opinion', 'my own opinions', 'views are mine', 'opinions are mine', 'tweets are my own', 'posts are my own',
  'personal capacity', 'in my personal capacity', 'speaking for myself', 'speaking only for myself', 'not speaking for',
  'not speaking on behalf', 'not on behalf of', 'do not speak for', "don't speak for", 'does not speak for',
  'not representing', 'not an official', 'not official', 'not the views of', 'do not represent', "don't represent",
  'does not represent', 'not endorsed by', 'personal account', 'personal opinion', 'as a private citizen',
  'as a citizen', 'off duty', 'as a resident', 'as a taxpayer', 'just my opinion', 'speaking as a parent',
];

/** Generic public-sector job titles (packs add their own). */
export const GENERIC_TITLES = [
  'building official', 'fire marshal', 'code official',
  'officer', 'police officer', 'patrol officer', 'detective', 'deputy', 'sergeant', 'lieutenant', 'captain', 'chief',
  'firefighter', 'fire fighter', 'paramedic', 'emt', 'dispatcher', 'inspector', 'building inspector', 'code enforcement officer',
  'code officer', 'planner', 'city planner', 'engineer', 'city engineer', 'clerk', 'city clerk', 'deputy clerk', 'manager',
  'city manager', 'assistant city manager', 'director', 'deputy director', 'administrator', 'analyst', 'budget analyst',
  'accountant', 'coordinator', 'specialist', 'supervisor', 'superintendent', 'foreman', 'crew leader', 'technician',
  'librarian', 'park ranger', 'ranger', 'lifeguard', 'recreation coordinator', 'caseworker', 'social worker', 'attorney',
  'city attorney', 'prosecutor', 'judge', 'magistrate', 'court clerk', 'spokesperson', 'spokesman', 'spokeswoman',
  'public information officer', 'pio', 'communications director', 'communications specialist', 'assessor', 'treasurer',
  'controller', 'auditor', 'council member', 'councilmember', 'councilman', 'councilwoman', 'mayor', 'alderman',
  'commissioner', 'employee', 'city employee', 'public servant', 'staff member', 'sanitation worker', 'utility worker',
  'water operator', 'lineman', 'mechanic', 'bus driver', 'animal control officer', 'crossing guard', 'marshal',
];

/** City imagery named in text (photos with seals, uniforms, vehicles, premises). */
export const CITY_IMAGERY = [
  'uniform pic', 'k9 unit', 'uniform photo',
  'dress blues', 'class a uniform', 'in full', 'my blues',
  'bunker gear', 'turnout gear', 'my gear', 'the new engine', 'engine',
  'uniform because', 
  'city seal', 'seal of the city', 'city logo', 'city emblem', 'city flag', 'department logo', 'department patch',
  'shoulder patch', 'my uniform', 'in uniform', 'in my uniform', 'in full uniform', 'uniform on', 'my badge', 'our badge',
  'the badge', 'badge and', 'department badge', 'patrol car', 'squad car', 'cruiser', 'police car', 'police cruiser',
  'fire truck', 'fire engine', 'ladder truck', 'ambulance', 'city truck', 'city vehicle', 'city car', 'city van',
  'city bus', 'department vehicle', 'work truck', 'take-home car', 'city hall', 'the station', 'the firehouse',
  'the precinct', 'the jail', 'the courthouse', 'city offices', 'the yard', 'water plant', 'treatment plant',
  'my desk at', 'the office at', 'city property', 'city building', 'city facility', 'city premises', 'work id', 'work badge',
  'id badge', 'name badge', 'employee badge', 'city id',
];
export const PHOTO_WORDS = [
  'look who', 'look at him', 'look at her',
  'pic', 'pics', 'picture', 'pictures', 'photo', 'photos', 'selfie', 'selfies', 'snap', 'snapped', 'shot', 'shots',
  'video', 'vid', 'clip', 'filmed', 'recorded', 'caught', 'posing', 'posed', 'check out', 'look at', 'see attached',
  'attached', 'below', 'here is', "here's", 'here are', 'photobomb', 'livestream', 'live stream', 'going live', 'tiktok',
  'reel', 'story', '📸', '📷', '🎥', '👇', '⬇️',
];

/** The author is in the picture, or posing with city property. */
export const SELF_PHOTO = [
  'throwback to me', 'me in full',
  'me +', 'me and the', 'me with the','selfie', 'selfies', 'me in', 'me and', 'me with', 'me next to', 'me at', 'of me', 'my uniform', 'in uniform',
  'posing', 'posed', 'in my', 'my truck', 'my cruiser', 'my unit', 'my rig', 'my engine', 'my desk', 'my office', 'recorded this in',
  'filmed this in'];

/** Announcement voice. */
export const ANNOUNCEMENT = [
  'official announcement', 'officially announce', 'officially announcing', 'official statement', 'official update',
  'official notice', 'public notice', 'attention residents', 'attention citizens', 'attention all residents',
  'residents are advised', 'residents should', 'residents must', 'citizens are advised', 'we are pleased to announce',
  "we're pleased to announce", 'is pleased to announce', 'are proud to announce', 'is proud to announce',
  'we are announcing', 'hereby announce', 'effective immediately', 'until further notice', 'psa from the city',
  'update from the city', 'message from the city', 'on behalf of the department', 'official position', "the city's position",
  'our official position', 'statement from',
];
export const SPEAKING_FOR = [
  'wants you to know', 'would like to remind', 'reminds everyone', 'asks residents', 'is asking residents',
  'speaking for',
  'our city supports', 'our city opposes', 'the city supports', 'the city opposes', 'to represent the city', 'represent the city', 'i promise',
  'on behalf of',
  'on behalf of the city', 'on behalf of city', 'speaking for the city', 'speak for the city', 'speaking on behalf of',
  'as a spokesperson', 'as the spokesperson', 'as spokesperson', 'as a representative of the city', 'representing the city',
  'we at the city', 'here at the city', 'us at the city', 'we at city hall', 'here at city hall', 'the city has authorized me',
  'authorized to say', 'i can confirm', 'i can officially', 'i can tell you that the city', 'i can promise', 'i promise the city',
  'i guarantee the city', 'the city promises', 'the city guarantees', 'we will fix', "we'll fix", 'we will have it fixed',
  "we'll have it fixed", 'we will repair', "we'll repair", 'we are going to fix', "we're going to fix", 'my department will',
  'our department will', 'our department is going to', 'my department is going to', 'the department will', 'the city will make sure',
  'the city is going to fix', 'the city will fix', 'we will make sure', "we'll make sure", 'we are working on it',
  "we're working on it", 'we are aware', "we're aware", "we're looking into it", 'we are looking into it',
  'i will personally make sure', "i'll personally make sure", "i'll get it fixed", 'i will get it fixed', "i'll have my crew",
  'i will have my crew', "i'll have someone", 'i will have someone', 'i can get you', "i'll waive", 'i will waive',
];
/** First-person role statements: "I'm a planner for…", "as a firefighter with…". */
export const ROLE_LEADS = [
  'speaking as a', 'speaking as an', 'speaking as the', 'from your friendly', 'your friendly neighborhood', 'your friendly',"i'm a", "i'm an", "i'm the", 'im a', 'im an', 'im the', 'i am a', 'i am an', 'i am the', 'as a', 'as an', 'as the', 'as your', 'i work as a', 'i work as an', 'i serve as', 'i serve as a', 'i serve as the', 'i serve as your', 'proud to be a', 'proud to be an', 'proud to be the', 'proud to serve as'];
export const ROLE_LINKS = ['for', 'at', 'with', 'of', 'in', 'for the', 'at the', 'with the', 'of the', 'in the'];
export const CITY_GENERIC = ['the city', 'city hall', 'this city', 'our city', 'the department', 'my department', 'our department', 'the county'];
