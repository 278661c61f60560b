import type { CommandDefinition } from '../types.js';
import { convertFromJson } from './convert-from-json.js';
import { forEachObject } from './foreach-object.js';
import { measureObject } from './measure-object.js';
import { outString } from './out-string.js';
import { selectObject } from './select-object.js';
import { sortObject } from './sort-object.js';
import { startSleep } from './start-sleep.js';
import { whereObject } from './where-object.js';
import { writeError } from './write-error.js';
import { writeHost } from './write-host.js';
import { writeOutput } from './write-output.js';
import { outNull, writeVerbose, writeWarning } from './write-streams.js';

/** The commands every script host has; the machine adds its own through the command table. */
export function coreCommands(): CommandDefinition[] {
  return [
    writeHost,
    writeOutput,
    writeWarning,
    writeVerbose,
    writeError,
    selectObject,
    whereObject,
    forEachObject,
    sortObject,
    measureObject,
    startSleep,
    outNull,
    outString,
    convertFromJson,
  ];
}

/** DOC (5.1 built-in aliases) for commands the machine provides later: they resolve once it does. */
export const PENDING_ALIASES: Readonly<Record<string, string>> = { gci: 'Get-ChildItem' };
