import { fc, test } from '@fast-check/vitest';
import { beforeAll, describe } from 'vitest';
import { loadPowerShellGrammar } from '../../simulators/powershell/index.js';
import { modelCommands } from '../../src/explore/model/commands.js';
import { EngineDriver } from '../../src/explore/model/driver.js';
import { initialModel, modelMachineArbitrary } from '../../src/explore/model/machine-setup.js';
import { propertyRuns } from '../../src/explore/property-runs.js';
import { timeoutFor } from './helpers.js';

describe('model-based: one machine against the abstract model of hotpatch eligibility', () => {
  beforeAll(() => loadPowerShellGrammar());

  test.prop([modelMachineArbitrary, fc.commands(modelCommands, { maxCommands: 30 })], {
    numRuns: propertyRuns(150),
  })(
    'after every install, restart, Patch Tuesday, hotpatch request, playbook, script, ARM request, fault and wait, model and emulator agree',
    (spec, commands) => {
      const engine = new EngineDriver(spec);
      fc.modelRun(() => ({ model: initialModel(spec, engine.now), real: engine }), commands);
    },
    timeoutFor(propertyRuns(150), 10),
  );
});
