/** What the bot last answered in each channel (thread), so a follow-up question can lean on it. */
import type { IntentContext } from '../intent.ts';
import { TtlCache } from './ttl-cache.ts';

export interface LastAnswer extends IntentContext {
  /** The bot's message that carried the answer. */
  messageId: string | null;
}

export class ConversationMemory {
  private readonly last: TtlCache<string, LastAnswer>;

  constructor(max = 1000, ttlMs = 30 * 60_000, now: () => number = Date.now) {
    this.last = new TtlCache(max, ttlMs, now);
  }

  get(channelId: string): LastAnswer | null {
    return this.last.get(channelId) ?? null;
  }

  /** Records an answer; a null topic or person keeps the one remembered before. */
  remember(channelId: string, answer: LastAnswer): void {
    const before = this.last.get(channelId);
    this.last.set(channelId, {
      topic: answer.topic ?? before?.topic ?? null,
      person: answer.person ?? before?.person ?? null,
      messageId: answer.messageId,
    });
  }
}
