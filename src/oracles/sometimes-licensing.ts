import { type MachineFacts, transitions } from './facts.js';
import type { Sometimes } from './oracle.js';
import { eventsOf, monthsOf, notOlder } from './report-facts.js';

const any = (machines: ReadonlyMap<string, MachineFacts>, test: (m: MachineFacts) => boolean): boolean =>
  [...machines.values()].some(test);
const NOVEMBER_2025_PATCH_TUESDAY = '2025-11-11T18:00:00.000Z';

/** Licensing and enrollment situations an exploration should reach (DOMAIN.md 3, 6B). */
export const LICENSING_SOMETIMES: readonly Sometimes[] = [
  {
    id: 'license-expired',
    cites: 'DOMAIN.md 6B',
    statement: 'the hotpatch license of an enrolled machine expired',
    fired: (_r, _s, facts) => any(facts.machines, (m) => m.timeline.some((s) => s.licenseExpired)),
  },
  {
    id: 'workaround-rescued',
    cites: 'DOMAIN.md 6B',
    statement:
      'a workaround brought an expired license back and the machine then got a Nov/Dec 2025 hotpatch',
    fired: (report, _s, facts) =>
      any(
        facts.machines,
        (m) =>
          transitions(m).some(([a, b]) => a.licenseExpired && !b.licenseExpired && b.overrideBooted) &&
          monthsOf(report, m.name).some(
            (x) => (x.month === '2025-11' || x.month === '2025-12') && x.kind === 'hotpatch',
          ),
      ),
  },
  {
    id: 'late-workaround',
    cites: 'DOMAIN.md 6B',
    statement:
      'a workaround ran after the November 2025 Patch Tuesday on a machine that had restarted for its expired license',
    fired: (report, _s, facts) =>
      any(
        facts.machines,
        (m) =>
          monthsOf(report, m.name).some(
            (x) => x.month === '2025-11' && x.reasons.includes('license-expired'),
          ) &&
          eventsOf(report, m.name, 'playbook').some(
            (e) =>
              e.at > NOVEMBER_2025_PATCH_TUESDAY &&
              /^october-2025-workaround-option-[12]: started$/.test(e.detail),
          ),
      ),
  },
  {
    id: 'workaround-without-restart',
    cites: 'DOMAIN.md 6B',
    statement: 'a Patch Tuesday found the override written but not yet read at a boot, on an expired license',
    fired: (_r, _s, facts) =>
      any(facts.machines, (m) =>
        [...m.patchTuesdays.values()].some((s) => s.overrideWritten && !s.overrideBooted && s.licenseExpired),
      ),
  },
  {
    id: 'license-fixed-by-baseline',
    cites: 'DOMAIN.md 6B',
    statement: 'an expired license came back with the January 2026 baseline',
    fired: (_r, _s, facts) =>
      any(facts.machines, (m) =>
        transitions(m).some(
          ([a, b]) => a.licenseExpired && !b.licenseExpired && notOlder(facts.catalog, b.kb, 'KB5073379'),
        ),
      ),
  },
  {
    id: 'enrollment-stuck',
    cites: 'DOMAIN.md 3, 6B',
    statement: 'an enrollment was still pending (Enabling) at a Patch Tuesday',
    fired: (_r, _s, facts) =>
      any(facts.machines, (m) => [...m.patchTuesdays.values()].some((s) => s.hotpatch === 'Enabling')),
  },
  {
    id: 'enrollment-failed',
    cites: 'DOMAIN.md 3',
    statement: 'enabling hotpatch failed because VBS did not run',
    fired: (_r, _s, facts) => any(facts.machines, (m) => m.timeline.some((s) => s.hotpatch === 'Failed')),
  },
  {
    id: 'enrolled-machine-disconnected',
    cites: 'DOMAIN.md 4',
    statement: 'an enrolled Arc machine was disconnected at a Patch Tuesday',
    fired: (_r, _s, facts) =>
      any(
        facts.machines,
        (m) =>
          !m.azureEdition &&
          [...m.patchTuesdays.values()].some((s) => s.hotpatch === 'Enabled' && !s.connected),
      ),
  },
];
