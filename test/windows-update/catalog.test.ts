import { describe, expect, it } from 'vitest';
import { CatalogError, ReleaseCatalog } from '../../simulators/windows-update/index.js';
import { thrown } from '../support/thrown.js';
import { ALL_DOMAIN_RELEASES, domainLcu, HOTPATCH_CALENDAR, REGULAR_LCUS } from './domain-tables.js';

const catalog = ReleaseCatalog.default();

describe('default catalog data', () => {
  it.each(HOTPATCH_CALENDAR.map((r) => [r.kb, r] as const))(
    'DOMAIN 5 hotpatch calendar: %s has the KB, month, date, build, type and grade of the table',
    (kb, expected) => {
      const release = catalog.get(kb);
      expect(release).toMatchObject({
        kb,
        type: expected.type,
        month: expected.month,
        date: expected.date,
        build: expected.build,
        grade: expected.grade,
      });
      expect(release?.synthetic).not.toBe(true);
    },
  );

  it.each(REGULAR_LCUS.map((r) => [r.kb, r] as const))(
    'DOMAIN 5 regular LCUs: %s has the KB, month, date, build and type of the table',
    (kb, expected) => {
      expect(catalog.get(kb)).toMatchObject({
        kb,
        type: expected.type,
        month: expected.month,
        date: expected.date,
        build: expected.build,
        grade: 'DOC',
      });
    },
  );

  it('DOMAIN 5: the catalog holds exactly the releases of the two tables, in date order', () => {
    const kbs = catalog.releases().map((r) => r.kb);
    expect([...kbs].sort()).toEqual(ALL_DOMAIN_RELEASES.map((r) => r.kb).sort());
    const dates = catalog.releases().map((r) => r.date);
    expect(dates).toEqual([...dates].sort());
  });

  it('DOMAIN 5: KB5094125, the June 2026 unplanned baseline, is graded 3P', () => {
    expect(catalog.get('KB5094125')).toMatchObject({ type: 'baseline', month: '2026-06', grade: '3P' });
  });

  it.each(ALL_DOMAIN_RELEASES.map((r) => [r.kb, r.type] as const))(
    'DOMAIN 5: hotpatches install without a restart, everything else restarts (%s, %s)',
    (kb, type) => {
      expect(catalog.get(kb)?.restartRequired).toBe(type !== 'hotpatch');
    },
  );

  it('DOMAIN 5: KB5070893 and KB5070881 share build 26100.6905', () => {
    expect(catalog.get('KB5070893')?.build).toBe('26100.6905');
    expect(catalog.get('KB5070881')?.build).toBe('26100.6905');
  });

  it('DOMAIN 5: the November 2025 hotpatch has its own KB and build, different from the LCU', () => {
    expect(catalog.get('KB5068966')).toMatchObject({ type: 'hotpatch', build: '26100.7092' });
    expect(catalog.get('KB5068861')).toMatchObject({ type: 'lcu', build: '26100.7171' });
  });

  it('DOMAIN 5: builds jump from 26100.7xxx to 26100.32xxx in January 2026', () => {
    const revision = (kb: string) => Number(catalog.get(kb)?.build.split('.')[1]);
    expect(revision('KB5072033')).toBeLessThan(8000);
    expect(revision('KB5073379')).toBeGreaterThanOrEqual(32000);
  });

  it('an unknown KB is undefined', () => {
    expect(catalog.get('KB9999999')).toBeUndefined();
    expect(catalog.get('kb5066835')).toBeUndefined();
  });
});

describe('month()', () => {
  it.each(HOTPATCH_CALENDAR.map((r) => [r.month, r] as const))(
    'DOMAIN 5: %s offers what the calendar says (type, restart update, hotpatch)',
    (month, row) => {
      const offered = catalog.month(month);
      expect(offered).toBeDefined();
      expect(offered?.month).toBe(month);
      expect(offered?.type).toBe(row.type);
      expect(offered?.date).toBe(row.date);
      expect(offered?.synthetic).toBe(false);
      if (row.type === 'baseline') {
        // "In baseline months the baseline KB is also the month's LCU."
        expect(offered?.restartUpdate.kb).toBe(row.kb);
        expect(offered?.hotpatch).toBeUndefined();
      } else {
        expect(offered?.restartUpdate.kb).toBe(domainLcu(month)?.kb);
        expect(offered?.restartUpdate.restartRequired).toBe(true);
        expect(offered?.hotpatch?.kb).toBe(row.kb);
      }
    },
  );

  it('DOMAIN 5: January, April, July and October 2025 are baseline months, the two after each hotpatch', () => {
    const types = ['2025-01', '2025-02', '2025-03', '2025-04', '2025-05', '2025-06'].map(
      (m) => catalog.month(m)?.type,
    );
    expect(types).toEqual(['baseline', 'hotpatch', 'hotpatch', 'baseline', 'hotpatch', 'hotpatch']);
  });

  it('DOMAIN 5: June 2026, a hotpatch month in the plan, is an unplanned baseline (KB5094125)', () => {
    const june = catalog.month('2026-06');
    expect(june?.type).toBe('baseline');
    expect(june?.restartUpdate.kb).toBe('KB5094125');
    expect(june?.hotpatch).toBeUndefined();
  });

  it.each(['2024-10', '2024-01', '2023-12', '2000-01'])(
    'DOMAIN 5: %s, before the first hotpatch month 2024-11, is undefined',
    (month) => {
      expect(catalog.month(month)).toBeUndefined();
    },
  );

  it('gives the same object on repeated calls', () => {
    expect(catalog.month('2025-11')).toBe(catalog.month('2025-11'));
  });
});

describe('ReleaseCatalog.parse errors', () => {
  const FILE = 'fixtures/bad-catalog.yaml';
  const entry = (kb: string, type: string, month: string, date: string, build: string, restart: boolean) => ({
    kb,
    type,
    month,
    date,
    build,
    restartRequired: restart,
    grade: 'DOC',
    source: 'test',
  });
  const GOOD = [
    entry('RTM', 'rtm', '2024-11', '2024-11-01', '26100.1742', true),
    entry('KB5046696', 'hotpatch', '2024-11', '2024-11-12', '26100.2240', false),
    entry('KB5046617', 'lcu', '2024-11', '2024-11-12', '26100.2314', true),
    entry('KB5050009', 'baseline', '2025-01', '2025-01-14', '26100.2894', true),
  ];
  const file = (releases: unknown[]) =>
    JSON.stringify(
      { format: 'hotpatch-harness/catalog@1', product: 'Windows Server 2025', releases },
      null,
      2,
    );
  const parseError = (text: string): CatalogError => {
    const error = thrown(() => ReleaseCatalog.parse(text, FILE));
    expect(error).toBeInstanceOf(CatalogError);
    return error as CatalogError;
  };

  it('reads a well-formed catalog', () => {
    const small = ReleaseCatalog.parse(file(GOOD), FILE);
    expect(small.month('2024-11')?.hotpatch?.kb).toBe('KB5046696');
    expect(small.month('2025-01')?.restartUpdate.kb).toBe('KB5050009');
  });

  it('a KB listed twice names the file and the second entry', () => {
    const error = parseError(
      file([...GOOD, entry('KB5046617', 'lcu', '2024-12', '2024-12-10', '26100.2605', true)]),
    );
    expect(error.message).toMatch(/^fixtures\/bad-catalog\.yaml: releases\[4\] \(KB5046617\): .*KB5046617/);
    expect(error.file).toBe(FILE);
    expect(error.entry).toBe('releases[4] (KB5046617)');
  });

  it('DOMAIN 5: a hotpatch with restartRequired true is an error naming the entry', () => {
    const bad: unknown[] = [...GOOD];
    bad[1] = entry('KB5046696', 'hotpatch', '2024-11', '2024-11-12', '26100.2240', true);
    const error = parseError(file(bad));
    expect(error.message).toMatch(
      /^fixtures\/bad-catalog\.yaml: releases\[1\] \(KB5046696\): .*restartRequired/,
    );
  });

  it('installableOn naming a KB not in the catalog is an error naming the entry and the KB', () => {
    const bad: unknown[] = [...GOOD];
    bad[1] = { ...GOOD[1], installableOn: ['RTM', 'KB1234567'] };
    const error = parseError(file(bad));
    expect(error.message).toMatch(/^fixtures\/bad-catalog\.yaml: releases\[1\] \(KB5046696\): .*KB1234567/);
  });

  it.each(['10.0.26100.2314', '26100', '26100.abc', 'build 26100.2314'])(
    'a bad build string (%s) is an error naming the entry and the field',
    (build) => {
      const bad: unknown[] = [...GOOD];
      bad[2] = entry('KB5046617', 'lcu', '2024-11', '2024-11-12', build, true);
      const error = parseError(file(bad));
      expect(error.message).toMatch(/^fixtures\/bad-catalog\.yaml: releases\[2\] \(KB5046617\): build/);
    },
  );

  it('an unknown key is an error naming the entry and the key', () => {
    const bad: unknown[] = [...GOOD];
    bad[3] = { ...GOOD[3], restartNeeded: true };
    const error = parseError(file(bad));
    expect(error.message).toMatch(
      /^fixtures\/bad-catalog\.yaml: releases\[3\] \(KB5050009\): .*restartNeeded/,
    );
  });

  it('DOMAIN 5: two baselines in one month is an error naming the second one', () => {
    const error = parseError(
      file([...GOOD, entry('KB5050010', 'baseline', '2025-01', '2025-01-28', '26100.2900', true)]),
    );
    expect(error.message).toMatch(/^fixtures\/bad-catalog\.yaml: releases\[4\] \(KB5050010\): .*2025-01/);
  });

  it('an entry without a KB is named by its index', () => {
    const { kb: _kb, ...noKb } = GOOD[2] ?? {};
    const error = parseError(file([GOOD[0], GOOD[1], noKb, GOOD[3]]));
    expect(error.message).toMatch(/^fixtures\/bad-catalog\.yaml: releases\[2\]: kb/);
  });

  it.each([
    ['an unclosed flow sequence', 'format: hotpatch-harness/catalog@1\nreleases: [\n'],
    ['a duplicate key', 'format: hotpatch-harness/catalog@1\nformat: again\nreleases: []\n'],
    ['a mapping nested in a scalar line', 'format: x\n  releases:\n - kb: 1\n'],
    ['an unclosed quote', 'releases:\n  - kb: "KB1\n'],
  ])('malformed YAML (%s) is a CatalogError naming the file', (_what, text) => {
    const error = parseError(text);
    expect(error.message.startsWith(`${FILE}: `)).toBe(true);
    expect(error.file).toBe(FILE);
  });

  it('a file without the format line is an error naming the file', () => {
    const error = parseError(JSON.stringify({ product: 'x', releases: GOOD }));
    expect(error.message.startsWith(`${FILE}: `)).toBe(true);
    expect(error.message).toContain('format');
  });
});
