/**
 * A list answer as embeds: a title, an optional intro repeated on every page, and items packed
 * into pages by count and by size, so that no page breaks an embed limit whatever the items hold.
 */
import type { APIEmbed } from 'discord.js';
import { fitEmbed, LIMITS } from './limits.ts';
import { fitText } from './markdown.ts';

/** Largest rendered item and intro; with the separators they always fit a description together. */
export const ITEM_MAX = 1700;
export const INTRO_MAX = 1400;
const DESCRIPTION_BUDGET = LIMITS.embedDescription - 96;

export interface ListView {
  /** Plain text (escaped here). */
  title: string;
  colour: number;
  /** Markdown shown above the items on every page (at most INTRO_MAX). */
  intro?: string;
  /** Markdown blocks, one per item (each at most ITEM_MAX). */
  items: string[];
  /** Markdown shown when there are no items. */
  empty?: string;
  /** Plain footer text, such as the corpus size. */
  footer: string;
  /** Items on a page at most. */
  perPage?: number;
}

function clamp(markdown: string, max: number): string {
  return markdown.length <= max ? markdown : fitText(markdown.replace(/[*_~`|\\]/g, ''), max);
}

/** Groups the items into pages: at most `perPage` each, and no more than the description holds. */
export function packPages(items: string[], introLength: number, perPage: number): string[][] {
  const pages: string[][] = [];
  let page: string[] = [];
  let size = introLength;
  for (const item of items) {
    const add = item.length + 2;
    if (page.length && (page.length >= perPage || size + add > DESCRIPTION_BUDGET)) {
      pages.push(page);
      page = [];
      size = introLength;
    }
    page.push(item);
    size += add;
  }
  if (page.length) pages.push(page);
  return pages;
}

/** The pages of a list view as embeds; at least one. */
export function renderPages(view: ListView): APIEmbed[] {
  const intro = view.intro ? clamp(view.intro, INTRO_MAX) : '';
  const items = view.items.map((i) => clamp(i, ITEM_MAX));
  const groups = packPages(items, intro.length + 2, view.perPage ?? 5);
  const title = fitText(view.title, LIMITS.embedTitle);
  if (groups.length === 0) {
    const description = [intro, view.empty ? clamp(view.empty, ITEM_MAX) : ''].filter(Boolean).join('\n\n') || 'Nothing to show.';
    return [fitEmbed({ title, color: view.colour, description, footer: { text: view.footer } })];
  }
  return groups.map((group, i) =>
    fitEmbed({
      title,
      color: view.colour,
      description: [intro, ...group].filter(Boolean).join('\n\n'),
      footer: { text: groups.length > 1 ? `${view.footer} \u00b7 page ${i + 1}/${groups.length}` : view.footer },
    }),
  );
}
