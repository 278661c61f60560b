import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { jsonErrorPosition } from '../../../simulators/arc/arm/json-error-position.js';

describe('jsonErrorPosition', () => {
  test.prop([fc.json()])('valid JSON has no error before its end', (text) => {
    expect(jsonErrorPosition(text)).toBe(text.length);
  });

  test.prop([fc.json(), fc.nat()])('a text JSON.parse refuses has its error within the text', (json, cut) => {
    const text = json.slice(0, cut % (json.length + 1));
    let valid = true;
    try {
      JSON.parse(text);
    } catch {
      valid = false;
    }
    const at = jsonErrorPosition(text);
    if (valid) expect(at).toBe(text.length);
    else expect(at).toBeLessThanOrEqual(text.length);
  });
});
