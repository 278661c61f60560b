import { ALL_SETS, type ParamSpec, type SetMembership } from './param-spec.js';
import { enumType, specType } from './parameter-types.js';

const NAMED: SetMembership = { mandatory: false, fromPipeline: false, byPropertyName: false };
const sets = new Map([[ALL_SETS, NAMED]]);

const ACTION = enumType('System.Management.Automation.ActionPreference', [
  'SilentlyContinue',
  'Stop',
  'Continue',
  'Inquire',
  'Ignore',
  'Suspend',
]);

function common(name: string, aliases: string[], type: Parameters<typeof specType>[0]): ParamSpec {
  const { typeName, convert, isSwitch } = specType(type);
  return { name, aliases, isSwitch, typeName, convert, sets, common: true };
}

/** DOC (about_CommonParameters, 5.1): the parameters every cmdlet and advanced function takes. */
export const COMMON_PARAMETERS: readonly ParamSpec[] = [
  common('Verbose', ['vb'], 'switch'),
  common('Debug', ['db'], 'switch'),
  common('ErrorAction', ['ea'], ACTION),
  common('WarningAction', ['wa'], ACTION),
  common('InformationAction', ['infa'], ACTION),
  common('ErrorVariable', ['ev'], 'string'),
  common('WarningVariable', ['wv'], 'string'),
  common('InformationVariable', ['iv'], 'string'),
  common('OutVariable', ['ov'], 'string'),
  common('OutBuffer', ['ob'], 'int'),
  common('PipelineVariable', ['pv'], 'string'),
];

/** DOC: -WhatIf and -Confirm, for commands that support ShouldProcess. */
export const SHOULD_PROCESS_PARAMETERS: readonly ParamSpec[] = [
  common('WhatIf', ['wi'], 'switch'),
  common('Confirm', ['cf'], 'switch'),
];
