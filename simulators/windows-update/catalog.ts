import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import { CatalogError } from './catalog-error.js';
import type { MonthRelease } from './month-release.js';
import { monthsBetween } from './patch-tuesday.js';
import { catalogFileSchema, type Release, releaseSchema } from './release.js';
import { syntheticReleases } from './synthetic.js';

const DEFAULT_FILE = fileURLToPath(new URL('./catalog/windows-server-2025.yaml', import.meta.url));
const revision = (build: string): number => Number(build.split('.')[1]);
const describePath = (path: PropertyKey[]): string => path.map(String).join('.') || '(entry)';
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

let defaultCatalog: ReleaseCatalog | undefined;

/**
 * The Windows Server 2025 release catalog: every known release, what each month's Patch Tuesday
 * offers, and which updates each hotpatch installs on top of. Months past the known data follow
 * the planned cycle with synthetic releases, made on demand and the same every time.
 */
export class ReleaseCatalog {
  readonly #byKb = new Map<string, Release>();
  readonly #months = new Map<string, MonthRelease>();
  readonly #bases = new Map<string, ReadonlySet<string>>();
  readonly #lastKnownMonth: string;
  readonly #firstMonth: string;

  private constructor(releases: readonly Release[]) {
    for (const release of releases) this.#byKb.set(release.kb, release);
    const monthly = releases.filter((r) => r.type === 'baseline' || r.type === 'hotpatch');
    this.#firstMonth = monthly.map((r) => r.month).sort()[0] ?? '9999-12';
    this.#lastKnownMonth =
      monthly
        .map((r) => r.month)
        .sort()
        .at(-1) ?? '0000-01';
  }

  /** The catalog shipped with the harness (DOMAIN.md section 5). */
  static default(): ReleaseCatalog {
    // Read once per process: a catalog only derives (and keeps) what it is asked, so runs share it.
    defaultCatalog ??= ReleaseCatalog.fromFile(DEFAULT_FILE);
    return defaultCatalog;
  }

  /** Reads a catalog file (YAML or JSON). */
  static fromFile(path: string): ReleaseCatalog {
    let text: string;
    try {
      text = readFileSync(path, 'utf8');
    } catch (error) {
      throw new CatalogError(
        path,
        '(file)',
        `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`,
      );
    }
    return ReleaseCatalog.parse(text, path);
  }

  /** Parses and checks a catalog; a bad entry is an error naming the file and the entry. */
  static parse(text: string, file: string): ReleaseCatalog {
    let raw: unknown;
    try {
      raw = parseYaml(text, { version: '1.2', uniqueKeys: true });
    } catch (error) {
      throw new CatalogError(file, '(file)', (error as Error).message.split('\n')[0] ?? 'not YAML');
    }
    const top = catalogFileSchema.safeParse(raw);
    if (!top.success) {
      const issue = top.error.issues[0];
      throw new CatalogError(file, describePath(issue?.path ?? []), issue?.message ?? 'invalid');
    }
    const releases = top.data.releases.map((entry, i) => {
      const kb = (entry as { kb?: unknown })?.kb;
      const name = `releases[${i}]${typeof kb === 'string' ? ` (${kb})` : ''}`;
      const parsed = releaseSchema.safeParse(entry);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        throw new CatalogError(
          file,
          name,
          `${describePath(issue?.path ?? [])}: ${issue?.message ?? 'invalid'}`,
        );
      }
      return { release: parsed.data, name };
    });
    checkConsistency(releases, file);
    return new ReleaseCatalog(releases.map((r) => r.release));
  }

  /** A release by KB (synthetic ids too); undefined when unknown. */
  get(kb: string): Release | undefined {
    const known = this.#byKb.get(kb);
    if (known) return known;
    const synthetic = /^SYNTHETIC-(\d{4}-\d{2})-/.exec(kb);
    if (!synthetic?.[1] || synthetic[1] <= this.#lastKnownMonth) return undefined;
    this.month(synthetic[1]);
    return this.#byKb.get(kb);
  }

  /** Every known (not synthetic) release, in date order. */
  releases(): Release[] {
    return [...this.#byKb.values()].filter((r) => !r.synthetic).sort((a, b) => a.date.localeCompare(b.date));
  }

  /**
   * What the month's Patch Tuesday offers; undefined before the first hotpatch-line month, and for
   * anything not `YYYY-MM` (never made up).
   */
  month(month: string): MonthRelease | undefined {
    if (!MONTH.test(month) || month < this.#firstMonth) return undefined;
    const cached = this.#months.get(month);
    if (cached) return cached;
    const releases =
      month > this.#lastKnownMonth
        ? this.#synthesize(month)
        : [...this.#byKb.values()].filter((r) => r.month === month);
    const baseline = releases.find((r) => r.type === 'baseline');
    const hotpatch = releases.find((r) => r.type === 'hotpatch');
    const lcu = releases.find((r) => r.type === 'lcu');
    const restartUpdate = baseline ?? lcu;
    if (!restartUpdate) return undefined;
    const result: MonthRelease = baseline
      ? {
          month,
          date: baseline.date,
          type: 'baseline',
          restartUpdate,
          synthetic: baseline.synthetic === true,
        }
      : hotpatch
        ? {
            month,
            date: hotpatch.date,
            type: 'hotpatch',
            restartUpdate,
            hotpatch,
            synthetic: hotpatch.synthetic === true,
          }
        : { month, date: restartUpdate.date, type: 'baseline', restartUpdate, synthetic: false };
    this.#months.set(month, result);
    return result;
  }

  /**
   * The updates a hotpatch installs on top of: its `installableOn`, or else the latest baseline
   * before it, the hotpatches since, and the releases that keep the hotpatch line (DOC: a machine
   * must be on the latest baseline to get hotpatches).
   */
  hotpatchBases(hotpatch: Release): ReadonlySet<string> {
    const cached = this.#bases.get(hotpatch.kb);
    if (cached) return cached;
    let bases: Set<string>;
    if (hotpatch.installableOn) {
      bases = new Set(hotpatch.installableOn);
    } else {
      const earlier = [...this.#byKb.values()].filter((r) => r.date < hotpatch.date);
      const baseline = earlier
        .filter((r) => r.type === 'baseline' || r.type === 'rtm')
        .sort((a, b) => a.date.localeCompare(b.date))
        .at(-1);
      bases = new Set(baseline ? [baseline.kb] : []);
      for (const r of earlier) {
        if (baseline && r.date > baseline.date && (r.type === 'hotpatch' || r.keepsHotpatchLine))
          bases.add(r.kb);
      }
    }
    this.#bases.set(hotpatch.kb, bases);
    return bases;
  }

  #synthesize(month: string): Release[] {
    const monthsAfter = monthsBetween(this.#lastKnownMonth, month).length - 1;
    const last = this.releases().at(-1);
    const out = syntheticReleases(month, monthsAfter, last ? revision(last.build) : 0);
    // Earlier synthetic months first, so their releases exist as bases for this one.
    if (monthsAfter > 1) this.month(monthsBetween(this.#lastKnownMonth, month).at(-2) ?? month);
    for (const release of out) this.#byKb.set(release.kb, release);
    return out;
  }
}

function checkConsistency(entries: ReadonlyArray<{ release: Release; name: string }>, file: string): void {
  const seen = new Set<string>();
  for (const { release, name } of entries) {
    if (seen.has(release.kb)) throw new CatalogError(file, name, `kb: ${release.kb} appears twice`);
    seen.add(release.kb);
    if (!release.date.startsWith(release.month) && release.type !== 'rtm' && release.type !== 'out-of-band') {
      throw new CatalogError(file, name, `date: ${release.date} is not in month ${release.month}`);
    }
    if (release.type === 'hotpatch' && release.restartRequired) {
      throw new CatalogError(file, name, 'restartRequired: a hotpatch installs without a restart');
    }
    if (release.installableOn && release.type !== 'hotpatch') {
      throw new CatalogError(
        file,
        name,
        'installableOn: only hotpatches name the updates they install on top of',
      );
    }
  }
  for (const { release, name } of entries) {
    for (const base of release.installableOn ?? []) {
      if (!seen.has(base)) throw new CatalogError(file, name, `installableOn: ${base} is not in the catalog`);
    }
  }
  const monthly = new Map<string, string>();
  for (const { release, name } of entries) {
    if (release.type !== 'baseline' && release.type !== 'hotpatch') continue;
    const other = monthly.get(release.month);
    if (other) throw new CatalogError(file, name, `month: ${release.month} already has ${other}`);
    monthly.set(release.month, release.kb);
  }
}
