/**
 * Who speaks when the article names people loosely (issue 12), each rule on invented paragraphs: a full name with no
 * sure sign of a person until its surname is used alone, two people of one surname, the leading words of a longer
 * name, a description with a relative clause tied to a person named later, a quotation-only paragraph after a
 * paragraph about one person, and a quoted subhead in sentence case.
 */
import { describe, expect, it } from 'vitest';
import { buildQuoteData } from '../../src/quotes/index.ts';
import { article } from './helpers.ts';

const build = (...paragraphs: string[]) => buildQuoteData([article('n', paragraphs)]);
const rows = (d: ReturnType<typeof build>, n?: number) => d.quotes.filter(q => n === undefined || q.paragraph === n).map(q => [q.paragraph, q.speaker, q.kind, q.quote]);

describe('names: people of one surname', () => {
  const d = build(
    /* 1 */ 'Reef keeper Hemi Tane was seven when he saw his first stranding.',
    /* 2 */ 'Seven decades later, Tane, 75, has overseen more than 500 of them.',
    /* 3 */ '“The sea is sick,” says Tane.',
    /* 4 */ 'Tane and his son, Aroha Wiremu Tane, were called in to help.',
    /* 5 */ '“Nobody listens to us,” says Aroha Wiremu.',
    /* 6 */ '“We have to listen,” says Tane.',
  );

  it('takes a full name for a person once its surname alone is used of one, and keeps the surname for him', () => {
    expect(rows(d, 3)).toEqual([[3, 'Hemi Tane', 'direct', 'The sea is sick,']]);
    expect(rows(d, 6)).toEqual([[6, 'Hemi Tane', 'direct', 'We have to listen,']]);
  });

  it('reads the leading words of a longer name as that person', () => {
    expect(rows(d, 5)).toEqual([[5, 'Aroha Wiremu Tane', 'direct', 'Nobody listens to us,']]);
  });
});

describe('names: descriptions and narrative paragraphs', () => {
  it('resolves "The mother of a woman who …" to the mother named later, not to the woman', () => {
    const d = build(
      'The mother of a woman who took pills bought online has described how her daughter was “burning up from within” before her death.',
      'Ella Moss, 21, was taken to hospital on 12 April.',
      '“There was no antidote,” her mother, Fiona, said in a statement.',
    );
    expect(rows(d, 1)).toEqual([[1, 'Fiona', 'direct', 'burning up from within']]);
  });

  it('gives a quotation-only paragraph to the one person the narrative paragraph before it is about', () => {
    const d = build(
      'Hemi Tane, 75, has overseen more than 500 strandings.',
      'But for Tane and his family the losses are personal.',
      '“It is very emotional. The sea is telling us something.”',
    );
    expect(rows(d, 3)).toEqual([[3, 'Hemi Tane', 'direct', 'It is very emotional. The sea is telling us something.']]);
  });

  it('leaves it unattributed when the paragraph before names several people', () => {
    const d = build('Hemi Tane met Mere Walker at the beach.', '“It is very emotional. The sea is telling us something.”');
    expect(rows(d, 2)).toEqual([]);
    expect((d.unattributed ?? []).map(q => q.paragraph)).toEqual([2]);
  });

  it('takes a short quoted line with no punctuation for a subhead, not for a quotation', () => {
    const d = build('Hemi Tane has overseen more than 500 strandings.', '‘We need to listen’', '“It is very emotional.”');
    expect(rows(d, 2)).toEqual([]);
    expect((d.unattributed ?? []).filter(q => q.paragraph === 2).map(q => q.quote)).toEqual(['We need to listen']);
  });
});

describe('names: pronouns', () => {
  it('reads "he" for a man whose family name comes first, though English lexicons know it as a woman\'s given name', () => {
    const d = build('Defense Minister Kim Yong-su resigned on Thursday.', '"I take full responsibility," he said.', 'Kim Yong-su\'s anger grew. "Park is a liar," he said.');
    expect(rows(d)).toEqual([
      [2, 'Kim Yong-su', 'direct', 'I take full responsibility,'],
      [3, 'Kim Yong-su', 'direct', 'Park is a liar,'],
    ]);
  });

  it('never takes the person spoken of ("he said of the mayor") for "he"', () => {
    const d = build('Mayor Ana Ruiz spoke at the hearing. Councillor Tom Berg listened from the back.', '"She never listens," he said of the mayor.');
    expect(rows(d, 2)).toEqual([[2, 'Tom Berg', 'direct', 'She never listens,']]);
  });
});

describe('names: a name in apposition that ends the sentence', () => {
  it('takes an unfamiliar name after "said the hospital\'s director," for the speaker', () => {
    const d = build('"We will rebuild," said the hospital\'s director, Olena Kovalchuk. "We always do."');
    expect(rows(d)).toEqual([
      [1, 'Olena Kovalchuk', 'direct', 'We will rebuild,'],
      [1, 'Olena Kovalchuk', 'direct', 'We always do.'],
    ]);
  });
});
