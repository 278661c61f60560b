import fc from 'fast-check';
import { parseUtc } from '../../../simulators/shared/clock.js';
import { baselineBefore, nextMonth, releaseAt } from './agreement.js';
import { armCommands } from './arm-commands.js';
import { release } from './calendar.js';
import { heartbeatsTo } from './heartbeats.js';
import {
  advance,
  installAndRestart,
  patchTuesday,
  requestHotpatch,
  restart,
  settle,
  stopHimds,
} from './operations.js';
import { playbook } from './playbook-model.js';
import { scriptCommands } from './script-commands.js';
import { always, type Step, step } from './step.js';

const MINUTE = 60_000;

/**
 * Every operation on the machine, as fast-check commands: waits, Patch Tuesdays, restarts,
 * hotpatch requests, playbooks, faults, installs, then the shipped scripts and raw ARM requests.
 */
export const modelCommands: fc.Arbitrary<Step>[] = [
  fc
    .oneof(
      fc.integer({ min: 1, max: 59 }),
      // Around the heartbeat interval and Azure's 15-minute timeout (DOMAIN.md 4).
      fc.integer({ min: 4, max: 21 }),
      fc.integer({ min: 60, max: 72 * 60 }),
      fc.integer({ min: 1, max: 40 }).map((d) => d * 24 * 60),
    )
    .map((minutes) =>
      step(`advance ${minutes} min`, always, (s, e) => {
        advance(s, s.now + minutes * MINUTE);
        e.advance(s.now);
      }),
    ),
  fc.constant(
    step(
      'patch tuesday',
      (s) => nextMonth(s) !== undefined && s.staged.length === 0,
      (s, e) => {
        const month = nextMonth(s);
        if (!month) return;
        advance(s, releaseAt(month.date));
        patchTuesday(s, month, baselineBefore(month.date));
        e.patchTuesday(month.date.slice(0, 7));
      },
    ),
  ),
  fc.constant(
    step('restart', always, (s, e) => {
      restart(s);
      e.event({ restart: true });
    }),
  ),
  fc.constantFrom('enable', 'disable').map((action) =>
    step(`hotpatch ${action}`, always, (s, e) => {
      if (!s.azureEdition && s.arcAgent) requestHotpatch(s, action);
      else settle(s);
      e.event({ hotpatch: action });
    }),
  ),
  fc
    .constantFrom('enable-hotpatch', 'october-2025-workaround-option-1', 'october-2025-workaround-option-2')
    .map((name) =>
      step(`playbook ${name}`, always, (s, e) => {
        const end = s.now + 35 * MINUTE;
        playbook(s, name);
        advance(s, end);
        e.event({ playbook: name } as never);
        e.advance(end);
      }),
    ),
  fc.constantFrom('arc-disconnect', 'arc-reconnect', 'himds-stop', 'restart-fails').map((fault) =>
    step(`fault ${fault}`, always, (s, e) => {
      heartbeatsTo(s, s.now); // Azure takes the heartbeats up to now before the link changes
      if (fault === 'arc-disconnect') s.networkUp = false;
      if (fault === 'arc-reconnect') s.networkUp = true;
      if (fault === 'himds-stop') stopHimds(s);
      if (fault === 'restart-fails') s.restartFailsNext = true;
      settle(s);
      e.event({ fault });
    }),
  ),
  fc.constantFrom('KB5070881', 'KB5070893').map((kb) =>
    step(
      `install ${kb}`,
      // Released by now, on the October baseline, nothing pending (known issues install-before-release,
      // kb5070893-over-kb5070881 and pending-restart-update-ignored lie outside).
      (s) => s.kb === 'KB5066835' && s.staged.length === 0 && parseUtc(release(kb).date) <= s.now,
      (s, e) => {
        installAndRestart(s, kb);
        e.event({ install: kb });
      },
    ),
  ),
  ...scriptCommands,
  ...armCommands,
];
