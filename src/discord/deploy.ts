/**
 * `npm run deploy-commands`: registers the slash and context-menu commands of commands/ with
 * Discord, in one server when DISCORD_GUILD_ID is set (instant), globally otherwise. It replaces
 * the whole set, so a command removed from the folder disappears too.
 */
import 'dotenv/config';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Routes, type RESTGetCurrentApplicationResult } from 'discord.js';
import type { Logger } from 'pino';
import { ConfigError, loadConfig, type Config } from '../config.ts';
import { log as defaultLog } from '../log.ts';
import { createRest } from './client.ts';
import { loadCommands } from './registry.ts';

export interface DeployResult {
  scope: 'guild' | 'global';
  applicationId: string;
  names: string[];
}

/** The application id a bot token belongs to: its first part is the bot's user id, in base64. */
export function applicationIdFromToken(token: string): string | null {
  const first = token.split('.')[0] ?? '';
  const id = Buffer.from(first, 'base64').toString('utf8');
  return /^\d{15,21}$/.test(id) ? id : null;
}

export async function deployCommands(config: Config, options: { log?: Logger; commandsDir?: string } = {}): Promise<DeployResult> {
  const log = options.log ?? defaultLog;
  if (!config.discordToken) throw new Error('DISCORD_TOKEN is not set: commands cannot be registered.');
  const commands = await loadCommands(options.commandsDir);
  const body = [...commands.values()].map((c) => c.json);
  const rest = createRest(config);
  const applicationId =
    config.applicationId ?? applicationIdFromToken(config.discordToken) ?? ((await rest.get(Routes.currentApplication())) as RESTGetCurrentApplicationResult).id;
  const route = config.guildId ? Routes.applicationGuildCommands(applicationId, config.guildId) : Routes.applicationCommands(applicationId);
  await rest.put(route, { body });
  const result: DeployResult = { scope: config.guildId ? 'guild' : 'global', applicationId, names: body.map((c) => c.name) };
  log.info({ scope: result.scope, guild: config.guildId, commands: result.names }, config.guildId ? 'commands registered in the server' : 'commands registered globally (may take up to an hour to appear)');
  return result;
}

async function main(): Promise<void> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  if (!config.discordToken) {
    process.stderr.write('DISCORD_TOKEN is not set (in .env or the environment): nothing to deploy.\n');
    process.exit(2);
  }
  await deployCommands(config);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e: unknown) => {
    defaultLog.fatal({ err: e }, 'deploying the commands failed');
    process.exit(1);
  });
}
