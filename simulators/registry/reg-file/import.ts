import type { Registry } from '../registry.js';
import { decodeRegFile, parseRegFile, type RegFileOp } from './parse.js';

/** What an import changed. */
export interface RegImportSummary {
  readonly keysCreated: number;
  readonly keysDeleted: number;
  readonly valuesSet: number;
  readonly valuesDeleted: number;
}

/** Carries out parsed operations in order, as regedit would (missing parents are created). */
export function applyRegFileOps(registry: Registry, ops: readonly RegFileOp[]): RegImportSummary {
  const summary = { keysCreated: 0, keysDeleted: 0, valuesSet: 0, valuesDeleted: 0 };
  for (const op of ops) {
    switch (op.op) {
      case 'create-key':
        if (registry.createKey(op.key) === 'created') summary.keysCreated++;
        break;
      case 'delete-key':
        if (registry.deleteKey(op.key, { recursive: true }) === 'deleted') summary.keysDeleted++;
        break;
      case 'set-value':
        if (registry.setValue(op.key, op.name, op.data)) summary.valuesSet++;
        break;
      case 'delete-value':
        if (registry.deleteValue(op.key, op.name)) summary.valuesDeleted++;
        break;
    }
  }
  return summary;
}

/**
 * Imports a .reg file (bytes in UTF-16LE with BOM or UTF-8, or already decoded text). The whole
 * file is read before anything is written, so a malformed file changes nothing.
 */
export function importRegFile(
  registry: Registry,
  content: Uint8Array | string,
  file = '<reg>',
): RegImportSummary {
  const text = typeof content === 'string' ? content : decodeRegFile(content);
  return applyRegFileOps(registry, parseRegFile(text, file));
}
