/** The reference playbooks, by the names scenarios use. */
import { enableHotpatch } from './enable-hotpatch.js';
import { october2025WorkaroundOption1 } from './october-2025-option-1.js';
import { october2025WorkaroundOption2 } from './october-2025-option-2.js';
import type { Playbook } from './playbook.js';

export type { Playbook, PlaybookContext, PlaybookOutcome, PlaybookWait } from './playbook.js';

/** Every built-in playbook by name. */
export const PLAYBOOKS: ReadonlyMap<string, Playbook> = new Map(
  [enableHotpatch, october2025WorkaroundOption1, october2025WorkaroundOption2].map((p) => [p.name, p]),
);
