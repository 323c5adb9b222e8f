import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('configuration from the environment', () => {
  it('gives defaults for an empty environment: the console, no token', () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ discordToken: null, corpusDir: 'corpus', corpusWatch: false, maxFileBytes: 5 * 1024 * 1024, excerptLength: 300, shardTotal: null, logLevel: 'info' });
  });

  it('treats empty values as unset and reads booleans and numbers', () => {
    const c = loadConfig({ DISCORD_TOKEN: '', CORPUS_WATCH: 'yes', CORPUS_MAX_FILE_MB: '2', SHARD_TOTAL: '4', ADMIN_ROLE_IDS: '123456789012345678, 223456789012345678' });
    expect(c.discordToken).toBeNull();
    expect(c.corpusWatch).toBe(true);
    expect(c.maxFileBytes).toBe(2 * 1024 * 1024);
    expect(c.shardTotal).toBe(4);
    expect(c.adminRoleIds).toEqual(['123456789012345678', '223456789012345678']);
  });

  it('lists every bad variable, one line each, without echoing the token', () => {
    const secret = 'not-a-token-but-secret';
    let error: unknown;
    try {
      loadConfig({ DISCORD_TOKEN: secret, CORPUS_WATCH: 'maybe', SHARD_TOTAL: '0', DISCORD_API_BASE: 'nope' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.map((p) => p.split(' ')[0]).sort()).toEqual(['CORPUS_WATCH', 'DISCORD_API_BASE', 'DISCORD_TOKEN', 'SHARD_TOTAL']);
    expect((error as Error).message).not.toContain(secret);
  });
});
