/**
 * Verifies Discord's signature on an HTTP interaction (node:crypto, Ed25519): the signature
 * (X-Signature-Ed25519, hex) must sign the timestamp (X-Signature-Timestamp, Unix seconds)
 * followed by the raw body, with the application's public key. A timestamp too far from now is
 * refused as stale, and a signature seen before (within that window) as a replay, so a captured
 * request cannot be played again.
 */
import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/** DER prefix of an Ed25519 SubjectPublicKeyInfo: the raw 32-byte key follows it. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');

export function publicKeyFromHex(hex: string): KeyObject {
  const raw = Buffer.from(hex, 'hex');
  if (raw.length !== 32 || !/^[0-9a-f]{64}$/i.test(hex)) throw new Error('the public key must be 64 hexadecimal characters (32 bytes)');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, raw]), format: 'der', type: 'spki' });
}

export type Verdict = { ok: true } | { ok: false; reason: 'missing signature' | 'bad signature' | 'stale timestamp' | 'replayed' };

export interface VerifierOptions {
  /** How far the timestamp may be from now, either way (default 5 minutes). */
  maxAgeMs?: number;
  now?: () => number;
  /** Signatures remembered at most, against replays (default 100,000). */
  maxRemembered?: number;
}

export class RequestVerifier {
  private readonly key: KeyObject;
  private readonly maxAgeMs: number;
  private readonly now: () => number;
  private readonly maxRemembered: number;
  /** Signatures already accepted, with when they may be forgotten (their timestamp is stale by then). */
  private readonly seen = new Map<string, number>();

  constructor(publicKeyHex: string, options: VerifierOptions = {}) {
    this.key = publicKeyFromHex(publicKeyHex);
    this.maxAgeMs = options.maxAgeMs ?? 5 * 60_000;
    this.now = options.now ?? Date.now;
    this.maxRemembered = options.maxRemembered ?? 100_000;
  }

  check(signature: string | undefined, timestamp: string | undefined, body: Buffer): Verdict {
    if (!signature || !timestamp) return { ok: false, reason: 'missing signature' };
    if (!/^[0-9a-f]{128}$/i.test(signature) || !/^\d{1,12}$/.test(timestamp)) return { ok: false, reason: 'bad signature' };
    const signed = Buffer.concat([Buffer.from(timestamp, 'utf8'), body]);
    let valid = false;
    try {
      valid = verify(null, signed, this.key, Buffer.from(signature, 'hex'));
    } catch {
      valid = false;
    }
    if (!valid) return { ok: false, reason: 'bad signature' };
    const now = this.now();
    const at = Number(timestamp) * 1000;
    if (Math.abs(now - at) > this.maxAgeMs) return { ok: false, reason: 'stale timestamp' };
    const sig = signature.toLowerCase();
    if (this.seen.has(sig)) return { ok: false, reason: 'replayed' };
    this.forget(now);
    this.seen.set(sig, at + this.maxAgeMs);
    return { ok: true };
  }

  /** Drops signatures whose timestamps are stale anyway (Map order is insertion order, close to time order). */
  private forget(now: number): void {
    for (const [sig, until] of this.seen) {
      if (until >= now && this.seen.size < this.maxRemembered) break;
      this.seen.delete(sig);
    }
  }
}
