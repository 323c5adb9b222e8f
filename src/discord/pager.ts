/**
 * Previous/Next buttons for answers longer than a page. The pages are kept in memory for a while
 * (LRU with a time limit) under a random id carried by the buttons' custom ids; only the person
 * who asked may turn them, and a button whose list has expired says so instead of failing.
 */
import { randomBytes } from 'node:crypto';
import { ButtonBuilder, ButtonStyle, ActionRowBuilder, type APIEmbed, type ButtonInteraction } from 'discord.js';
import { NO_MENTIONS, notify, type Reply } from './reply.ts';
import { TtlCache } from './ttl-cache.ts';

const PREFIX = 'page:';

interface List {
  owner: string;
  pages: APIEmbed[];
}

export interface PagerOptions {
  /** How long a list stays turnable after its last use (default 15 minutes). */
  ttlMs?: number;
  /** Lists kept at most (default 500). */
  max?: number;
  now?: () => number;
}

export const EXPIRED_NOTICE = 'This list expired: run the command again to get a fresh one.';
export const NOT_YOURS_NOTICE = 'Only the person who asked can turn these pages. Run the command yourself to get your own list.';

export class Pager {
  private readonly lists: TtlCache<string, List>;

  constructor(options: PagerOptions = {}) {
    this.lists = new TtlCache(options.max ?? 500, options.ttlMs ?? 15 * 60_000, options.now);
  }

  static handles(customId: string): boolean {
    return customId.startsWith(PREFIX);
  }

  /** The first page, with buttons when there are more; the list is kept for `owner` to turn. */
  open(owner: string, pages: APIEmbed[]): Reply {
    if (pages.length <= 1) return { embeds: pages.slice(0, 1), components: [] };
    const id = randomBytes(6).toString('base64url');
    this.lists.set(id, { owner, pages });
    return this.page(id, pages, 0);
  }

  private page(id: string, pages: APIEmbed[], n: number): Reply {
    const row = new ActionRowBuilder<ButtonBuilder>().addComponents(
      new ButtonBuilder()
        .setCustomId(`${PREFIX}${id}:${n - 1}:p`)
        .setLabel('Previous')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(n === 0),
      new ButtonBuilder()
        .setCustomId(`${PREFIX}${id}:${n + 1}:n`)
        .setLabel('Next')
        .setStyle(ButtonStyle.Secondary)
        .setDisabled(n >= pages.length - 1),
    );
    return { embeds: [pages[n]!], components: [row.toJSON()] };
  }

  /** Answers a Previous/Next click: the other page, or a private notice why not. */
  async turn(interaction: ButtonInteraction): Promise<void> {
    const [, id = '', target = ''] = interaction.customId.split(':');
    const list = this.lists.get(id);
    if (!list) return notify(interaction, EXPIRED_NOTICE);
    if (interaction.user.id !== list.owner) return notify(interaction, NOT_YOURS_NOTICE);
    const n = Number(target);
    if (!Number.isInteger(n) || n < 0 || n >= list.pages.length) return notify(interaction, EXPIRED_NOTICE);
    const { embeds, components } = this.page(id, list.pages, n);
    await interaction.update({ embeds, components, allowedMentions: NO_MENTIONS });
  }
}
