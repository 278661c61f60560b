import { describe, expect, it } from 'vitest';
import {
  defaultRules,
  type LicensingView,
  licenseBugApplies,
  licenseBugRule,
  ReleaseCatalog,
  workaroundInEffect,
} from '../../simulators/windows-update/index.js';

const catalog = ReleaseCatalog.default();
const rules = defaultRules();

/** DOMAIN 6B, option 1: the value to delete, under this key. */
const SUBSCRIPTIONS = 'HKEY_LOCAL_MACHINE\\SOFTWARE\\Microsoft\\Windows NT\\CurrentVersion\\Subscriptions';
const MUTEX = 'DeviceLicensingServiceCommandMutex';
/** DOMAIN 6B, option 2: the feature override. */
const OVERRIDE = '4264695439';

interface ViewOptions {
  readonly edition?: string;
  readonly kb?: string;
  /** The mutex value exists now. */
  readonly mutex?: boolean;
  /** The override data the last boot read; undefined when it read none. */
  readonly bootOverride?: number;
}

/** A hand-made machine: only the mutex value exists in its registry, only the override at boot. */
function view({
  edition = 'datacenter',
  kb = 'KB5066835',
  mutex = true,
  bootOverride,
}: ViewOptions = {}): LicensingView {
  return {
    edition,
    kb,
    registryValue: (key, name) =>
      mutex && key.toLowerCase() === SUBSCRIPTIONS.toLowerCase() && name.toLowerCase() === MUTEX.toLowerCase()
        ? 'mutex'
        : undefined,
    bootOverride: (name) => (name === OVERRIDE ? bootOverride : undefined),
  };
}

describe('licenseBugApplies', () => {
  it.each([
    'KB5066835',
    'KB5070773',
    'KB5070881',
    'KB5070893',
    'KB5068966',
    'KB5068861',
    'KB5072359',
    'KB5072014',
    'KB5072033',
  ])('DOMAIN 6B: applies on %s (KB5066835 or later, before the January 2026 baseline)', (kb) => {
    expect(licenseBugApplies(catalog, rules, view({ kb }))).toBe(true);
  });

  it.each(['KB5073379', 'KB5077793', 'KB5078135', 'KB5075942', 'KB5094125'])(
    'DOMAIN 6B: no longer applies on %s (the January 2026 baseline KB5073379 or later)',
    (kb) => {
      expect(licenseBugApplies(catalog, rules, view({ kb }))).toBe(false);
    },
  );

  it.each(['RTM', 'KB5062553', 'KB5065474', 'KB5065426', 'KB5068221'])(
    'DOMAIN 6B: does not apply on %s, before KB5066835',
    (kb) => {
      expect(licenseBugApplies(catalog, rules, view({ kb }))).toBe(false);
    },
  );

  it.each(['standard', 'datacenter'])('DOMAIN 6B: applies to %s', (edition) => {
    expect(licenseBugApplies(catalog, rules, view({ edition, kb: 'KB5068966' }))).toBe(true);
  });

  it.each(['KB5066835', 'KB5068861', 'KB5070881', 'KB5072014'])(
    'DOMAIN 6B: never applies to Datacenter: Azure Edition (on %s)',
    (kb) => {
      expect(licenseBugApplies(catalog, rules, view({ edition: 'datacenter-azure-edition', kb }))).toBe(
        false,
      );
    },
  );

  it('DOMAIN 6B: does not apply without the rule', () => {
    const withoutBug = rules.filter((r) => r.effect.type !== 'license-bug');
    expect(licenseBugApplies(catalog, withoutBug, view({ kb: 'KB5068861' }))).toBe(false);
  });

  it('the license bug rule is the DOC rule from KB5066835 to KB5073379', () => {
    expect(licenseBugRule(rules)?.effect).toMatchObject({ affectedFrom: 'KB5066835', fixedBy: 'KB5073379' });
  });
});

describe('workaroundInEffect', () => {
  it('DOMAIN 6B: in effect when the last boot read override 4264695439 = 1 and the mutex value is gone', () => {
    expect(workaroundInEffect(rules, view({ bootOverride: 1, mutex: false }))).toBe(true);
  });

  it('DOMAIN 6B: not in effect when the override is set but the machine has not restarted since', () => {
    expect(workaroundInEffect(rules, view({ bootOverride: undefined, mutex: false }))).toBe(false);
  });

  it('DOMAIN 6B: not in effect when the override was read at boot but the mutex value is still there', () => {
    expect(workaroundInEffect(rules, view({ bootOverride: 1, mutex: true }))).toBe(false);
  });

  it('DOMAIN 6B: not in effect when the override value is 0', () => {
    expect(workaroundInEffect(rules, view({ bootOverride: 0, mutex: false }))).toBe(false);
  });

  it('DOMAIN 6B: not in effect when nothing was done', () => {
    expect(workaroundInEffect(rules, view())).toBe(false);
  });

  it('DOMAIN 6B: not in effect without the workaround rule', () => {
    const withoutWorkaround = rules.filter((r) => r.effect.type !== 'license-workaround');
    expect(workaroundInEffect(withoutWorkaround, view({ bootOverride: 1, mutex: false }))).toBe(false);
  });
});
