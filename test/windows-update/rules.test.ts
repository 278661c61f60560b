import { describe, expect, it } from 'vitest';
import {
  CatalogError,
  defaultRules,
  parseRules,
  rulesOfType,
} from '../../simulators/windows-update/index.js';
import { thrown } from '../support/thrown.js';

describe('the default rules file', () => {
  const rules = defaultRules();

  it('DOMAIN 6: holds three DOC rules: the exact-update restriction, the license bug, its workaround', () => {
    expect(rules).toHaveLength(3);
    expect(rules.map((r) => r.grade)).toEqual(['DOC', 'DOC', 'DOC']);
    expect(rules.map((r) => r.effect.type).sort()).toEqual([
      'license-bug',
      'license-workaround',
      'restrict-hotpatch-bases',
    ]);
    for (const rule of rules) {
      expect(rule.source.length).toBeGreaterThan(0);
      expect(rule.summary.length).toBeGreaterThan(0);
    }
  });

  it('DOMAIN 6A: the November and December 2025 hotpatches install only on KB5066835 or KB5070893 (or the November hotpatch)', () => {
    const [rule] = rulesOfType(rules, 'restrict-hotpatch-bases');
    expect([...(rule?.effect.hotpatches ?? [])].sort()).toEqual(['KB5068966', 'KB5072014']);
    expect(rule?.effect.allowed).toContain('KB5066835');
    expect(rule?.effect.allowed).toContain('KB5070893');
    expect(rule?.effect.allowed).not.toContain('KB5070881');
    expect(rule?.effect.allowed).not.toContain('KB5070773');
  });

  it('DOMAIN 6B: the license bug runs from KB5066835 to the January 2026 baseline, Azure Edition exempt', () => {
    const [rule] = rulesOfType(rules, 'license-bug');
    expect(rule?.effect).toEqual({
      type: 'license-bug',
      affectedFrom: 'KB5066835',
      fixedBy: 'KB5073379',
      exemptEditions: ['datacenter-azure-edition'],
      mutex: {
        key: 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions',
        value: 'DeviceLicensingServiceCommandMutex',
      },
    });
  });

  it('DOMAIN 6B: the workaround is the feature override 4264695439 = 1 and fixes the license bug', () => {
    const [workaround] = rulesOfType(rules, 'license-workaround');
    const [bug] = rulesOfType(rules, 'license-bug');
    expect(workaround?.effect.fixes).toBe(bug?.id);
    expect(workaround?.effect.override).toEqual({
      key: 'HKEY_LOCAL_MACHINE\\SYSTEM\\CurrentControlSet\\Policies\\Microsoft\\FeatureManagement\\Overrides',
      value: '4264695439',
      data: 1,
    });
  });

  it('rulesOfType picks the rules of one effect type', () => {
    expect(rulesOfType(rules, 'license-bug').map((r) => r.effect.type)).toEqual(['license-bug']);
    expect(rulesOfType([], 'license-bug')).toEqual([]);
  });
});

describe('parseRules errors', () => {
  const FILE = 'fixtures/bad-rules.yaml';
  const GOOD_RULE = `  - id: exact-update
    grade: DOC
    source: test
    summary: the test rule
    effect:
      type: restrict-hotpatch-bases
      hotpatches: [KB5068966]
      allowed: [KB5066835]
`;
  const file = (...rules: string[]) => `format: hotpatch-harness/rules@1\nrules:\n${rules.join('')}`;
  const parseError = (text: string): CatalogError => {
    const error = thrown(() => parseRules(text, FILE));
    expect(error).toBeInstanceOf(CatalogError);
    return error as CatalogError;
  };

  it('reads a well-formed file', () => {
    expect(parseRules(file(GOOD_RULE), FILE).map((r) => r.id)).toEqual(['exact-update']);
  });

  it('a rule with an unknown effect type is a CatalogError naming the file and rules[i]', () => {
    const bad = GOOD_RULE.replace('exact-update', 'other').replace(
      'restrict-hotpatch-bases',
      'restrict-everything',
    );
    const error = parseError(file(GOOD_RULE, bad));
    expect(error.message.startsWith(`${FILE}: rules[1]: `)).toBe(true);
    expect(error.entry).toBe('rules[1]');
    expect(error.file).toBe(FILE);
  });

  it('a rule without a summary is a CatalogError naming rules[i] and the field', () => {
    const bad = GOOD_RULE.replace('    summary: the test rule\n', '');
    const error = parseError(file(bad));
    expect(error.message.startsWith(`${FILE}: rules[0]: summary`)).toBe(true);
  });

  it('an effect without a field it needs is a CatalogError naming rules[i]', () => {
    const bad = GOOD_RULE.replace('      allowed: [KB5066835]\n', '');
    const error = parseError(file(GOOD_RULE, GOOD_RULE, bad));
    expect(error.message.startsWith(`${FILE}: rules[2]: `)).toBe(true);
    expect(error.message).toContain('allowed');
  });

  it('an unknown key in a rule is a CatalogError naming rules[i]', () => {
    const bad = GOOD_RULE.replace('    grade: DOC\n', '    grade: DOC\n    severity: high\n');
    const error = parseError(file(bad));
    expect(error.message.startsWith(`${FILE}: rules[0]: `)).toBe(true);
    expect(error.message).toContain('severity');
  });

  it('a file without the format line is a CatalogError naming the file', () => {
    const error = parseError(`rules:\n${GOOD_RULE}`);
    expect(error.message.startsWith(`${FILE}: `)).toBe(true);
    expect(error.message).toContain('format');
  });

  it.each([
    ['an unclosed flow sequence', 'format: hotpatch-harness/rules@1\nrules: [\n'],
    ['a duplicate key', 'format: hotpatch-harness/rules@1\nformat: again\nrules: []\n'],
  ])('malformed YAML (%s) is a CatalogError naming the file', (_what, text) => {
    const error = parseError(text);
    expect(error.message.startsWith(`${FILE}: `)).toBe(true);
    expect(error.file).toBe(FILE);
  });
});
