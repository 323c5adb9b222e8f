/**
 * Answers messages that mention the bot, in the same channel or thread, as a reply. The text
 * without the mention is routed by src/free-text/route.ts; in reply to one of the bot's answers, or in a
 * thread, a follow-up with no subject of its own continues from the bot's previous answer there.
 * Messages from bots, the bot itself included, are ignored.
 */
import type { Client, Message } from 'discord.js';
import type { Logger } from 'pino';
import { routeIntent, topicOf, type IntentContext } from '../free-text/route.ts';
import type { CorpusStore } from '../store.ts';
import type { ConversationMemory } from './conversation.ts';
import type { Metrics } from '../metrics.ts';
import { errorId } from './interactions.ts';
import { mentionView } from './mention-view.ts';
import type { Pager } from './pager.ts';
import { corpusFooter } from './render/citation.ts';
import { COLOURS } from './render/colours.ts';
import { mentionHelpEmbed } from './render/help.ts';
import { renderPages } from './render/list-view.ts';
import { refusalNotice, type RateLimiter } from './rate-limit.ts';
import { NO_MENTIONS, withinLimits, type Reply } from './reply.ts';

export interface MentionDeps {
  client: Client;
  store: CorpusStore;
  pager: Pager;
  memory: ConversationMemory;
  limiter: RateLimiter;
  log: Logger;
  metrics?: Metrics;
}

/** Whether the message mentions the bot itself (not just @everyone or a role). */
export function mentionsBot(message: Message, botId: string): boolean {
  return message.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`).test(message.content);
}

/** The context a follow-up may lean on: the answer it replies to, or else the last answer in its thread. */
function contextFor(message: Message, memory: ConversationMemory): IntentContext | null {
  const replyTo = message.reference?.messageId;
  const answered = replyTo ? memory.ofAnswer(replyTo) : null;
  if (answered) return answered;
  return message.channel.isThread() ? memory.lastIn(message.channelId) : null;
}

export function createMentionHandler({ client, store, pager, memory, limiter, log, metrics }: MentionDeps): (message: Message) => Promise<void> {
  return async (message) => {
    const me = client.user;
    if (!me || message.author.bot || message.author.id === me.id || message.webhookId) return;
    if (!mentionsBot(message, me.id)) return;
    const send = async (reply: Reply): Promise<Message> => message.reply({ ...withinLimits(reply, log), allowedMentions: NO_MENTIONS });
    let done: ((outcome: 'answered' | 'failed') => void) | undefined;
    try {
      const engine = store.engine;
      const context = contextFor(message, memory);
      const { intent, followUp } = routeIntent(message.content, context);
      if (intent.kind === 'help') {
        await send({ embeds: [mentionHelpEmbed(corpusFooter(engine.stats))] });
        return;
      }
      // Beyond the bucket: one notice, then silence until it refills (no reply storm in a channel).
      const verdict = limiter.take(message.author.id, message.guildId);
      if (!verdict.ok) {
        metrics?.refusals.inc({ scope: verdict.scope, source: 'mention' });
        metrics?.answers.inc({ command: 'mention', outcome: 'refused' });
        if (verdict.first) await send({ embeds: [{ color: COLOURS.help, description: refusalNotice(verdict, limiter.limits) }] });
        return;
      }
      done = metrics?.start('mention');
      const { view, person } = mentionView(engine, intent, message.content);
      const sent = await send(pager.open(message.author.id, renderPages(view)));
      done?.('answered');
      memory.remember(message.channelId, sent.id, { topic: topicOf(intent), person }, context);
      log.debug({ intent: intent.kind, followUp }, 'mention answered');
    } catch (e) {
      done?.('failed');
      const id = errorId();
      log.error({ err: e, errorId: id }, 'mention answer failed');
      await send({ embeds: [{ color: COLOURS.error, description: `Sorry, something went wrong (error ${id}). Please try again in a moment.` }] }).catch(() => {});
    }
  };
}
