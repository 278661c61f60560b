import { advance, requestHotpatch, restart, settle, stopHimds } from './operations.js';
import { type ModelState, vbsRunning } from './state.js';

const MINUTE = 60_000;

/** The three playbooks, step by step on the model's clock (src/playbooks describes them in prose). */
export function playbook(s: ModelState, name: string): void {
  if (name === 'october-2025-workaround-option-1') {
    s.overrideWritten = true;
    if (!restart(s)) return;
    advance(s, s.now + 3 * MINUTE);
    s.mutexPresent = false;
  } else if (name === 'october-2025-workaround-option-2') {
    // All in one step: the agent looks only after the restart.
    stopHimds(s);
    [s.overrideWritten, s.mutexPresent] = [true, false];
    restart(s);
  } else {
    if (!s.azureEdition && !s.arcAgent) return;
    if (!vbsRunning(s)) {
      if (!s.canRunVbs && s.vbsBooted) return;
      s.vbsConfigured = true;
      if (!restart(s)) return;
      advance(s, s.now + 3 * MINUTE);
      if (!vbsRunning(s) || s.azureEdition) {
        settle(s);
        return;
      }
    }
    if (!s.azureEdition && s.enrollment !== 'Enabled') requestHotpatch(s, 'enable');
  }
  settle(s);
}
