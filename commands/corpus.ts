/**
 * /corpus add (url: or file:, optional published:) and /corpus remove article: (autocomplete) —
 * admins only, like /reload: Manage Server by default on the command, checked again at run time.
 */
import {
  InteractionContextType,
  MessageFlags,
  PermissionFlagsBits,
  SlashCommandBuilder,
  type AutocompleteInteraction,
  type ChatInputCommandInteraction,
} from 'discord.js';
import type { CommandContext } from '../src/discord/command.ts';
import { isAdmin } from '../src/discord/permissions.ts';
import { addedEmbed, refusedEmbed, removedEmbed } from '../src/discord/render/corpus.ts';
import { LIMITS, trimText } from '../src/discord/render/limits.ts';
import { reloadEverywhere, type ShardUtil } from '../src/discord/sharding.ts';
import { IngestError } from '../src/ingest/errors.ts';
import { addArticle, removeArticle, type IngestInput } from '../src/ingest/ingest.ts';

export const data = new SlashCommandBuilder()
  .setName('corpus')
  .setDescription('Add or remove articles (admins)')
  .setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild)
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((s) =>
    s
      .setName('add')
      .setDescription('Add an article from a link or a saved page (admins)')
      .addStringOption((o) => o.setName('url').setDescription('Link to the article (http or https)').setMaxLength(2000))
      .addAttachmentOption((o) => o.setName('file').setDescription('A saved page: .html, .htm, .md or .txt'))
      .addStringOption((o) => o.setName('published').setDescription('Publication date YYYY-MM-DD, if the page has none or a wrong one').setMinLength(10).setMaxLength(10)),
  )
  .addSubcommand((s) =>
    s
      .setName('remove')
      .setDescription('Delete an article from the corpus (admins)')
      .addStringOption((o) => o.setName('article').setDescription('Title or id of the article').setRequired(true).setAutocomplete(true)),
  );

const REFUSED = 'Only members with the Manage Server permission (or an admin role) can change the corpus.';

export async function execute(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  if (!isAdmin(interaction, ctx.config.adminRoleIds)) {
    await ctx.send(interaction, { embeds: [refusedEmbed(REFUSED)] }, { ephemeral: true });
    return;
  }
  const sub = interaction.options.getSubcommand();
  const url = interaction.options.getString('url');
  const file = interaction.options.getAttachment('file');
  // Fetching can take seconds: acknowledge at once.
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  try {
    if (sub === 'remove') {
      const result = await removeArticle(ctx.store, interaction.options.getString('article', true));
      await reloadOtherShards(interaction, ctx);
      ctx.log.info({ id: result.id, by: interaction.user.id }, 'article removed');
      await ctx.send(interaction, { embeds: [removedEmbed(result)] });
      return;
    }
    if (url && file) throw new IngestError('Give either a url or a file, not both.');
    if (!url && !file) throw new IngestError('Give a url (a link to the article) or a file (a saved page: .html, .md or .txt).');
    const input: IngestInput = file ? { type: 'attachment', url: file.url, name: file.name, size: file.size } : { type: 'url', url: url! };
    const result = await addArticle(ctx.store, input, {
      limits: { allowHosts: ctx.config.ingestAllowHosts, maxBytes: ctx.config.maxFileBytes },
      published: interaction.options.getString('published'),
      publishedHint: '`published:`',
    });
    await reloadOtherShards(interaction, ctx);
    ctx.log.info({ id: result.id, paragraphs: result.paragraphs, ms: result.ms, by: interaction.user.id }, 'article added');
    await ctx.send(interaction, { embeds: [addedEmbed(result)] });
  } catch (e) {
    if (!(e instanceof IngestError)) throw e;
    ctx.log.info({ sub, reason: e.message, by: interaction.user.id }, 'corpus change refused');
    await ctx.send(interaction, { embeds: [refusedEmbed(e.message)] });
  }
}

/** Under a ShardingManager every shard process has its own store: the others reload too. */
async function reloadOtherShards(interaction: ChatInputCommandInteraction, ctx: CommandContext): Promise<void> {
  const shard = interaction.client.shard as ShardUtil | null;
  if (shard) await reloadEverywhere(shard, () => ctx.store.reload()).catch((e: unknown) => ctx.log.warn({ err: e }, 'reloading the other shards failed'));
}

/** Titles and ids that contain what was typed, titles first. */
export async function autocomplete(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void> {
  if (!isAdmin(interaction, ctx.config.adminRoleIds)) {
    await interaction.respond([]);
    return;
  }
  const typed = interaction.options.getFocused().toLowerCase().trim();
  const articles = ctx.store.engine.corpus.articles;
  const matches = typed ? articles.filter((a) => a.title.toLowerCase().includes(typed) || a.id.toLowerCase().includes(typed)) : articles;
  const ranked = [...matches].sort((a, b) => Number(b.title.toLowerCase().startsWith(typed)) - Number(a.title.toLowerCase().startsWith(typed)) || (b.published ?? '').localeCompare(a.published ?? ''));
  await interaction.respond(
    ranked
      .filter((a) => a.id.length <= LIMITS.choiceValue)
      .slice(0, LIMITS.choices)
      .map((a) => ({ name: trimText(`${a.published ?? 'undated'} · ${a.title}`, LIMITS.choiceName), value: a.id })),
  );
}
