import type { ParameterType } from '../../../powershell/index.js';

/** Microsoft.Win32.RegistryValueKind, as Set-ItemProperty's dynamic -Type declares it (DOC). */
export const REGISTRY_VALUE_KIND: ParameterType = {
  enum: 'Microsoft.Win32.RegistryValueKind',
  values: ['Unknown', 'String', 'ExpandString', 'Binary', 'DWord', 'MultiString', 'QWord', 'None'],
  numbers: [0, 1, 2, 3, 4, 7, 11, -1],
};

/** The ShouldProcess target of a property operation (3P: `Item: HKEY_... Property: Name`). */
export const propertyTarget = (nativeKey: string, name: string): string =>
  `Item: ${nativeKey} Property: ${name}`;
