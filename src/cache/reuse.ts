/**
 * A reload's new quotes and events, deduplicated against the engine in use: where a quote or an
 * event is the same in every field (the usual case: only a few articles changed), the object in
 * use is kept and the one just parsed is dropped at once. The new engine then shares them with the
 * old one instead of holding a second copy, and the parsed copies die young (cheap for the garbage
 * collector, which would otherwise copy every one of them while the reload runs).
 */
import type { Quote } from '../quotes/types.ts';
import type { TimelineEvent } from '../timeline/types.ts';

export class Reuse {
  private readonly quotes = new Map<string, Quote[]>();
  private readonly events = new Map<string, TimelineEvent[]>();

  /** Indexes the quotes and events in use, a few milliseconds at a time. */
  static async from(quoteLists: ReadonlyArray<readonly Quote[]>, events: readonly TimelineEvent[], pause: () => Promise<void>): Promise<Reuse> {
    const r = new Reuse();
    let deadline = performance.now() + 5;
    const due = (i: number) => (i & 1023) === 1023 && performance.now() > deadline;
    const rest = async () => {
      await pause();
      deadline = performance.now() + 5;
    };
    for (const quotes of quoteLists) {
      for (let i = 0; i < quotes.length; i++) {
        add(r.quotes, quotes[i]!.article, quotes[i]!);
        if (due(i)) await rest();
      }
    }
    for (let i = 0; i < events.length; i++) {
      const e = events[i]!;
      const s = e.sources[0];
      if (s) add(r.events, `${s.article}#${s.paragraph}`, e);
      if (due(i)) await rest();
    }
    return r;
  }

  /** The quote in use equal to `q`, or `q`. */
  quote(q: Quote): Quote {
    for (const o of this.quotes.get(q.article) ?? []) {
      if (o.paragraph === q.paragraph && o.start === q.start && o.end === q.end && o.speaker === q.speaker && o.kind === q.kind && o.quote === q.quote && o.organisation === q.organisation && sameQuoteFields(o, q)) return o;
    }
    return q;
  }

  /** The event in use equal to `e`, or `e`. */
  event(e: TimelineEvent): TimelineEvent {
    const s = e.sources[0];
    if (!s) return e;
    for (const o of this.events.get(`${s.article}#${s.paragraph}`) ?? []) if (sameEvent(o, e)) return o;
    return e;
  }
}

function add<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

const QUOTE_FIELDS = new Set(['article', 'paragraph', 'speaker', 'quote', 'kind', 'start', 'end', 'organisation']);

/** Only the fields compared (a field added to Quote later is not compared: such quotes are not reused). */
function sameQuoteFields(a: object, b: object): boolean {
  const ka = Object.keys(a);
  return ka.length === Object.keys(b).length && ka.every((k) => QUOTE_FIELDS.has(k));
}

const EVENT_FIELDS = new Set(['date', 'precision', 'expression', 'modifier', 'text', 'sources', 'position']);

function sameEvent(a: TimelineEvent, b: TimelineEvent): boolean {
  if (!Object.keys(b).every((k) => EVENT_FIELDS.has(k))) return false;
  if (a.date !== b.date || a.precision !== b.precision || a.expression !== b.expression || a.modifier !== b.modifier || a.text !== b.text || a.position !== b.position) return false;
  if (a.sources.length !== b.sources.length || Object.keys(a).length !== Object.keys(b).length) return false;
  for (let i = 0; i < a.sources.length; i++) {
    if (a.sources[i]!.article !== b.sources[i]!.article || a.sources[i]!.paragraph !== b.sources[i]!.paragraph) return false;
  }
  return true;
}
