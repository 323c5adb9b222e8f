/**
 * What the bot last answered, so a follow-up question can lean on it: per channel (a thread is a
 * channel) and per answer message (for a reply to one of the bot's answers).
 */
import type { IntentContext } from '../free-text/route.ts';
import { TtlCache } from './ttl-cache.ts';

export class ConversationMemory {
  private readonly byChannel: TtlCache<string, IntentContext>;
  private readonly byMessage: TtlCache<string, IntentContext>;

  constructor(max = 1000, ttlMs = 30 * 60_000, now: () => number = Date.now) {
    this.byChannel = new TtlCache(max, ttlMs, now);
    this.byMessage = new TtlCache(max, ttlMs, now);
  }

  /** The last answer's context in a channel. */
  lastIn(channelId: string): IntentContext | null {
    return this.byChannel.get(channelId) ?? null;
  }

  /** The context of one of the bot's answer messages. */
  ofAnswer(messageId: string): IntentContext | null {
    return this.byMessage.get(messageId) ?? null;
  }

  /** Records an answer sent as `messageId` in `channelId`; a null topic or person keeps what the context had. */
  remember(channelId: string, messageId: string, answer: IntentContext, leanedOn: IntentContext | null): void {
    const context = { topic: answer.topic ?? leanedOn?.topic ?? null, person: answer.person ?? leanedOn?.person ?? null };
    this.byChannel.set(channelId, context);
    this.byMessage.set(messageId, context);
  }
}
