import { serviceErrors } from '../../simulators/machine/service-errors.js';
import { type CommandDefinition, PSObject, type PSValue } from '../../simulators/powershell/index.js';
import { registryErrors } from '../../simulators/registry/errors.js';

const KIND = {
  enum: 'Microsoft.Win32.RegistryValueKind',
  values: ['Unknown', 'String', 'ExpandString', 'Binary', 'DWord', 'MultiString', 'QWord', 'None'],
};

/** Echoes what it was bound to: the parameter set and every parameter, as one object. */
const getThing: CommandDefinition = {
  name: 'Get-Thing',
  aliases: ['gth'],
  commandClass: 'Test.Commands.GetThingCommand',
  defaultParameterSet: 'ByName',
  parameters: [
    { name: 'Force', type: 'switch' },
    { name: 'Count', type: 'int' },
    { name: 'PropertyType', type: KIND, aliases: ['Type'] },
    { name: 'Progress', type: 'string' },
  ],
  parameterSets: [
    {
      name: 'ByName',
      parameters: [
        { name: 'Name', type: 'string[]', position: 0, mandatory: true, valueFromPipeline: true },
        { name: 'Path', type: 'string', position: 1 },
      ],
    },
    {
      name: 'ById',
      parameters: [{ name: 'Id', type: 'int', mandatory: true, valueFromPipelineByPropertyName: true }],
    },
  ],
  create: () => ({
    process(ctx) {
      const entries: [string, PSValue][] = [['Set', ctx.parameterSet]];
      for (const [name, value] of Object.entries(ctx.params)) entries.push([name, value]);
      ctx.writeOutput(new PSObject(undefined, entries));
    },
  }),
};

/** Raises the project's registry and service errors the way machine cmdlets will. */
const testErrors: CommandDefinition = {
  name: 'Test-Errors',
  aliases: ['terr'],
  commandClass: 'Test.Commands.TestErrorsCommand',
  parameters: [
    { name: 'Path', type: 'string', position: 0 },
    { name: 'Terminating', type: 'switch' },
    { name: 'Service', type: 'switch' },
  ],
  create: () => ({
    process(ctx) {
      const path = String(ctx.params.Path ?? 'HKLM:\\SOFTWARE\\Nope');
      const error =
        ctx.params.Service === true ? serviceErrors.notFound(path) : registryErrors.pathNotFound(path);
      if (ctx.params.Terminating === true) throw error;
      ctx.writeError(error);
      ctx.writeOutput('after the error');
    },
  }),
};

/** A command that needs confirmation (ConfirmImpact High), like Restart-Computer. */
const removeThing: CommandDefinition = {
  name: 'Remove-Thing',
  commandClass: 'Test.Commands.RemoveThingCommand',
  supportsShouldProcess: true,
  confirmImpact: 'High',
  parameters: [{ name: 'Name', type: 'string', position: 0, mandatory: true }],
  create: () => ({
    process(ctx) {
      if (ctx.shouldProcess(String(ctx.params.Name), 'Remove Thing'))
        ctx.writeOutput(`removed ${String(ctx.params.Name)}`);
    },
  }),
};

/** Asks for a restart, as Restart-Computer will. */
const restartThing: CommandDefinition = {
  name: 'Restart-Thing',
  commandClass: 'Test.Commands.RestartThingCommand',
  create: () => ({
    process(ctx) {
      ctx.requestRestart();
    },
  }),
};

/** The fake command table of the script host tests. */
export function fakeCommands(): CommandDefinition[] {
  return [getThing, testErrors, removeThing, restartThing];
}
