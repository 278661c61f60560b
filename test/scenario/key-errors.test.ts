import { describe, expect, it } from 'vitest';
import { errorOf, HEAD, lines, messageOf } from './helpers.js';

describe('unknown keys', () => {
  it('names the key, on its own line, and suggests a close allowed key', () => {
    const text = lines(...HEAD, '  - name: app', '    edtion: standard', 'evnts: []');
    const error = errorOf(text);
    expect(error.message).toBe(
      [
        's.yaml:7: fleet[2]: unknown key "edtion"; did you mean "edition"?',
        's.yaml:8: unknown key "evnts"; did you mean "events"?',
      ].join('\n'),
    );
    expect(error.issues[0]).toStrictEqual({
      code: 'unrecognized_keys',
      path: ['fleet', 2],
      line: 7,
      message: 'unknown key "edtion"; did you mean "edition"?',
    });
  });

  it('gives one issue per key, suggests only within two edits, and never a key already there', () => {
    const text = lines(
      'name: t',
      'period:',
      '  from: 2025-09',
      '  to: 2025-10',
      '  too: 2025-11', // "to" is present
      '  form: 2025-09', // two edits from "from", which is present too
      'fleet:',
      '  - name: web',
      '    colour: red', // nothing close
      '    Cores: 2', // case alone
      '    nmae: x', // "name" is present
      '    cors: 3', // one edit from "cores"
      '    tags:', // the key's line, not its value's
      '      - a',
    );
    expect(messageOf(text)).toBe(
      [
        's.yaml:5: period: unknown key "too"',
        's.yaml:6: period: unknown key "form"',
        's.yaml:9: fleet[0]: unknown key "colour"',
        's.yaml:10: fleet[0]: unknown key "Cores"; did you mean "cores"?',
        's.yaml:11: fleet[0]: unknown key "nmae"',
        's.yaml:12: fleet[0]: unknown key "cors"; did you mean "cores"?',
        's.yaml:13: fleet[0]: unknown key "tags"',
      ].join('\n'),
    );
  });

  it('finds unknown keys inside defaulted sections and flow mappings', () => {
    const text = lines(
      ...HEAD,
      'knobs: { licenceExpiry: never }',
      'updates:',
      '  mode: manual',
      '  catalogue: x.json',
    );
    expect(messageOf(text)).toBe(
      [
        's.yaml:6: knobs: unknown key "licenceExpiry"; did you mean "licenseExpiry"?',
        's.yaml:9: updates: unknown key "catalogue"; did you mean "catalog"?',
      ].join('\n'),
    );
  });

  it('rejects the YAML merge key, which YAML 1.2 does not have', () => {
    const text = lines(
      'name: t',
      'period: { from: 2025-09, to: 2025-10 }',
      'fleet:',
      '  - &base { name: web, edition: standard }',
      '  - <<: *base',
      '    name: db',
    );
    expect(messageOf(text)).toBe('s.yaml:5: fleet[1]: unknown key "<<"');
  });
});

describe('YAML and JSON syntax', () => {
  it('rejects a duplicate key, naming it and where it is', () => {
    const text = lines(
      ...HEAD,
      '  - name: app',
      '    edition: standard',
      '    edition: datacenter',
      'name: u',
    );
    expect(errorOf(text).issues).toStrictEqual([
      { code: 'duplicate_key', path: ['fleet', 2], line: 8, message: 'duplicate key "edition"' },
      { code: 'duplicate_key', path: [], line: 9, message: 'duplicate key "name"' },
    ]);
  });

  it('rejects duplicate keys in JSON, and keys that differ only as number and string', () => {
    const json = '{\n  "name": "a",\n  "seed": 1,\n  "name": "b"\n}';
    expect(messageOf(json, 's.json')).toBe('s.json:4: duplicate key "name"');
    expect(messageOf(lines(...HEAD, '  - { name: app, 1: a, "1": b }'))).toBe(
      's.yaml:6: fleet[2]: duplicate key "1"',
    );
  });

  it('reports every syntax error with its line', () => {
    expect(messageOf(lines(...HEAD, 'events: [', '  { at: 2025-10-01 ]'))).toBe(
      [
        's.yaml:7: Flow map in block collection must be sufficiently indented and end with a }',
        's.yaml:7: Flow sequence in block collection must be sufficiently indented and end with a ]',
      ].join('\n'),
    );
    expect(messageOf(lines(...HEAD, '\tseed: 1'))).toBe('s.yaml:6: Tabs are not allowed as indentation');
    expect(messageOf(lines('name: t', 'period: from: 2025-09'))).toBe(
      's.yaml:2: Nested mappings are not allowed in compact mappings',
    );
  });

  it('reports a second document and an unknown tag', () => {
    expect(messageOf(lines(...HEAD, '---', 'name: u'))).toBe(
      's.yaml:6: Source contains multiple documents; please use YAML.parseAllDocuments()',
    );
    expect(messageOf(lines(...HEAD, 'description: !secret x'))).toBe('s.yaml:6: Unresolved tag: !secret');
  });

  it('holds a .json file to JSON, which YAML would read more loosely', () => {
    const json = '{\n  "name": "t", // a comment\n  "fleet": []\n}';
    expect(messageOf(json, 'x.json')).toBe('x.json:2: not valid JSON: Expected double-quoted property name');
    expect(messageOf('{\n"name": "t",\n}', 'x.JSON')).toBe(
      'x.JSON:3: not valid JSON: Expected double-quoted property name',
    );
  });
});
