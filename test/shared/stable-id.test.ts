import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import { stableGuid } from '../../simulators/shared/stable-id.js';

/** An RFC 4122 layout with version 8 (custom) and the RFC variant. */
const V8_GUID = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

describe('stableGuid', () => {
  it('is the first 16 bytes of SHA-256 with the version and variant bits set', () => {
    // sha256('machine:WS01') = 96b29280 ee38 c9c6 fe55 3784f52598ea...; c9 → 89 (version 8), fe → be (variant).
    expect(stableGuid('machine:WS01')).toBe('96b29280-ee38-89c6-be55-3784f52598ea');
    // sha256('') = e3b0c442 98fc 1c14 9afb f4c8996fb924...
    expect(stableGuid('')).toBe('e3b0c442-98fc-8c14-9afb-f4c8996fb924');
  });

  test.prop([fc.string()])('is GUID-shaped and the same on every call', (text) => {
    const guid = stableGuid(text);
    expect(guid).toMatch(V8_GUID);
    expect(stableGuid(text)).toBe(guid);
  });

  test.prop([fc.string(), fc.string()])('differs for different texts', (a, b) => {
    fc.pre(a !== b);
    expect(stableGuid(a)).not.toBe(stableGuid(b));
  });
});
