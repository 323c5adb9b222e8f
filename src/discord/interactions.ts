/**
 * Routes interactions: slash and context-menu commands to their module, autocomplete to its
 * handler, page buttons to the pager. A failing handler answers a short private error with an
 * id that is also logged; nothing that goes wrong here reaches the process.
 */
import { randomBytes } from 'node:crypto';
import type { Interaction, RepliableInteraction } from 'discord.js';
import type { Logger } from 'pino';
import type { Command, CommandContext } from './command.ts';
import type { Metrics } from '../metrics.ts';
import { refusalNotice, type RateLimiter } from './rate-limit.ts';
import { Pager } from './pager.ts';
import { COLOURS } from './render/colours.ts';
import { notify } from './reply.ts';

export interface InteractionDeps {
  commands: ReadonlyMap<string, Command>;
  ctx: CommandContext;
  limiter: RateLimiter;
  log: Logger;
  metrics?: Metrics;
}

export function errorId(): string {
  return randomBytes(4).toString('hex');
}

/** Tells the user something failed, whatever state the interaction is in; never throws. */
async function reportFailure(interaction: RepliableInteraction, id: string, log: Logger): Promise<void> {
  try {
    await notify(interaction, `Sorry, something went wrong (error ${id}). Please try again in a moment.`, COLOURS.error);
  } catch (e) {
    log.warn({ err: e, errorId: id }, 'could not tell the user about the error');
  }
}

export function createInteractionHandler({ commands, ctx, limiter, log, metrics }: InteractionDeps): (interaction: Interaction) => Promise<void> {
  return async (interaction) => {
    if (interaction.isAutocomplete()) {
      const command = commands.get(interaction.commandName);
      try {
        if (command?.autocomplete) await command.autocomplete(interaction, ctx);
        else await interaction.respond([]);
      } catch (e) {
        log.warn({ err: e, command: interaction.commandName }, 'autocomplete failed');
      }
      return;
    }
    if (interaction.isButton()) {
      if (!Pager.handles(interaction.customId)) return;
      try {
        await ctx.pager.turn(interaction);
      } catch (e) {
        const id = errorId();
        log.error({ err: e, errorId: id, customId: interaction.customId }, 'page button failed');
        await reportFailure(interaction, id, log);
      }
      return;
    }
    if (!interaction.isChatInputCommand() && !interaction.isMessageContextMenuCommand()) return;
    const command = commands.get(interaction.commandName);
    if (!command) {
      await notify(interaction, 'This command is not known (any more). The commands may need deploying again.').catch(() => {});
      return;
    }
    const label = interaction.isChatInputCommand() ? `/${interaction.commandName}` : interaction.commandName;
    // A refused question costs no work: one short private notice, sent at once.
    if (command.rateLimited) {
      const verdict = limiter.take(interaction.user.id, interaction.guildId);
      if (!verdict.ok) {
        metrics?.refusals.inc({ scope: verdict.scope, source: 'command' });
        metrics?.answers.inc({ command: command.name, outcome: 'refused' });
        await notify(interaction, refusalNotice(verdict, limiter.limits)).catch((e: unknown) => log.warn({ err: e }, 'rate-limit notice failed'));
        return;
      }
    }
    const started = performance.now();
    const done = metrics?.start(command.name);
    try {
      await command.execute(interaction, ctx);
      done?.('answered');
      log.debug({ command: label, ms: Math.round(performance.now() - started) }, 'command answered');
    } catch (e) {
      done?.('failed');
      const id = errorId();
      log.error({ err: e, errorId: id, command: label }, 'command failed');
      await reportFailure(interaction, id, log);
    }
  };
}
