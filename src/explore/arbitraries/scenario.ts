import fc from 'fast-check';
import type { ReleaseCatalog } from '../../../simulators/windows-update/index.js';
import type { ScenarioInput } from '../../scenario/schema.js';
import { EVENT_KINDS, placeEvent, rawEventArbitrary, TEMPLATE_NAMES } from './events.js';
import { catalogReleases } from './kbs.js';
import { templateArbitrary } from './machine.js';
import { periodArbitrary, periodOf } from './period.js';
import { placeTime } from './time.js';

/** What the scenario generator may be told. */
export interface ScenarioArbitraryOptions {
  /** The catalog whose KBs machines start on and events install (default: the shipped one). */
  readonly catalog?: ReleaseCatalog;
  /** At most this many fleet templates (default 4, at most 6) and events (default 12). */
  readonly maxTemplates?: number;
  readonly maxEvents?: number;
}

const knobsArbitrary = fc.record(
  {
    licenseExpiry: fc.constantFrom('always', 'never', 'random'),
    disconnectedLicense: fc.constantFrom('kept', 'lost'),
    licenseMutex: fc.constantFrom('present', 'absent'),
    pricePerCoreMonth: fc.constantFrom(1.5, 0, 2.25),
  } as const,
  { requiredKeys: [] },
);

/**
 * Whole scenarios (format v1 input objects, valid for the loader and the world). Swarm testing:
 * each scenario first draws which kinds of events and faults are switched on at all, so rare
 * combinations (a restart that fails during a workaround, say) are reached; its events are drawn
 * among those kinds only. Everything shrinks towards fewer templates, machines and events.
 */
export function scenarioArbitrary(options: ScenarioArbitraryOptions = {}): fc.Arbitrary<ScenarioInput> {
  const maxTemplates = Math.min(options.maxTemplates ?? 4, TEMPLATE_NAMES.length);
  const releases = catalogReleases(options.catalog);
  return fc
    .record({
      seed: fc.nat(),
      period: periodArbitrary,
      manual: fc.oneof(
        { weight: 9, arbitrary: fc.constant(false) },
        { weight: 1, arbitrary: fc.constant(true) },
      ),
      knobs: knobsArbitrary,
      // Each template holds a slot (its name) of its own, so dropping one while shrinking renames none.
      fleet: fc.uniqueArray(
        fc.record({ slot: fc.nat(TEMPLATE_NAMES.length - 1), template: templateArbitrary(releases) }),
        { selector: (t) => t.slot, minLength: 1, maxLength: maxTemplates },
      ),
      swarm: fc.subarray([...EVENT_KINDS], { minLength: 1 }),
      events: fc.array(rawEventArbitrary(releases), { maxLength: options.maxEvents ?? 12 }),
    })
    .map((drawn): ScenarioInput => {
      const period = periodOf(drawn.period);
      const fleet = drawn.fleet.map(({ slot, template }) => ({
        name: TEMPLATE_NAMES[slot] as string,
        ...template,
      }));
      // Events with a time of their own first, so that `near-event` times have something to be near.
      const own = drawn.events
        .filter((e) => e.time.anchor !== 'near-event')
        .map((e) => placeTime(e.time, period));
      const events = drawn.events.map((e) => placeEvent(e, drawn.swarm, fleet, period, releases, own));
      return {
        name: 'explored',
        seed: drawn.seed,
        period,
        ...(Object.keys(drawn.knobs).length > 0 ? { knobs: drawn.knobs } : {}),
        ...(drawn.manual ? { updates: { mode: 'manual' as const } } : {}),
        fleet,
        ...(events.length > 0 ? { events } : {}),
      };
    });
}
