import fc from 'fast-check';
import { ReleaseCatalog } from '../../../simulators/windows-update/index.js';

/** The October 2025 updates whose outcomes differ (DOMAIN.md 6A): drawn most often. */
const OCTOBER_2025 = ['KB5066835', 'KB5070773', 'KB5070881', 'KB5070893'] as const;
/** Around them: September's hotpatch, November and December's hotpatch and LCU, January's baseline. */
const AROUND = ['KB5065474', 'KB5068966', 'KB5068861', 'KB5072014', 'KB5072033', 'KB5073379'] as const;

/** A catalog release as the generators need it: its KB and release date. */
export interface KbRelease {
  readonly kb: string;
  readonly date: string;
}

let shipped: readonly KbRelease[] | undefined;

/** Every release of a catalog (default: the shipped one) that has a KB, in date order. */
export function catalogReleases(catalog?: ReleaseCatalog): readonly KbRelease[] {
  if (!catalog) {
    shipped ??= catalogReleases(ReleaseCatalog.default());
    return shipped;
  }
  return catalog
    .releases()
    .filter((r) => r.kb !== 'RTM')
    .map(({ kb, date }) => ({ kb, date }));
}

/**
 * Any catalog KB, biased towards the October 2025 updates and the months around them, without
 * excluding the rest. Shrinks towards KB5066835, the October 2025 baseline.
 */
export function kbArbitrary(releases: readonly KbRelease[] = catalogReleases()): fc.Arbitrary<string> {
  const kbs = releases.map((r) => r.kb);
  const known = (list: readonly string[]) => list.filter((kb) => kbs.includes(kb));
  return fc.oneof(
    { withCrossShrink: true },
    { weight: 4, arbitrary: fc.constantFrom(...known(OCTOBER_2025)) },
    { weight: 2, arbitrary: fc.constantFrom(...known(AROUND)) },
    { weight: 2, arbitrary: fc.constantFrom(...kbs) },
  );
}

/** The `back`-th most recent release out by `day` (`YYYY-MM-DD`); the first release when none is. */
export function releasedBy(releases: readonly KbRelease[], day: string, back: number): string {
  const out = releases.filter((r) => r.date <= day);
  const pick = out.length > 0 ? out[Math.max(0, out.length - 1 - (back % out.length))] : releases[0];
  return pick?.kb ?? 'KB5066835';
}
