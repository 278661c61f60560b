/** The oracles: "always" properties checked on every run, "sometimes" properties for coverage. */
import { azureEditionLicense } from './azure-edition-license.js';
import { baselineRestarts } from './baseline-restarts.js';
import { enrollmentNeedsVbs } from './enrollment-needs-vbs.js';
import { eventsInOrder } from './events-in-order.js';
import { exactUpdateHotpatches } from './exact-update-hotpatches.js';
import { hotpatchPrerequisites } from './hotpatch-prerequisites.js';
import { hotpatchWithoutRestart } from './hotpatch-without-restart.js';
import { kb5070881OffLine } from './kb5070881-off-line.js';
import { licenseBackAfterBoot } from './license-back-after-boot.js';
import { licenseExpiryKnob } from './license-expiry-knob.js';
import { licensingWindow } from './licensing-window.js';
import { noUpdateBeforeRelease } from './no-update-before-release.js';
import { noVbsNoHotpatch } from './no-vbs-no-hotpatch.js';
import { offLineUntilBaseline } from './off-line-until-baseline.js';
import type { Oracle, Sometimes } from './oracle.js';
import { restartReasons } from './restart-reasons.js';
import { runCompletes } from './run-completes.js';
import { LICENSING_SOMETIMES } from './sometimes-licensing.js';
import { SCRIPT_SOMETIMES } from './sometimes-scripts.js';
import { UPDATE_SOMETIMES } from './sometimes-updates.js';
import { workaroundClaim } from './workaround-claim.js';
import { workaroundNeedsRestart } from './workaround-needs-restart.js';

export type { MachineFacts, RunFacts } from './facts.js';
export type { Oracle, Sometimes, Violation } from './oracle.js';
export { FactRecorder } from './recorder.js';
export { runFailed } from './run-completes.js';
export type { MachineSnapshot } from './snapshot.js';

/** Every "always" property, in the order reports list them. */
export const ORACLES: readonly Oracle[] = [
  runCompletes,
  baselineRestarts,
  azureEditionLicense,
  kb5070881OffLine,
  exactUpdateHotpatches,
  workaroundNeedsRestart,
  licenseBackAfterBoot,
  licensingWindow,
  licenseExpiryKnob,
  workaroundClaim,
  noVbsNoHotpatch,
  hotpatchPrerequisites,
  restartReasons,
  hotpatchWithoutRestart,
  enrollmentNeedsVbs,
  offLineUntilBaseline,
  noUpdateBeforeRelease,
  eventsInOrder,
];

/** Every "sometimes" property. */
export const SOMETIMES: readonly Sometimes[] = [
  ...LICENSING_SOMETIMES,
  ...UPDATE_SOMETIMES,
  ...SCRIPT_SOMETIMES,
];
