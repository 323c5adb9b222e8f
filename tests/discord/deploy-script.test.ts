/** `npm run deploy-commands` as a user runs it: a separate process, configured by the environment, against the fake. */
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.ts';
import { applicationIdFromToken, deployCommands } from '../../src/discord/deploy.ts';
import { ROOT } from '../helpers/corpus-dir.ts';
import { memoryLogger } from './bot-harness.ts';
import { FakeDiscord } from './fake-discord.ts';

const run = promisify(execFile);
let fake: FakeDiscord;

beforeAll(async () => {
  fake = await FakeDiscord.start();
});
afterAll(async () => fake?.close());

/** Every variable set, so that a developer's .env cannot change what the test runs. */
function env(overrides: Record<string, string>): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    DISCORD_TOKEN: fake.token,
    DISCORD_APPLICATION_ID: '',
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_BASE: fake.apiBase,
    ADMIN_ROLE_IDS: '',
    CORPUS_DIR: '',
    CORPUS_WATCH: '',
    CORPUS_MAX_FILE_MB: '',
    CACHE_DIR: '',
    EXCERPT_LENGTH: '',
    RATE_MEMBER_BURST: '',
    LOG_LEVEL: 'info',
    DOTENV_CONFIG_QUIET: 'true',
    ...overrides,
  };
}

async function spawnDeploy(command: string, args: string[], overrides: Record<string, string> = {}): Promise<{ code: number; out: string }> {
  try {
    const { stdout, stderr } = await run(command, args, { cwd: ROOT, env: env(overrides), timeout: 25_000 });
    return { code: 0, out: stdout + stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, out: err.stdout + err.stderr };
  }
}

// Starting a process costs seconds, so the script is run once; the rest is tested in-process.
let guild: { code: number; out: string };
beforeAll(async () => {
  guild = await spawnDeploy('npm', ['run', '--silent', 'deploy-commands']);
}, 30_000);

describe('npm run deploy-commands', () => {
  it('registers the commands in the guild when DISCORD_GUILD_ID is set, without printing the token', () => {
    expect(guild.code).toBe(0);
    expect(fake.commands.get(fake.guildId)?.map((c) => c.name).sort()).toEqual(['Find in story', 'articles', 'ask', 'corpus', 'help', 'quotes', 'reload', 'search', 'story', 'timeline', 'who']);
    expect(guild.out).toContain('commands registered in the server');
    expect(guild.out).not.toContain(fake.token);
  });
});

describe('deployCommands', () => {
  it('registers the commands globally when no guild is configured, with the application id read from the token', async () => {
    const config = loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: fake.apiBase });
    const result = await deployCommands(config, { log: memoryLogger([]) });
    expect(result).toMatchObject({ scope: 'global', applicationId: fake.appId });
    expect(fake.commands.get('global')).toHaveLength(11);
    expect(fake.calls.filter((c) => c.method === 'PUT').map((c) => c.path)).toContain(`/applications/${fake.appId}/commands`);
  });
});

describe('configuration', () => {
  it('names each bad Discord variable in one clear line', () => {
    expect(() => loadConfig({ DISCORD_TOKEN: fake.token, DISCORD_API_BASE: 'not a url', DISCORD_GUILD_ID: '12' })).toThrow(
      expect.objectContaining({ problems: [expect.stringContaining('DISCORD_GUILD_ID must be a Discord id'), expect.stringContaining('DISCORD_API_BASE must be a URL')] }),
    );
  });
});

describe('applicationIdFromToken', () => {
  it('reads the application id from the first part of a bot token', () => {
    expect(applicationIdFromToken(FakeDiscord.tokenFor('123456789012345678'))).toBe('123456789012345678');
    expect(applicationIdFromToken('garbage.x.y')).toBeNull();
  });
});
