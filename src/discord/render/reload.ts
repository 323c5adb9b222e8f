/** A reload report: what changed (articles, counts before -> after), problems by file, time taken. */
import type { APIEmbed } from 'discord.js';
import type { EngineStats } from '../../engine.ts';
import type { ReloadReport } from '../../store.ts';
import { corpusFooter } from './citation.ts';
import { COLOURS } from './colours.ts';
import { fitEmbed, LIMITS } from './limits.ts';
import { fitText } from './markdown.ts';

/** Up to `max` characters of "a, b, c and 12 more". */
export function listWithin(names: string[], max: number): string {
  let out = '';
  for (let i = 0; i < names.length; i++) {
    const rest = names.length - i - 1;
    const next = (out ? `${out}, ` : '') + fitText(names[i]!, 200);
    const tail = rest > 0 ? ` and ${rest} more` : '';
    if (next.length + tail.length > max) return out ? `${out} and ${names.length - i} more` : `${names.length} of them`;
    out = next;
  }
  return out;
}

function change(label: string, before: number, after: number): string {
  const delta = after - before;
  return `${label} ${before} \u2192 ${after}${delta ? ` (${delta > 0 ? '+' : ''}${delta})` : ''}`;
}

/** `duplicates`: near-duplicate article id → the article it duplicates (reported, not counted as independent sources). */
export function reloadEmbed(report: ReloadReport, stats: EngineStats, titles: ReadonlyMap<string, string> = new Map(), duplicates: ReadonlyMap<string, string> = new Map()): APIEmbed {
  const name = (id: string) => titles.get(id) ?? id;
  const lines: string[] = [];
  if (!report.ok) lines.push(fitText(report.message ?? 'The corpus was not reloaded; the one in use is kept.', 600));
  else if (!report.added.length && !report.changed.length && !report.removed.length) lines.push('No article changed.');
  if (report.added.length) lines.push(`**Added (${report.added.length}):** ${listWithin(report.added.map(name), 600)}`);
  if (report.changed.length) lines.push(`**Changed (${report.changed.length}):** ${listWithin(report.changed.map(name), 600)}`);
  if (report.removed.length) lines.push(`**Removed (${report.removed.length}):** ${listWithin(report.removed, 600)}`);
  const { before, after } = report;
  lines.push(
    [change('Articles', before.articles, after.articles), change('paragraphs', before.paragraphs, after.paragraphs), change('quotes', before.quotes, after.quotes), change('events', before.events, after.events)].join(' \u00b7 '),
  );
  if (report.ok && duplicates.size) {
    const pairs = [...duplicates].map(([id, of]) => `${name(id)} (of ${name(of)})`);
    lines.push(`**Near-duplicates (${duplicates.size}), not counted as other sources:** ${listWithin(pairs, 500)}`);
  }
  if (report.problems.length) {
    lines.push(`**Problems (${report.problems.length} file${report.problems.length === 1 ? '' : 's'}):**`);
    let room = LIMITS.embedDescription - lines.join('\n').length - 200;
    let shown = 0;
    for (const p of report.problems) {
      const line = `\u2022 ${fitText(p.file, 150)}: ${fitText(p.reason, 300)}`;
      if (line.length + 1 > room) break;
      lines.push(line);
      room -= line.length + 1;
      shown++;
    }
    if (shown < report.problems.length) lines.push(`and ${report.problems.length - shown} more`);
  }
  lines.push(`Took ${report.ms} ms.`);
  return fitEmbed({
    title: report.ok ? 'Corpus reloaded' : 'Corpus not reloaded',
    color: report.ok ? COLOURS.reloaded : COLOURS.notReloaded,
    description: lines.join('\n'),
    footer: { text: corpusFooter(stats) },
  });
}
