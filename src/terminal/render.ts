/**
 * Answers as terminal text: numbered citations under each excerpt, matched words highlighted,
 * colour only when the output is a terminal (plain when piped or NO_COLOR is set).
 */
import { styleText } from 'node:util';
import type { Answer, ArticlesAnswer, EventItem, Marks, PeopleAnswer, QuoteItem, QuotesAnswer, SearchAnswer, StoryAnswer, TimelineAnswer, WhoSaidAnswer } from '../answers.ts';
import { compactSources } from '../corpus/citation.ts';
import type { Citation } from '../corpus/types.ts';

type Style = Parameters<typeof styleText>[0];

export interface RenderOptions {
  color: boolean;
}

class Painter {
  constructor(private readonly color: boolean) {}
  paint(style: Style, text: string): string {
    return this.color ? styleText(style, text) : text;
  }
  marked(text: string, marks: Marks): string {
    if (!marks.length) return text;
    let out = '';
    let at = 0;
    for (const [s, e] of marks) {
      out += text.slice(at, s) + (this.color ? styleText(['bold', 'yellow'], text.slice(s, e)) : `*${text.slice(s, e)}*`);
      at = e;
    }
    return out + text.slice(at);
  }
}

export function citationLine(c: Citation): string {
  const parts = [c.title, c.source, c.published].filter(Boolean).join(', ');
  return `${parts}, \u00b6${c.paragraph}${c.url ? `\n      ${c.url}` : ''}`;
}

function cited(p: Painter, n: number | string, c: Citation): string {
  return p.paint('dim', `   [${n}] ${citationLine(c)}`);
}

function renderSearch(a: SearchAnswer, p: Painter): string {
  const lines: string[] = [];
  if (a.answer) lines.push(`${p.paint('bold', 'Answer:')} ${a.answer}`, '');
  a.results.forEach((r, i) => {
    lines.push(`${p.paint('cyan', `[${i + 1}]`)} ${p.marked(r.excerpt, r.marks)}`, cited(p, i + 1, r.citation));
    // Word-for-word copies elsewhere: numbered after the result's own place ([2.2], [2.3] under result 2).
    if (r.also?.length) lines.push(p.paint('dim', `   also in ${compactSources(r.also)}:`), ...r.also.map((c, k) => cited(p, `${i + 1}.${k + 2}`, c)));
    lines.push('');
  });
  return lines.join('\n').trimEnd();
}

/** A quote item: the speaker and canonical words, its sources compactly, every place numbered, and the wordings where sources differ. */
function quoteLine(q: QuoteItem, i: number, p: Painter): string {
  const who = q.speaker ?? 'unattributed';
  const shown = q.kind === 'indirect' ? q.quote : `\u201c${q.quote}\u201d`;
  const places = q.citations ?? [q.citation];
  const lines = [`${p.paint('cyan', `[${i + 1}]`)} ${p.paint('bold', who)} (${q.kind}): ${shown}`];
  if (places.length > 1) lines.push(p.paint('dim', `   ${q.sources} source${q.sources === 1 ? '' : 's'}: ${compactSources(places)}`));
  places.forEach((c, k) => lines.push(cited(p, k + 1, c)));
  if (q.variants) {
    lines.push(p.paint('yellow', '   sources differ:'));
    for (const v of q.variants) lines.push(`     \u201c${v.quote}\u201d ${p.paint('dim', `[${v.citations.map((c) => places.indexOf(c) + 1).join('][')}]`)}`);
  }
  return lines.join('\n');
}

function renderWhoSaid(a: WhoSaidAnswer, p: Painter): string {
  return a.matches.map((m, i) => `${quoteLine(m, i, p)}\n${p.paint('dim', `      match ${Math.round(m.score * 100)}%`)}`).join('\n\n');
}

function renderQuotes(a: QuotesAnswer, p: Painter): string {
  const head: string[] = [];
  if (a.person) {
    head.push(p.paint('bold', a.person.name));
    if (a.person.roles.length) head.push(`  ${a.person.roles.join('; ')}`);
    if (a.person.aliases.length) head.push(p.paint('dim', `  also: ${a.person.aliases.join(', ')}`));
    head.push(p.paint('dim', `  ${a.person.quotes} quote(s), ${a.person.mentions} mention(s)`), '');
  }
  return [...head, ...a.quotes.map((q, i) => quoteLine(q, i, p))].join('\n');
}

function renderPeople(a: PeopleAnswer, p: Painter): string {
  return a.people
    .map((x) => `${p.paint('bold', x.name)}${x.roles.length ? ` \u2014 ${x.roles.join('; ')}` : ''} ${p.paint('dim', `(${x.quotes} quote(s), ${x.mentions} mention(s))`)}`)
    .join('\n');
}

function eventLine(e: EventItem, p: Painter): string {
  const date = e.date ?? `${e.expression} (date unknown)`;
  const mod = e.modifier ? ` ${e.modifier}` : '';
  const refs = e.citations.map((c, k) => cited(p, k + 1, c)).join('\n');
  const told = (e.sources ?? 1) > 1 ? `\n${p.paint('dim', `   ${e.sources} sources: ${compactSources(e.citations)}`)}` : '';
  return `${p.paint('cyan', `${date}${mod}`)}  ${e.text} ${p.paint('dim', `(\u201c${e.expression}\u201d)`)}${told}\n${refs}`;
}

function renderTimeline(a: TimelineAnswer, p: Painter): string {
  if (a.error) return ''; // the notice says what is wrong with the question; no header for a timeline not made
  const filters = [a.about && `about "${a.about}"`, a.from && `from ${a.from}`, a.to && `to ${a.to}`].filter(Boolean).join(', ');
  const head = filters ? [p.paint('dim', `Timeline ${filters}:`), ''] : [];
  return [...head, ...a.events.map((e) => eventLine(e, p))].join('\n');
}

function renderArticles(a: ArticlesAnswer, p: Painter): string {
  const lines = a.articles.map(
    (x) =>
      `${p.paint('bold', x.title)}\n   ${[x.source, x.published, `${x.paragraphs} paragraphs`, `id ${x.id}`].filter(Boolean).join(', ')}${x.duplicateOf ? `\n   ${p.paint('yellow', `near-duplicate of ${x.duplicateOf}: not counted as another source`)}` : ''}${x.url ? `\n   ${p.paint('dim', x.url)}` : ''}`,
  );
  const dups = a.articles.filter((x) => x.duplicateOf).length;
  if (dups) lines.push('', p.paint('yellow', `${dups} article(s) near-duplicate another: ${a.articles.length - dups} independent source(s).`));
  if (a.problems.length) {
    lines.push('', p.paint('yellow', `Skipped ${a.problems.length} file(s):`), ...a.problems.map((x) => `   ${x.file}: ${x.reason}`));
  }
  return lines.join('\n');
}

function renderStory(a: StoryAnswer, p: Painter): string {
  if (a.articles === 0) return '';
  const span = a.span.from ? (a.span.from === a.span.to ? a.span.from : `${a.span.from} to ${a.span.to}`) : 'dates unknown';
  const lines = [`${p.paint('bold', 'Story:')} ${a.articles} article(s) from ${a.sources.length ? compactSources(a.sources.map((s) => ({ source: s })), 4) : 'unnamed outlets'}, ${span}`];
  if (a.people.length) {
    lines.push('', p.paint('bold', 'Most quoted:'));
    for (const x of a.people) lines.push(`  ${x.name}: ${x.quotes} statement(s) in ${x.sources} source(s)`);
  }
  if (a.events.length) {
    lines.push('', p.paint('bold', 'Top events:'));
    for (const e of a.events) lines.push(eventLine(e, p));
  }
  if (a.quotes.length) {
    lines.push('', p.paint('bold', 'Top quotes:'));
    a.quotes.forEach((q, i) => lines.push(quoteLine(q, i, p)));
  }
  if (a.more) lines.push('', p.paint('dim', `More: ${a.more.people} people, ${a.more.events} events, ${a.more.quotes} quotes (/people, /timeline, /quotes).`));
  return lines.join('\n');
}

/** Any answer as text; a notice comes first. */
export function renderAnswer(answer: Answer, options: RenderOptions): string {
  const p = new Painter(options.color);
  let body: string;
  switch (answer.kind) {
    case 'search':
    case 'ask':
      body = renderSearch(answer, p);
      break;
    case 'who-said':
      body = renderWhoSaid(answer, p);
      break;
    case 'quotes':
      body = renderQuotes(answer, p);
      break;
    case 'people':
      body = renderPeople(answer, p);
      break;
    case 'timeline':
      body = renderTimeline(answer, p);
      break;
    case 'articles':
      body = renderArticles(answer, p);
      break;
    case 'story':
      body = renderStory(answer, p);
      break;
  }
  const notice = answer.notice ? p.paint('yellow', answer.notice) : '';
  return [notice, body].filter(Boolean).join('\n\n');
}
