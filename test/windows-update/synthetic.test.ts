import { fc, test } from '@fast-check/vitest';
import { describe, expect, it } from 'vitest';
import {
  decideOffer,
  defaultRules,
  hotpatchBases,
  monthsBetween,
  type Release,
  ReleaseCatalog,
} from '../../simulators/windows-update/index.js';

/** The last month of DOMAIN.md's known data (the June 2026 unplanned baseline, 26100.32995). */
const LAST_KNOWN_REVISION = 32995;

/** Second Tuesdays past the known data, worked out from the calendar. */
const PATCH_TUESDAYS: ReadonlyArray<readonly [string, string]> = [
  ['2026-07', '2026-07-14'],
  ['2026-08', '2026-08-11'],
  ['2026-09', '2026-09-08'],
  ['2026-10', '2026-10-13'],
  ['2026-11', '2026-11-10'],
  ['2026-12', '2026-12-08'],
  ['2027-01', '2027-01-12'],
  ['2027-02', '2027-02-09'],
  ['2027-03', '2027-03-09'],
  ['2027-04', '2027-04-13'],
];

const revision = (r: Release | undefined): number => Number(r?.build.split('.')[1]);

describe('synthetic months after 2026-06', () => {
  it.each(['2026-07', '2026-10', '2027-01', '2027-04', '2027-07'])(
    'DOMAIN 5: %s follows the planned cycle: a baseline, SYNTHETIC-YYYY-MM-BASELINE, with a restart',
    (month) => {
      const offered = ReleaseCatalog.default().month(month);
      expect(offered?.type).toBe('baseline');
      expect(offered?.synthetic).toBe(true);
      expect(offered?.hotpatch).toBeUndefined();
      expect(offered?.restartUpdate).toMatchObject({
        kb: `SYNTHETIC-${month}-BASELINE`,
        type: 'baseline',
        month,
        restartRequired: true,
        synthetic: true,
      });
    },
  );

  it.each(['2026-08', '2026-09', '2026-11', '2026-12', '2027-02', '2027-03'])(
    'DOMAIN 5: %s follows the planned cycle: a hotpatch (no restart) and an LCU (restart)',
    (month) => {
      const offered = ReleaseCatalog.default().month(month);
      expect(offered?.type).toBe('hotpatch');
      expect(offered?.synthetic).toBe(true);
      expect(offered?.hotpatch).toMatchObject({
        kb: `SYNTHETIC-${month}-HOTPATCH`,
        type: 'hotpatch',
        month,
        restartRequired: false,
        synthetic: true,
      });
      expect(offered?.restartUpdate).toMatchObject({
        kb: `SYNTHETIC-${month}-LCU`,
        type: 'lcu',
        month,
        restartRequired: true,
        synthetic: true,
      });
    },
  );

  it.each(PATCH_TUESDAYS)(
    'DOMAIN 5: synthetic releases of %s come out on Patch Tuesday, %s',
    (month, date) => {
      const catalog = ReleaseCatalog.default();
      const offered = catalog.month(month);
      expect(offered?.date).toBe(date);
      expect(offered?.restartUpdate.date).toBe(date);
      if (offered?.hotpatch) expect(offered.hotpatch.date).toBe(date);
    },
  );

  it('DOMAIN 5: synthetic builds keep rising past 26100.32995, and a hotpatch has its own build', () => {
    const catalog = ReleaseCatalog.default();
    let previous = LAST_KNOWN_REVISION;
    for (const month of monthsBetween('2026-07', '2028-12')) {
      const offered = catalog.month(month);
      if (offered?.hotpatch) {
        expect(revision(offered.hotpatch)).toBeGreaterThan(previous);
        expect(revision(offered.restartUpdate)).toBeGreaterThan(revision(offered.hotpatch));
      } else {
        expect(revision(offered?.restartUpdate)).toBeGreaterThan(previous);
      }
      previous = revision(offered?.restartUpdate);
    }
  });

  it('DOMAIN 5: a synthetic build is a Windows Server 2025 build (26100.x)', () => {
    expect(ReleaseCatalog.default().month('2027-05')?.hotpatch?.build).toMatch(/^26100\.\d+$/);
  });

  it('get of a synthetic id works before month() was called', () => {
    const catalog = ReleaseCatalog.default();
    expect(catalog.get('SYNTHETIC-2026-08-HOTPATCH')).toMatchObject({
      kb: 'SYNTHETIC-2026-08-HOTPATCH',
      type: 'hotpatch',
      month: '2026-08',
      date: '2026-08-11',
      synthetic: true,
    });
    expect(catalog.get('SYNTHETIC-2026-08-HOTPATCH')).toBe(catalog.month('2026-08')?.hotpatch);
  });

  it('gives the same objects on repeated calls', () => {
    const catalog = ReleaseCatalog.default();
    expect(catalog.month('2026-09')).toBe(catalog.month('2026-09'));
    expect(catalog.get('SYNTHETIC-2026-09-LCU')).toBe(catalog.get('SYNTHETIC-2026-09-LCU'));
    expect(catalog.get('SYNTHETIC-2026-09-LCU')).toBe(catalog.month('2026-09')?.restartUpdate);
  });

  test.prop([fc.shuffledSubarray(monthsBetween('2026-07', '2027-12'), { minLength: 1 })])(
    'gives the same values whatever order the months are asked for in',
    (order) => {
      const inOrder = ReleaseCatalog.default();
      const expected = monthsBetween('2026-07', '2027-12').map((m) => inOrder.month(m));
      const shuffled = ReleaseCatalog.default();
      for (const m of order) shuffled.month(m);
      expect(monthsBetween('2026-07', '2027-12').map((m) => shuffled.month(m))).toEqual(expected);
    },
  );

  it.each([
    'SYNTHETIC-2025-11-HOTPATCH',
    'SYNTHETIC-2025-11-LCU',
    'SYNTHETIC-2026-01-BASELINE',
    'SYNTHETIC-2026-06-BASELINE',
    'SYNTHETIC-2026-06-HOTPATCH',
  ])('get of %s, a synthetic id for a known month, is undefined', (kb) => {
    expect(ReleaseCatalog.default().get(kb)).toBeUndefined();
  });

  it('get of a synthetic id the planned cycle does not have is undefined', () => {
    const catalog = ReleaseCatalog.default();
    expect(catalog.get('SYNTHETIC-2026-08-BASELINE')).toBeUndefined();
    expect(catalog.get('SYNTHETIC-2026-07-HOTPATCH')).toBeUndefined();
  });

  it.each(['2026-13', '2027-1', '2027-00', '2027-7-1'])(
    'a malformed month (%s) is undefined, never made up',
    (month) => {
      const catalog = ReleaseCatalog.default();
      expect(catalog.month(month)).toBeUndefined();
      expect(catalog.get(`SYNTHETIC-${month}-HOTPATCH`)).toBeUndefined();
      expect(catalog.get(`SYNTHETIC-${month}-BASELINE`)).toBeUndefined();
    },
  );

  it('synthetic releases are not listed with the known ones', () => {
    const catalog = ReleaseCatalog.default();
    catalog.month('2027-03');
    expect(catalog.releases().some((r) => r.synthetic)).toBe(false);
    expect(catalog.releases().at(-1)?.kb).toBe('KB5094125');
  });

  it('DOMAIN 5: a synthetic hotpatch installs on the latest (synthetic) baseline and the hotpatches since', () => {
    const catalog = ReleaseCatalog.default();
    const rules = defaultRules();
    const september = catalog.get('SYNTHETIC-2026-09-HOTPATCH');
    if (!september) throw new Error('no synthetic September 2026 hotpatch');
    expect([...hotpatchBases(catalog, rules, september)].sort()).toEqual([
      'SYNTHETIC-2026-07-BASELINE',
      'SYNTHETIC-2026-08-HOTPATCH',
    ]);
  });

  it('DOMAIN 5: a machine on a synthetic hotpatch already has that month', () => {
    const catalog = ReleaseCatalog.default();
    const august = catalog.month('2026-08');
    const hotpatch = catalog.get('SYNTHETIC-2026-08-HOTPATCH');
    if (!august || !hotpatch) throw new Error('no synthetic August 2026');
    const onIt = {
      kb: hotpatch.kb,
      build: hotpatch.build,
      editionSupported: true,
      vbsRunning: true,
      enrolled: true,
      licenseValid: true,
    };
    expect(decideOffer(catalog, defaultRules(), august, onIt)).toBeUndefined();
  });
});
