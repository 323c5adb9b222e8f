/** INGEST_ALLOW_HOSTS: a comma-separated list of host names or addresses, validated with the rest. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';

describe('INGEST_ALLOW_HOSTS', () => {
  it('defaults to none', () => {
    expect(loadConfig({}).ingestAllowHosts).toEqual([]);
  });

  it('reads names and addresses, trimmed and lower-cased, IPv6 without brackets', () => {
    expect(loadConfig({ INGEST_ALLOW_HOSTS: ' 127.0.0.1, News.Intranet.example ,[::1]' }).ingestAllowHosts).toEqual(['127.0.0.1', 'news.intranet.example', '::1']);
  });

  it('refuses URLs, paths and wildcards with one line naming the variable', () => {
    for (const bad of ['http://127.0.0.1', '127.0.0.1/8', '*.example.com', 'a b']) {
      let error: unknown;
      try {
        loadConfig({ INGEST_ALLOW_HOSTS: bad });
      } catch (e) {
        error = e;
      }
      expect(error, bad).toBeInstanceOf(ConfigError);
      expect((error as ConfigError).problems).toEqual(['INGEST_ALLOW_HOSTS must be a comma-separated list of host names or IP addresses (e.g. 127.0.0.1,intranet.example)']);
    }
  });
});
