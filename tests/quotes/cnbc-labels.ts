/**
 * Hand labels for corpus/cnbc-2017-07-trump-putin-cyber-unit.md, following the devset conventions
 * (the dev-set conventions, outside this repository): direct quotes and posts with the speaker's fullest name, indirect speech as the
 * reported clause. Not labelled: show titles ("Meet the Press", "This Week"), the label "G-19 plus one", the
 * New York Times report (¶18, ¶20, ¶21 outer level), the correction line (¶27). The two "fox in charge of the
 * henhouse" phrases are criticism nobody is named for: quoted words with no speaker.
 */
import type { Label } from './helpers.ts';

const TRUMP = 'Donald J. Trump';
const JR = 'Donald Trump Jr.';
const MNUCHIN = 'Steven Mnuchin';

export const DIRECT: Label[] = [
  { paragraph: 4, speaker: TRUMP, kind: 'post', text: "The fact that President Putin and I discussed a Cyber Security unit doesn't mean I think it can happen. It can't-but a ceasefire can,& did!" },
  { paragraph: 8, speaker: TRUMP, kind: 'direct', text: 'impenetrable' },
  { paragraph: 8, speaker: TRUMP, kind: 'direct', text: 'election hacking, & many other negative things' },
  { paragraph: 9, speaker: TRUMP, kind: 'post', text: 'Putin & I discussed forming an impenetrable Cyber Security unit so that election hacking, & many other negative things, will be guarded..' },
  { paragraph: 11, speaker: TRUMP, kind: 'post', text: "I strongly pressed President Putin twice about Russian meddling in our election. He vehemently denied it. I've already given my opinion....." },
  { paragraph: 13, speaker: 'Lindsey Graham', kind: 'direct', text: "It's not the dumbest idea I've ever heard, but it's pretty close," },
  { paragraph: 15, speaker: MNUCHIN, kind: 'direct', text: 'a very significant accomplishment for President Trump.' },
  { paragraph: 16, speaker: MNUCHIN, kind: 'direct', text: "This is a very important step forward. What we want to make sure is that we coordinate with Russia, that we're focused on cybersecurity together, that we make sure they never interfere in any democratic elections or conduct any cybersecurity [sic]," },
  { paragraph: 16, speaker: MNUCHIN, kind: 'direct', text: "This is like any other strategic alliance, whether we're doing military exercises with our allies or anything else." },
  { paragraph: 17, speaker: 'Marco Rubio', kind: 'post', text: 'Partnering with Putin on a "Cyber Security Unit" is akin to partnering with Assad on a "Chemical Weapons Unit".' },
  { paragraph: 22, speaker: JR, kind: 'direct', text: 'claims of potentially helpful information' },
  { paragraph: 22, speaker: JR, kind: 'direct', text: 'a pretext' },
];

export const INDIRECT: Label[] = [
  { paragraph: 1, speaker: TRUMP, kind: 'indirect', text: "he didn't think his plan to create a cybersecurity unit with Russia would happen" },
  { paragraph: 3, speaker: TRUMP, kind: 'indirect', text: "he actually didn't think it would happen" },
  { paragraph: 6, speaker: TRUMP, kind: 'indirect', text: 'he had discussed allegations that Russia interfered with the U.S. election last year, including through hacking' },
  { paragraph: 7, speaker: 'Sergey Lavrov', kind: 'indirect', text: "Trump accepted Putin's assurance that Russia didn't interfere" },
  { paragraph: 8, speaker: TRUMP, kind: 'indirect', text: 'he would work with Russia to create an "impenetrable" cybersecurity unit to keep "election hacking, & many other negative things" protected' },
  { paragraph: 15, speaker: MNUCHIN, kind: 'indirect', text: 'the plan was "a very significant accomplishment for President Trump."' },
  { paragraph: 21, speaker: JR, kind: 'indirect', text: 'the meeting was primarily about adoptions, with nothing about Clinton mentioned' },
  { paragraph: 22, speaker: JR, kind: 'indirect', text: 'the "claims of potentially helpful information" on the Clinton campaign were "a pretext" to set up a meeting on adoption of Russian children and a U.S. law blacklisting Russians suspected of human rights abuses' },
];

/** Quoted words the article attributes to nobody. */
export const UNATTRIBUTED: Label[] = [
  { paragraph: 2, speaker: null, kind: 'direct', text: 'fox in charge of the henhouse' },
  { paragraph: 10, speaker: null, kind: 'direct', text: 'putting the fox in charge of the henhouse' },
];
