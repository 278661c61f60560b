// The floor the emulators are measured against: the same monthly Windows Update decisions for the
// benchmark fleet, computed from plain objects (no registry, services, agent, control plane, event
// log or report), with the same catalog, rules and per-machine license draw.
import {
  decideOffer,
  defaultRules,
  licenseBugApplies,
  monthsBetween,
  ReleaseCatalog,
} from '../simulators/windows-update/index.js';
import { startingKb } from '../src/engine/build-world.js';
import { Random } from '../src/engine/random.js';
import { expandFleet } from '../src/scenario/expand.js';
import type { Scenario } from '../src/scenario/schema.js';

/** What the loop decided: machine-months per kind, and restarts. */
export interface BareTally {
  hotpatch: number;
  baseline: number;
  lcu: number;
  restarts: number;
}

/** Runs the loop over a scenario of the benchmark's shape (bench/fleet-scenario.ts). */
export function bareLoop(
  scenario: Scenario,
  catalog = ReleaseCatalog.default(),
  rules = defaultRules(),
  onDecision?: (machine: string, month: string, kind: string) => void,
): BareTally {
  const tally: BareTally = { hotpatch: 0, baseline: 0, lcu: 0, restarts: 0 };
  const start = `${scenario.period.from}-01`;
  const months = monthsBetween(scenario.period.from, scenario.period.to).flatMap((m) => {
    const release = catalog.month(m);
    return release ? [release] : [];
  });
  const workaround = scenario.events.find((e) => e.playbook === 'october-2025-workaround-option-2');
  const random = Random.fromSeed(scenario.seed);
  for (const m of expandFleet(scenario.fleet)) {
    const azure = m.edition === 'datacenter-azure-edition';
    const arcEnrolled = m.hotpatch === 'enabled' && m.arc !== 'none' && !azure;
    const expires =
      scenario.knobs.licenseExpiry === 'always' ||
      (scenario.knobs.licenseExpiry === 'random' && random.split(`machine/${m.name}/license`).chance(0.5));
    const fixedFrom =
      workaround && m.template === (workaround.machines as string[])[0] ? workaround.at : undefined;
    let kb = startingKb(m, catalog, start);
    let lineKb = kb;
    let build = catalog.get(kb)?.build ?? '26100.1742';
    let expired = false;
    for (const month of months) {
      const blocked =
        licenseBugApplies(catalog, rules, {
          edition: m.edition,
          kb,
          registryValue: () => undefined,
          bootOverride: () => undefined,
        }) && !(fixedFrom !== undefined && fixedFrom < month.date);
      if (blocked && arcEnrolled && expires) expired = true;
      else if (!blocked) expired = false;
      const offer = decideOffer(catalog, rules, month, {
        kb,
        lineKb,
        build,
        editionSupported: true,
        vbsRunning: m.vbs === 'running',
        enrolled: azure || arcEnrolled, // Azure Edition has hotpatch on by default, without Arc (DOC)
        licenseValid: !expired,
      });
      if (!offer) continue;
      tally[offer.kind]++;
      onDecision?.(m.name, month.month, offer.kind);
      if (offer.release.restartRequired) tally.restarts++;
      kb = offer.release.kb;
      build = offer.release.build;
      if (!offer.release.keepsHotpatchLine) lineKb = kb;
    }
  }
  return tally;
}
