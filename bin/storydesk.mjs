#!/usr/bin/env node
/**
 * The `storydesk` command (package.json "bin"): the CLI of src/cli/main.ts, compiled.
 *   npx storydesk search city budget --json
 */
import process from 'node:process';
import { runEntry } from '../scripts/run.mjs';

await runEntry('src/cli/main.ts', process.argv.slice(2));
