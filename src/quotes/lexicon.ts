/**
 * Word lists the attribution passes rely on: verbs of saying, titles, words that mark organisations, and the
 * name/place lexicon of compromise (read once, as plain sets, so no NLP parse runs at extraction time).
 */
import { createRequire } from 'node:module';

interface CompromiseModel {
  one: { lexicon: Record<string, string> };
}

/**
 * compromise's lexicon, unpacked on first use (loading compromise costs about half a second):
 * a command answered from the persisted index never needs it. Read through compromise's CommonJS
 * build so it can load synchronously from inside an extraction pass.
 */
let unpacked: Record<string, string> | null = null;
function lexicon(): Record<string, string> {
  if (unpacked === null) {
    const nlp = createRequire(import.meta.url)('compromise') as { model(): CompromiseModel };
    unpacked = nlp.model().one.lexicon;
    fillFromLexicon(unpacked);
  }
  return unpacked;
}

/** A set of words read from the lexicon, filled the first time anything asks it. */
class LexiconSet extends Set<string> {
  override has(value: string): boolean {
    lexicon();
    return super.has(value);
  }
  override get size(): number {
    lexicon();
    return super.size;
  }
  override forEach(f: (value: string, key: string, set: Set<string>) => void, thisArg?: unknown): void {
    lexicon();
    super.forEach(f, thisArg);
  }
  override values(): SetIterator<string> {
    lexicon();
    return super.values();
  }
  override keys(): SetIterator<string> {
    lexicon();
    return super.keys();
  }
  override entries(): SetIterator<[string, string]> {
    lexicon();
    return super.entries();
  }
  override [Symbol.iterator](): SetIterator<string> {
    lexicon();
    return super[Symbol.iterator]();
  }
}

export const MALE_NAMES: ReadonlySet<string> = new LexiconSet();
export const FEMALE_NAMES: ReadonlySet<string> = new LexiconSet();
/** Given names of either gender (lowercase). */
export const FIRST_NAMES: ReadonlySet<string> = new LexiconSet();
/** Places, countries, regions and organisations known to compromise (lowercase, may be multi-word). */
export const PLACES_AND_ORGS: ReadonlySet<string> = new LexiconSet();
/** Nationality adjectives (lowercase): "french", "south african". */
export const DEMONYMS: ReadonlySet<string> = new LexiconSet();
const PAST: ReadonlySet<string> = new LexiconSet();

function fillFromLexicon(lex: Record<string, string>): void {
  const add = (set: ReadonlySet<string>, word: string) => Set.prototype.add.call(set, word);
  for (const [word, tags] of Object.entries(lex)) {
    if (tags.includes('MaleName')) add(MALE_NAMES, word);
    if (tags.includes('FemaleName')) add(FEMALE_NAMES, word);
    if (tags.includes('MaleName') || tags.includes('FemaleName') || tags.includes('FirstName')) add(FIRST_NAMES, word);
    if (/\b(City|Country|Place|Region|Organization|SportsTeam)\b/.test(tags)) add(PLACES_AND_ORGS, word);
    if (tags.includes('Demonym')) add(DEMONYMS, word);
    if (tags.includes('PastTense') || tags.includes('Modal') || tags.includes('Copula')) add(PAST, word);
  }
}

const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

const AUXILIARIES = new Set(
  "has have had is was were are will would could can should did does do must may might cannot didn't doesn't don't won't can't wasn't isn't hasn't haven't hadn't wouldn't couldn't shouldn't aren't weren't".split(' '),
);

/** Does a text open with a finite verb ("sold himself …", "didn't fight …")? Then the words before it are its subject. */
export function startsWithVerb(text: string): boolean {
  const w = (/^[\p{L}'\u2019]+/u.exec(text)?.[0] ?? '').toLowerCase().replace(/\u2019/g, "'");
  if (!w) return false;
  return AUXILIARIES.has(w) || PAST.has(w) || (w.length > 4 && w.endsWith('ed') && !tagged(w, 'Adjective'));
}

const tagged = (w: string, tag: string): boolean => (lexicon()[w] ?? '').includes(tag);

/** A common noun that compromise's lexicon knows as a kind of person ("programmer", "plumber", "bankers"). */
export const isActorNoun = (w: string): boolean => tagged(w, 'Actor') && !/body$|one$/.test(w);

/** A plural common noun that names no people ("studies", "polls", "records"), lowercase. */
export const isThingPlural = (w: string): boolean => tagged(w, 'Plural') && !tagged(w, 'Actor');

/** Verbs that report speech or writing, in all the forms a news article uses. */
export const SPEECH_VERBS = words(`
  say says said saying tell tells told telling add adds added adding  notes noted noting
  written
  ask asks asked asking reply replies replied replying write writes wrote writing tweet tweets tweeted tweeting
    posted testify testifies testified testifying   stated explain explains explained explaining
  continue continues continued argue argues argued arguing insist insists insisted insisting   claimed claiming
  warn warns warned  acknowledge acknowledges acknowledged acknowledging admit admits admitted admitting
  declare declares declared declaring announce announces announced announcing recall recalls recalled recalling
    remarked respond responds responded responding  answers answered suggest suggests suggested
  suggesting observe observes observed   quipped   joked concede concedes conceded conceding
  instruct instructs instructed shout shouts shouted yell yells yelled whisper whispered exclaim exclaimed
  boast boasts boasted complain complains complained complaining lament laments lamented predict predicts predicted
    promised   vowed  pledges pledged   stressed emphasize emphasizes
  emphasized   countered interject interjected  mused maintain maintains maintained contend
  contends contended assert asserts asserted confirm confirms confirmed deny denies denied describe describes
  described describing   called calling dub dubs dubbed slam slams slammed slamming assail assails assailed
  criticize criticizes criticized criticizing criticise criticised praise praises praised   labeled
  labelled   branded  quoted recount recounts recounted reiterate reiterates reiterated agree agrees
  agreed wonder wonders wondered  reports reported reaffirm reaffirms reaffirmed affirm affirmed  
  mocked   charged allege alleges alleged cautioned   concluded conclude concludes
        recommend recommended reveal reveals revealed revealing
  estimate estimates estimated indicate indicates indicated signal signals signaled signalled disclose discloses
  disclosed pointed
  accuse accuses accused accusing urge urges urged urging hail hails hailed decry decries decried condemn condemns
  condemned denounce denounces denounced dismiss dismisses dismissed blast blasts blasted
`);

/** Verbs that introduce a reported clause (indirect speech). A subset of SPEECH_VERBS. */
export const CLAUSE_VERBS = words(`
  say says said saying tell tells told telling add adds added adding  notes noted noting testify testifies
  testified testifying suggest suggests suggested suggesting claim  claimed claiming argue argues argued arguing
  insist insists insisted insisting warn warns warned warning explain explains explained acknowledge acknowledges
  acknowledged admit admits admitted announce announces announced   stated recall recalls recalled
  predict predicts predicted maintain maintains maintained contend contends contended assert asserts asserted
  confirm confirms confirmed write writes wrote written tweet tweets tweeted tweeting  posted  reports reported
       reveal revealed revealing conceded concede concedes complained
  complains       stressed  emphasized emphasizes
  reiterated reiterates agreed agrees cautioned warned reaffirmed
  estimate estimates estimated indicate indicates indicated signaled signalled disclosed discloses pointed
`);

/** Verbs that publications and documents use more than people; they attribute only to a known person. */
export const PUBLICATION_VERBS = words('report reports reported');

/** Verbs whose object is a person before the clause ("told reporters that"). */
export const OBJECT_VERBS = words('tell tells told telling warn warns warned warning assure assured remind reminded');

/** Heads of titles that go before a name ("Sen.", "President", "Finance Minister"). Lowercase, no dot. */
export const TITLE_HEADS = words(`
  president sen senator rep representative congressman congresswoman gov governor lt col gen general maj capt sgt
  adm cmdr cpl pvt ambassador secretary minister chancellor mayor judge justice mr mrs ms mx dr prof professor rev
  reverend pope king queen prince princess sheikh speaker chairman chairwoman chair director commissioner
  superintendent sheriff officer detective inspector attorney counsel envoy premier councilman councilwoman
  councilmember councillor councilor alderman alderwoman assemblyman assemblywoman delegate sir dame lord lady coach ceo cfo coo chief spokesman spokeswoman
  spokesperson president-elect secretary-general ayatollah archbishop bishop cardinal rabbi imam trooper deputy
  commander admiral colonel lieutenant captain sergeant major marshal
`);

/** Words that may stand before a title inside a capitalised run ("U.S.", "Vice", "State", "Deputy"). */
export const TITLE_MODIFIERS = words(`
  u.s. us u.k. uk u.n. un e.u. eu former vice deputy acting interim assistant associate senior chief executive state
  foreign treasury defense defence interior finance health education justice labor commerce energy homeland
  agriculture transportation attorney special first prime supreme district county city lt. col. gen. then
  majority minority house senate national white
`);

/** Titles that mark gender. */
export const MALE_TITLES = words('mr king prince sir lord father');
export const FEMALE_TITLES = words('mrs ms queen princess dame lady sister madam');

/** Words that make a capitalised run an organisation, a place, an event or a document rather than a person. */
export const ORG_WORDS = words(`
  department office house party times news post journal agency committee council court ministry police senate congress
  assembly group association university college school institute foundation company corporation corp inc co ltd llc
  bank fund service services commission administration authority board bureau center centre network reuters press
  twitter facebook google summit union republic kingdom states street avenue road city county club team league
  church hospital airport station agency campaign army navy force forces guard government parliament cabinet
  tribune herald gazette magazine review daily weekly radio television tv channel media report program programme
  organization organisation coalition alliance federation council system railway museum library project initiative
  treaty accord election elections emergency management security intelligence nations
  times globe observer guardian telegraph economist bloomberg ap afp cnn abc cbs bbc msnbc npr pbs
  province region democrats republicans democratic republican
`);

/** Nouns that make a description a source that is not a person ("the report", "a statement"). */
export const DOCUMENT_WORDS = words(`
  report reports statement statements website site document documents letter memo filing complaint lawsuit
  indictment poll survey study analysis release announcement alert caption message messages text texts tweet post
  article story newspaper paper magazine outlet network station broadcast editorial data records rules rule
  regulation law bill order decree proclamation ad ads advertisement commercial commercials sign signs
  department office agency ministry government administration police company firm campaign committee court
  council commission authority board bureau organisation organization group party union airline airlines carrier
`);

/** Nouns that head a description of people ("the agency spokesperson", "Acme Power officials"). */
export const PERSON_NOUNS = words(`
  spokesperson spokesman spokeswoman spokespeople official officials officer officers lawmaker lawmakers legislator
  legislators senator senators representative representatives minister ministers secretary president leader leaders
  resident residents witness witnesses adviser advisers advisor advisors aide aides diplomat diplomats envoy analyst
  analysts expert experts economist economists strategist strategists attorney attorneys lawyer lawyers prosecutor
  prosecutors investigator investigators executive executives director directors chairman chairwoman chair
  commissioner commissioners manager managers supervisor supervisors worker workers employee employees source sources
  researcher researchers scientist scientists professor professors doctor doctors nurse nurses teacher teachers student
  students parent parents voter voters protester protesters activist activists critic critics supporter supporters
  candidate candidates member members founder owner owners mother father son daughter wife husband brother sister
  friend friends neighbor neighbors colleague colleagues co-worker coworker partner partners representative
  governor mayor judge justice chief head president-elect ambassador general colonel captain sergeant soldier
  soldiers troops pilot passenger passengers victim victims survivor survivors man woman men women boy girl people
  person individual individuals engineer engineers agent agents detective detectives counsel
  organizer organizers organiser organisers vendor vendors farmer farmers rancher ranchers fisherman fishermen
  shopkeeper shopkeepers merchant merchants retailer retailers tenant tenants landlord landlords homeowner homeowners
  renter renters shopper shoppers customer customers client clients consumer consumers commuter commuters driver
  drivers rider riders traveler travelers traveller travellers tourist tourists visitor visitors fan fans spectator
  spectators attendee attendees participant participants volunteer volunteers player players athlete athletes coach
  coaches trainer teammate teammates physician physicians surgeon surgeons paramedic paramedics firefighter
  firefighters deputies trooper troopers guard guards inmate inmates prisoner prisoners defendant defendants plaintiff
  plaintiffs juror jurors jury clerk clerks staffer staffers staffers crew crews journalist journalists reporter
  reporters editor editors author authors writer writers artist artists musician musicians actor actors historian
  historians economist planner planners builder builders developer developers contractor contractors inspector
  inspectors regulator regulators auditor auditors accountant accountants banker bankers investor investors trader
  traders shareholder shareholders entrepreneur entrepreneurs businessman businesswoman businesspeople proprietor
  operator operators worker laborer laborers miner miners nurse caregiver caregivers patient patients relative relatives
  family families neighbour neighbours villager villagers townspeople locals local homeless refugee refugees migrant
  migrants immigrant immigrants citizen citizens taxpayer taxpayers pastor pastors priest priests congregant
  congregants parishioner parishioners principal principals administrator administrators trustee trustees mourner
  mourners organizer negotiator negotiators mediator mediators bystander bystanders onlooker onlookers eyewitness
  eyewitnesses climber climbers hiker hikers swimmer swimmers cyclist cyclists pedestrian pedestrians motorist
  motorists homebuyer homebuyers buyer buyers seller sellers owner-operator spokespeople opponent opponents ally allies
  proponent proponents advocate advocates campaigner campaigners demonstrator demonstrators marcher marchers striker
  strikers unionist unionists delegates delegate councillor councillors councilor councilors alderman aldermen
  commissioner supervisor consultant consultants specialist specialists biologist biologists ecologist ecologists
  meteorologist meteorologists forecaster forecasters epidemiologist epidemiologists physicist chemist pharmacist
  pharmacists veterinarian veterinarians dentist dentists therapist therapists psychologist psychologists
  psychiatrist psychiatrists pollster pollsters operative operatives insider insiders founder co-founder cofounder
  chef chefs cook cooks baker bakers farmworker farmworkers
  elder elders poster posters commenter commenters user users viewer viewers reader readers listener listeners
  follower followers blogger bloggers presenter presenters
  mom moms dad dads grandmother grandmothers grandfather grandfathers grandparent grandparents aunt uncle cousin
  nephew niece spouse boyfriend girlfriend fiance fiancee widow widower teenager teenagers teen teens graduate
  graduates alumni alumnus predecessor predecessors successor successors counterpart counterparts rival rivals boss
`);

/** Heads of descriptions that stand for anybody: never a speaker. */
export const GENERIC_SUBJECTS = words('people someone somebody anyone anybody everyone everybody nobody one you we i');

export const PRONOUNS_MALE = words('he him his');
export const PRONOUNS_FEMALE = words('she her hers');
export const PRONOUNS_PLURAL = words('they them their');

/** Words that begin a sentence but are not part of a name that follows ("But Hale said"). */
export const NOT_NAME_WORDS = words(`
  the a an this that these those but and or yet so still then also however meanwhile moreover after before when while
  if as in on at for from by with of to into over under about since until during despite though although because
  he she it they we i you his her its their our my your there here what who why how which where
  monday tuesday wednesday thursday friday saturday sunday january february march april may june july august
  september october november december today yesterday tomorrow last next this earlier later asked according
`);

/** Adverbs and auxiliaries that sit between a subject and its verb ("has also said", "later told"). */
export const VERB_FILLERS = words(`
  also later then has have had was were is are be been would will could should might may can did does do once again
  already previously recently repeatedly reportedly publicly privately initially originally first further even
  never not just since earlier often frequently quickly immediately separately likewise similarly subsequently
  allegedly apparently bluntly flatly simply long
`);

/** Lowercase words that can stand inside a noun phrase naming a speaker. */
export const NP_WORDS = words(`
  the a an his her their its our another other one two three four five several many some most both all each them those
  former senior top chief deputy acting local federal state city agency administration opposition military government
  police campaign party county district regional national international foreign defense interior transportation
  health education finance environmental public private then-chairman co-worker assistant associate general
  executive managing vice special longtime veteran retired elected unnamed anonymous career visiting new young old
  of for at
`);

/** Time words skipped after a verb ("said Friday", "told reporters Monday"). */
export const TIME_WORDS = words(`
  monday tuesday wednesday thursday friday saturday sunday today yesterday tonight morning afternoon evening night
  week weekend month year earlier later last this on late early
`);

/** Lowercase words that may stand between a verb and the "that" of its clause ("said in a statement that"). */
export const THAT_GAP_WORDS = words(`
  in on at to with during after before late early earlier later last this a an the his her their its on
  reporters lawmakers investigators journalists interview statement statements show talk press conference call
  briefing post tweet letter radio television tv program hearing speech address news night morning afternoon evening
  week weekend month year time also repeatedly publicly privately sunday monday tuesday wednesday thursday friday
  saturday today yesterday interviews testimony remarks told
`);

/** Prepositions that cannot start a reported clause. */
export const PREPOSITIONS = words(`
  about on in at to for with from by of after before during as into over under against between through without
  within upon toward towards among
`);
