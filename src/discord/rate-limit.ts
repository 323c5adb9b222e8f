/**
 * Fair rate limits, one set of rules for slash commands, mentions and thread follow-ups: a token
 * bucket per member (a burst of questions at once, then one more every few seconds) and a larger
 * one per server, so that one busy server cannot starve the others. A refused question costs no
 * work: the caller answers with a short notice (slash commands: each one, privately; mentions:
 * the first one only, then silence until the member's bucket has a token again).
 */

export interface BucketRule {
  /** Questions that may be asked at once (0 turns the rule off). */
  burst: number;
  /** Milliseconds to earn back one question. */
  refillMs: number;
}

export interface RateLimits {
  member: BucketRule;
  server: BucketRule;
}

export type Refusal = { ok: false; scope: 'member' | 'server'; waitMs: number; /** The first refusal since the last question let through. */ first: boolean };
export type Verdict = { ok: true } | Refusal;

interface Bucket {
  tokens: number;
  at: number;
  /** A refusal was already told since the last question let through. */
  told: boolean;
}

/** How many idle buckets may pile up before full ones are swept (a full bucket is the same as none). */
const SWEEP_AT = 10_000;

class Buckets {
  private readonly map = new Map<string, Bucket>();

  constructor(
    private readonly rule: BucketRule,
    private readonly now: () => number,
  ) {}

  get off(): boolean {
    return this.rule.burst <= 0;
  }

  /** The bucket of `key`, refilled up to now. */
  private current(key: string): Bucket {
    const now = this.now();
    let b = this.map.get(key);
    if (!b) {
      if (this.map.size >= SWEEP_AT) this.sweep(now);
      b = { tokens: this.rule.burst, at: now, told: false };
      this.map.set(key, b);
      return b;
    }
    const earned = this.rule.refillMs > 0 ? (now - b.at) / this.rule.refillMs : Infinity;
    b.tokens = Math.min(this.rule.burst, b.tokens + earned);
    b.at = now;
    return b;
  }

  private sweep(now: number): void {
    for (const [k, b] of this.map) if (b.tokens + (now - b.at) / Math.max(1, this.rule.refillMs) >= this.rule.burst) this.map.delete(k);
  }

  /** Milliseconds until `key` has a whole token (0: it has one now). */
  wait(key: string): number {
    if (this.off) return 0;
    const b = this.current(key);
    return b.tokens >= 1 ? 0 : Math.ceil((1 - b.tokens) * this.rule.refillMs);
  }

  take(key: string): void {
    if (this.off) return;
    const b = this.current(key);
    b.tokens -= 1;
    b.told = false;
  }

  /** Marks a refusal as told; true when it is the first since the last question let through. */
  tell(key: string): boolean {
    if (this.off) return true;
    const b = this.current(key);
    const first = !b.told;
    b.told = true;
    return first;
  }
}

export class RateLimiter {
  private readonly members: Buckets;
  private readonly servers: Buckets;

  constructor(
    readonly limits: RateLimits,
    now: () => number = Date.now,
  ) {
    this.members = new Buckets(limits.member, now);
    this.servers = new Buckets(limits.server, now);
  }

  /**
   * Lets one question of `memberId` (in server `serverId`, null in DMs) through, taking a token
   * from both buckets, or refuses it and takes nothing.
   */
  take(memberId: string, serverId: string | null): Verdict {
    const memberWait = this.members.wait(memberId);
    if (memberWait > 0) return { ok: false, scope: 'member', waitMs: memberWait, first: this.members.tell(memberId) };
    if (serverId) {
      const serverWait = this.servers.wait(serverId);
      // The member-level "told" flag governs notices: one per member, whichever bucket refused.
      if (serverWait > 0) return { ok: false, scope: 'server', waitMs: serverWait, first: this.members.tell(memberId) };
      this.servers.take(serverId);
    }
    this.members.take(memberId);
    return { ok: true };
  }
}

const seconds = (ms: number) => {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return `${s} second${s === 1 ? '' : 's'}`;
};

const per = (ms: number) => (ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`);

/** The notice for a refused question. */
export function refusalNotice(refusal: Refusal, limits: RateLimits): string {
  if (refusal.scope === 'server') return `This server is asking a lot right now: please try again in ${seconds(refusal.waitMs)}.`;
  return `Easy there: you can ask again in ${seconds(refusal.waitMs)} (${limits.member.burst} questions at once, then one every ${per(limits.member.refillMs)}).`;
}

/** One line for /help and the docs. */
export function limitsSummary(limits: RateLimits): string {
  if (limits.member.burst <= 0 && limits.server.burst <= 0) return 'No rate limits are set.';
  const parts: string[] = [];
  if (limits.member.burst > 0) parts.push(`each member may ask ${limits.member.burst} questions at once, then one more every ${per(limits.member.refillMs)}`);
  if (limits.server.burst > 0) parts.push(`a server ${limits.server.burst} at once, then one every ${per(limits.server.refillMs)}`);
  return `Rate limits: ${parts.join('; ')} (slash commands and mentions alike; /help is free).`;
}
