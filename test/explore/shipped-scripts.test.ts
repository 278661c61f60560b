import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  SCENARIOS_DIR,
  SHIPPED_SCRIPTS,
  scriptPath,
  shippedScripts,
} from '../../src/explore/shipped-scripts.js';

describe('the shipped scripts generated run: events name', () => {
  it('are every .ps1 in scenarios/scripts/, by the path a scenario there writes', () => {
    const files = readdirSync(join(SCENARIOS_DIR, 'scripts')).filter((f) => f.endsWith('.ps1'));
    expect(SHIPPED_SCRIPTS.map((n) => `${n}.ps1`).sort()).toEqual(files.sort());
    expect(scriptPath('check-vbs')).toBe('scripts/check-vbs.ps1');
  });

  it('are read once per process, each text as the file has it', () => {
    const texts = shippedScripts();
    expect([...texts.keys()]).toEqual(SHIPPED_SCRIPTS.map(scriptPath));
    for (const [path, text] of texts) expect(text).toBe(readFileSync(join(SCENARIOS_DIR, path), 'utf8'));
    expect(shippedScripts()).toBe(texts);
  });
});
