import { describe, expect, it } from 'vitest';
import { ConversationMemory } from '../../src/discord/conversation.ts';
import { TtlCache } from '../../src/discord/ttl-cache.ts';

describe('TtlCache', () => {
  it('expires entries after the time without use, and evicts the least recently used', () => {
    let now = 0;
    const cache = new TtlCache<string, number>(2, 100, () => now);
    cache.set('a', 1);
    cache.set('b', 2);
    now = 90;
    expect(cache.get('a')).toBe(1); // refreshed: now expires at 190
    cache.set('c', 3); // evicts b, the least recently used
    expect(cache.get('b')).toBeUndefined();
    now = 185;
    expect(cache.get('a')).toBe(1);
    now = 400;
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('c')).toBeUndefined();
  });
});

describe('ConversationMemory', () => {
  it('remembers the last answer per channel and per answer message, keeping what a follow-up left out', () => {
    const m = new ConversationMemory();
    m.remember('thread', 'm1', { topic: 'summit', person: 'Ann' }, null);
    m.remember('thread', 'm2', { topic: null, person: 'Bob' }, m.lastIn('thread'));
    expect(m.lastIn('thread')).toEqual({ topic: 'summit', person: 'Bob' });
    expect(m.ofAnswer('m1')).toEqual({ topic: 'summit', person: 'Ann' });
    expect(m.lastIn('elsewhere')).toBeNull();
  });
});
