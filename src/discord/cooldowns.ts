/** Per-user cooldown on expensive commands: one run per user and command every N seconds. */
export class Cooldowns {
  private readonly until = new Map<string, number>();

  constructor(
    private readonly seconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Milliseconds the user must still wait, or 0 (and the wait starts now). */
  take(userId: string, command: string): number {
    if (this.seconds <= 0) return 0;
    const key = `${userId}:${command}`;
    const now = this.now();
    const left = (this.until.get(key) ?? 0) - now;
    if (left > 0) return left;
    if (this.until.size > 10_000) for (const [k, t] of this.until) if (t <= now) this.until.delete(k);
    this.until.set(key, now + this.seconds * 1000);
    return 0;
  }
}

export function cooldownNotice(command: string, ms: number): string {
  const s = Math.max(1, Math.ceil(ms / 1000));
  return `Easy there: you can use ${command} again in ${s} second${s === 1 ? '' : 's'}.`;
}
