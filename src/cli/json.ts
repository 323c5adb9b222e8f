/** The CLI's JSON documents: the contract scripts and tests rely on, one shape per command. */
import type { Answer } from '../answers.ts';

/** The JSON document for an answer; engine-only fields (marks, kind) are kept where harmless. */
export function toJson(answer: Answer): unknown {
  const notice = answer.notice ? { notice: answer.notice } : {};
  switch (answer.kind) {
    case 'search':
    case 'ask':
      return { query: answer.query, ...(answer.answer ? { answer: answer.answer } : {}), results: answer.results, ...notice };
    case 'who-said':
      return { query: answer.query, matches: answer.matches, ...notice };
    case 'quotes':
      return { speaker: answer.person?.name ?? answer.query, quotes: answer.quotes, ...notice };
    case 'people':
      return { people: answer.people, ...notice };
    case 'timeline':
      return { events: answer.events, ...notice };
    case 'articles':
      return { articles: answer.articles, problems: answer.problems, ...notice };
    case 'story':
      return { articles: answer.articles, sources: answer.sources, span: answer.span, people: answer.people, events: answer.events, quotes: answer.quotes, ...notice };
  }
}
