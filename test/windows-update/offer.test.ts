import { describe, expect, it } from 'vitest';
import {
  decideOffer,
  defaultRules,
  hotpatchBases,
  type MonthRelease,
  type Offer,
  ReleaseCatalog,
  type UpdateTarget,
} from '../../simulators/windows-update/index.js';
import { domainBuild } from './domain-tables.js';

const catalog = ReleaseCatalog.default();
const rules = defaultRules();

/** An eligible machine (supported edition, enrolled, VBS running, licensed) on `kb`, with its DOMAIN build. */
const target = (kb: string, overrides: Partial<UpdateTarget> = {}): UpdateTarget => ({
  kb,
  build: kb.startsWith('SYNTHETIC-') ? (catalog.get(kb)?.build ?? '') : domainBuild(kb),
  editionSupported: true,
  vbsRunning: true,
  enrolled: true,
  licenseValid: true,
  ...overrides,
});

const month = (m: string): MonthRelease => {
  const found = catalog.month(m);
  if (!found) throw new Error(`no month ${m}`);
  return found;
};

const offer = (m: string, t: UpdateTarget): Offer | undefined => decideOffer(catalog, rules, month(m), t);

/** What an offer says, in KBs. */
const summary = (o: Offer | undefined) => o && { kb: o.release.kb, kind: o.kind, reasons: [...o.reasons] };

const bases = (kb: string): string[] => {
  const hotpatch = catalog.get(kb);
  if (!hotpatch) throw new Error(`no ${kb}`);
  return [...hotpatchBases(catalog, rules, hotpatch)].sort();
};

describe('hotpatchBases with the default rules', () => {
  it('DOMAIN 6A: the November 2025 hotpatch KB5068966 installs only on KB5066835 or KB5070893', () => {
    expect(bases('KB5068966')).toEqual(['KB5066835', 'KB5070893']);
  });

  it('DOMAIN 6A: the December 2025 hotpatch KB5072014 installs on KB5066835, KB5070893 or KB5068966', () => {
    expect(bases('KB5072014')).toEqual(['KB5066835', 'KB5068966', 'KB5070893']);
  });

  it('DOMAIN 5: the August 2025 hotpatch KB5064010 installs on the July baseline KB5062553, nothing older', () => {
    expect(bases('KB5064010')).toEqual(['KB5062553']);
  });

  it('DOMAIN 5: the September 2025 hotpatch installs on the July baseline or the August hotpatch', () => {
    expect(bases('KB5065474')).toEqual(['KB5062553', 'KB5064010']);
  });

  it('DOMAIN 5: the February 2026 hotpatch installs on the January 2026 baseline KB5073379', () => {
    expect(bases('KB5075942')).toEqual(['KB5073379']);
  });

  it('DOMAIN 5: the first hotpatch, 2024-11 KB5046696, installs on the release image (RTM)', () => {
    expect(bases('KB5046696')).toEqual(['RTM']);
  });
});

describe('decideOffer', () => {
  describe('baseline months', () => {
    it('DOMAIN 5: in a baseline month every machine gets the baseline, even a fully eligible one', () => {
      expect(summary(offer('2025-10', target('KB5065474')))).toEqual({
        kb: 'KB5066835',
        kind: 'baseline',
        reasons: [],
      });
      expect(offer('2025-10', target('KB5065474'))?.release.restartRequired).toBe(true);
    });

    it('DOMAIN 5: in a baseline month an ineligible machine gets the same baseline', () => {
      const ineligible = target('KB5065426', { enrolled: false, vbsRunning: false, licenseValid: false });
      expect(summary(offer('2025-10', ineligible))).toEqual({
        kb: 'KB5066835',
        kind: 'baseline',
        reasons: [],
      });
    });

    it('DOMAIN 5: the unplanned June 2026 baseline KB5094125 replaces the hotpatch for everyone', () => {
      expect(summary(offer('2026-06', target('KB5087423')))).toEqual({
        kb: 'KB5094125',
        kind: 'baseline',
        reasons: [],
      });
    });
  });

  describe('hotpatch months', () => {
    it('DOMAIN 5: an eligible machine on the latest baseline gets the hotpatch, with no restart', () => {
      const o = offer('2025-08', target('KB5062553'));
      expect(summary(o)).toEqual({ kb: 'KB5064010', kind: 'hotpatch', reasons: [] });
      expect(o?.release.restartRequired).toBe(false);
    });

    it('DOMAIN 3: a machine not enrolled gets the LCU with not-enrolled', () => {
      expect(summary(offer('2025-08', target('KB5062553', { enrolled: false })))).toEqual({
        kb: 'KB5063878',
        kind: 'lcu',
        reasons: ['not-enrolled'],
      });
    });

    it('DOMAIN 1: an unsupported edition gets the LCU with not-enrolled', () => {
      expect(summary(offer('2025-08', target('KB5062553', { editionSupported: false })))).toEqual({
        kb: 'KB5063878',
        kind: 'lcu',
        reasons: ['not-enrolled'],
      });
    });

    it('DOMAIN 1: a machine without VBS running gets the LCU with vbs-not-running', () => {
      expect(summary(offer('2025-08', target('KB5062553', { vbsRunning: false })))).toEqual({
        kb: 'KB5063878',
        kind: 'lcu',
        reasons: ['vbs-not-running'],
      });
    });

    it('DOMAIN 5: a machine whose license is not valid gets the LCU with license-expired', () => {
      const o = offer('2025-11', target('KB5066835', { licenseValid: false }));
      expect(summary(o)).toEqual({ kb: 'KB5068861', kind: 'lcu', reasons: ['license-expired'] });
      expect(o?.release.restartRequired).toBe(true);
    });

    it('DOMAIN 1: a build older than 26100.1742 is never offered a hotpatch', () => {
      const o = offer('2024-11', target('RTM', { build: '26100.1000' }));
      expect(o?.kind).toBe('lcu');
      expect(o?.release.kb).toBe('KB5046617');
      expect(o?.reasons.length).toBeGreaterThan(0);
    });

    it('DOMAIN 1: build 26100.1742 (the release image) is new enough for the 2024-11 hotpatch', () => {
      expect(summary(offer('2024-11', target('RTM')))).toEqual({
        kb: 'KB5046696',
        kind: 'hotpatch',
        reasons: [],
      });
    });

    it('DOMAIN 5: an out-of-band LCU takes a machine off the line (KB5064489 in August 2025)', () => {
      expect(summary(offer('2025-08', target('KB5064489')))).toEqual({
        kb: 'KB5063878',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
    });

    it('DOMAIN 5: off the line, LCUs every month up to and including the next baseline, then hotpatches', () => {
      // Took the August 2025 LCU (e.g. unlicensed at the time): licensed again in September.
      expect(summary(offer('2025-09', target('KB5063878')))).toEqual({
        kb: 'KB5065426',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
      expect(summary(offer('2025-10', target('KB5065426')))).toEqual({
        kb: 'KB5066835',
        kind: 'baseline',
        reasons: [],
      });
      expect(summary(offer('2025-11', target('KB5066835')))).toEqual({
        kb: 'KB5068966',
        kind: 'hotpatch',
        reasons: [],
      });
    });
  });

  describe('the October 2025 incidents', () => {
    it('DOMAIN 6A: KB5070881 gets no November 2025 hotpatch (LCU KB5068861, off-baseline)', () => {
      expect(summary(offer('2025-11', target('KB5070881')))).toEqual({
        kb: 'KB5068861',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
    });

    it('DOMAIN 6A: KB5070881 then gets no December 2025 hotpatch (LCU KB5072033, off-baseline)', () => {
      expect(summary(offer('2025-12', target('KB5068861')))).toEqual({
        kb: 'KB5072033',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
      // A machine still on KB5070881 (it skipped November) fares the same.
      expect(summary(offer('2025-12', target('KB5070881')))).toEqual({
        kb: 'KB5072033',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
    });

    it('DOMAIN 6A: after KB5070881, the January 2026 baseline, then the February 2026 hotpatch', () => {
      expect(summary(offer('2026-01', target('KB5072033')))).toEqual({
        kb: 'KB5073379',
        kind: 'baseline',
        reasons: [],
      });
      expect(summary(offer('2026-02', target('KB5073379')))).toEqual({
        kb: 'KB5075942',
        kind: 'hotpatch',
        reasons: [],
      });
    });

    it('DOMAIN 6A (INFER): KB5070773, "any other October update", gets LCUs in November and December 2025', () => {
      expect(summary(offer('2025-11', target('KB5070773')))).toEqual({
        kb: 'KB5068861',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
      expect(summary(offer('2025-12', target('KB5070773')))).toEqual({
        kb: 'KB5072033',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
      expect(summary(offer('2026-01', target('KB5072033')))).toEqual({
        kb: 'KB5073379',
        kind: 'baseline',
        reasons: [],
      });
    });

    it('DOMAIN 6A: other September/October out-of-band updates are off the line too (KB5068221)', () => {
      expect(offer('2025-11', target('KB5068221'))?.reasons).toContain('off-baseline');
    });

    it.each(['KB5066835', 'KB5070893'])('DOMAIN 6A: %s gets the November 2025 hotpatch KB5068966', (kb) => {
      const o = offer('2025-11', target(kb));
      expect(summary(o)).toEqual({ kb: 'KB5068966', kind: 'hotpatch', reasons: [] });
      expect(o?.release.restartRequired).toBe(false);
    });

    it.each(['KB5066835', 'KB5070893', 'KB5068966'])(
      'DOMAIN 6A: %s gets the December 2025 hotpatch KB5072014',
      (kb) => {
        expect(summary(offer('2025-12', target(kb)))).toEqual({
          kb: 'KB5072014',
          kind: 'hotpatch',
          reasons: [],
        });
      },
    );

    it('DOMAIN 5: compatibility is decided by KB, not build: 26100.6905 as KB5070893 vs KB5070881', () => {
      const build = '26100.6905';
      expect(summary(offer('2025-11', target('KB5070893', { build })))).toEqual({
        kb: 'KB5068966',
        kind: 'hotpatch',
        reasons: [],
      });
      expect(summary(offer('2025-11', target('KB5070881', { build })))).toEqual({
        kb: 'KB5068861',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
    });

    it('DOMAIN 6B: a machine that took the November LCU while unlicensed gets the December LCU even when licensed again', () => {
      // November: license expired → LCU.
      expect(summary(offer('2025-11', target('KB5066835', { licenseValid: false })))).toEqual({
        kb: 'KB5068861',
        kind: 'lcu',
        reasons: ['license-expired'],
      });
      // December: the license is valid again, but the machine is off the line until the January baseline.
      expect(summary(offer('2025-12', target('KB5068861', { licenseValid: true })))).toEqual({
        kb: 'KB5072033',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
      expect(summary(offer('2026-01', target('KB5072033')))).toEqual({
        kb: 'KB5073379',
        kind: 'baseline',
        reasons: [],
      });
    });
  });

  describe('machines that already have the month', () => {
    it.each(['KB5068966', 'KB5068861', 'KB5072359', 'KB5072014', 'KB5073379'])(
      'DOMAIN 5: a machine on %s already has November 2025 (its update or a later one): no offer',
      (kb) => {
        expect(offer('2025-11', target(kb))).toBeUndefined();
      },
    );

    it.each(['KB5066835', 'KB5070773', 'KB5070881', 'KB5070893', 'KB5068966'])(
      'DOMAIN 5: a machine on %s already has the October 2025 baseline or later: no offer',
      (kb) => {
        expect(offer('2025-10', target(kb))).toBeUndefined();
      },
    );

    it('DOMAIN 5: a machine on the January 2026 baseline gets nothing more in January', () => {
      expect(offer('2026-01', target('KB5073379'))).toBeUndefined();
    });

    it('DOMAIN 5: a machine on the release image still gets later months', () => {
      expect(offer('2025-01', target('RTM'))?.release.kb).toBe('KB5050009');
    });
  });

  describe('several reasons', () => {
    it('lists not-enrolled, vbs-not-running, off-baseline together, in that order', () => {
      expect(offer('2025-11', target('KB5070881', { enrolled: false, vbsRunning: false }))?.reasons).toEqual([
        'not-enrolled',
        'vbs-not-running',
        'off-baseline',
      ]);
    });

    it('lists vbs-not-running, license-expired, off-baseline together, in that order', () => {
      expect(
        offer('2025-11', target('KB5070881', { vbsRunning: false, licenseValid: false }))?.reasons,
      ).toEqual(['vbs-not-running', 'license-expired', 'off-baseline']);
    });

    it('lists license-expired before off-baseline', () => {
      expect(offer('2025-12', target('KB5068861', { licenseValid: false }))?.reasons).toEqual([
        'license-expired',
        'off-baseline',
      ]);
    });

    it('lists not-enrolled before vbs-not-running', () => {
      expect(offer('2025-11', target('KB5066835', { enrolled: false, vbsRunning: false }))?.reasons).toEqual([
        'not-enrolled',
        'vbs-not-running',
      ]);
    });
  });

  describe('synthetic months', () => {
    it('DOMAIN 5: past the known data, a machine on the July 2026 baseline gets the August 2026 hotpatch', () => {
      expect(summary(offer('2026-07', target('KB5094125')))).toEqual({
        kb: 'SYNTHETIC-2026-07-BASELINE',
        kind: 'baseline',
        reasons: [],
      });
      expect(summary(offer('2026-08', target('SYNTHETIC-2026-07-BASELINE')))).toEqual({
        kb: 'SYNTHETIC-2026-08-HOTPATCH',
        kind: 'hotpatch',
        reasons: [],
      });
    });

    it('DOMAIN 5: a machine that missed the July 2026 baseline gets the August 2026 LCU', () => {
      expect(summary(offer('2026-08', target('KB5094125')))).toEqual({
        kb: 'SYNTHETIC-2026-08-LCU',
        kind: 'lcu',
        reasons: ['off-baseline'],
      });
    });
  });
});
