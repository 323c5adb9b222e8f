/**
 * The command registry: every module in commands/ (one file per command) is imported and checked
 * for its `data` and `execute` exports, as in the discord.js guide's command handler.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIApplicationCommandsJSONBody } from 'discord.js';
import { CODE_ROOT } from '../paths.ts';
import type { Command } from './command.ts';
import type { CommandSummary } from './render/help.ts';

export const COMMANDS_DIR = path.join(CODE_ROOT, 'commands');

function isCommandFile(name: string): boolean {
  return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') && !name.startsWith('_') && !name.startsWith('.');
}

function toCommand(file: string, mod: Record<string, unknown>): Command {
  const data = mod.data as { name?: unknown; toJSON?: unknown } | undefined;
  if (!data || typeof data.name !== 'string' || typeof data.toJSON !== 'function') throw new Error(`commands/${file} must export "data", a command builder`);
  if (typeof mod.execute !== 'function') throw new Error(`commands/${file} must export an "execute" function`);
  if (mod.autocomplete !== undefined && typeof mod.autocomplete !== 'function') throw new Error(`commands/${file}: "autocomplete" must be a function`);
  return {
    name: data.name,
    json: (data.toJSON as () => RESTPostAPIApplicationCommandsJSONBody).call(data),
    execute: mod.execute as Command['execute'],
    ...(mod.autocomplete ? { autocomplete: mod.autocomplete as NonNullable<Command['autocomplete']> } : {}),
    rateLimited: mod.rateLimited !== false,
  };
}

/** The commands of a folder by name; throws on a malformed module or a duplicate name. */
export async function loadCommands(dir: string = COMMANDS_DIR): Promise<Map<string, Command>> {
  const files = (await readdir(dir)).filter(isCommandFile).sort();
  const commands = new Map<string, Command>();
  for (const file of files) {
    const mod = (await import(pathToFileURL(path.join(dir, file)).href)) as Record<string, unknown>;
    const command = toCommand(file, mod);
    if (commands.has(command.name)) throw new Error(`commands/${file}: a command named "${command.name}" is already defined`);
    commands.set(command.name, command);
  }
  return commands;
}

/** How /help lists the commands: one line per slash command or subcommand, and the context menus. */
export function summarise(commands: Iterable<Command>): CommandSummary[] {
  const out: CommandSummary[] = [];
  for (const { json } of commands) {
    if (json.type === ApplicationCommandType.Message || json.type === ApplicationCommandType.User) {
      out.push({ usage: json.name, description: `right-click a ${json.type === ApplicationCommandType.Message ? 'message' : 'user'} > Apps > ${json.name}` });
      continue;
    }
    const options = 'options' in json ? (json.options ?? []) : [];
    const subs = options.filter((o) => o.type === ApplicationCommandOptionType.Subcommand);
    if (subs.length) for (const s of subs) out.push({ usage: `/${json.name} ${s.name}`, description: s.description });
    else out.push({ usage: `/${json.name}`, description: 'description' in json ? (json.description ?? '') : '' });
  }
  return out;
}
