/**
 * What a command module in commands/ provides, and what its handler is given. A module exports
 * `data` (a SlashCommandBuilder or ContextMenuCommandBuilder), `execute`, and optionally
 * `autocomplete` and `rateLimited` (false for a command too cheap to count against the rate
 * limits, such as /help; every other command counts).
 */
import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  MessageContextMenuCommandInteraction,
  RepliableInteraction,
  RESTPostAPIApplicationCommandsJSONBody,
} from 'discord.js';
import type { Logger } from 'pino';
import type { Config } from '../config.ts';
import type { CorpusStore } from '../store.ts';
import type { Pager } from './pager.ts';
import type { CommandSummary } from './render/help.ts';
import type { ListView } from './render/list-view.ts';
import type { Reply } from './reply.ts';

export type RunnableInteraction = ChatInputCommandInteraction | MessageContextMenuCommandInteraction;

export interface Command {
  name: string;
  json: RESTPostAPIApplicationCommandsJSONBody;
  execute(interaction: RunnableInteraction, ctx: CommandContext): Promise<void>;
  autocomplete?(interaction: AutocompleteInteraction, ctx: CommandContext): Promise<void>;
  /** Whether a run takes a token from the member's and the server's rate-limit buckets. */
  rateLimited: boolean;
}

export interface CommandContext {
  store: CorpusStore;
  config: Config;
  log: Logger;
  pager: Pager;
  /** Every command as /help lists it. */
  summaries(): CommandSummary[];
  /** Sends a list answer: its first page, with Previous/Next buttons when it has more. */
  show(interaction: RepliableInteraction, view: ListView, options?: { ephemeral?: boolean }): Promise<void>;
  /** Sends a ready-made reply. */
  send(interaction: RepliableInteraction, reply: Reply, options?: { ephemeral?: boolean }): Promise<void>;
}
