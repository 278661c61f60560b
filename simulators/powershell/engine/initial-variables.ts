import { PSHashtable } from '../values/hashtable.js';
import type { PSValue } from '../values/value.js';
import type { Runtime } from './runtime.js';

/**
 * The variables a fresh Windows PowerShell 5.1 session has (DOC: about_Preference_Variables,
 * about_Automatic_Variables): preference defaults, $Error, $PSVersionTable. ASSUME: the version
 * table reports 5.1 on build 26100 (Windows Server 2025).
 */
export function initializeGlobals(rt: Runtime, extra: Readonly<Record<string, PSValue>>): void {
  const global = rt.global;
  global.set('ErrorActionPreference', 'Continue');
  global.set('WarningPreference', 'Continue');
  global.set('VerbosePreference', 'SilentlyContinue');
  global.set('DebugPreference', 'SilentlyContinue');
  global.set('InformationPreference', 'SilentlyContinue');
  global.set('ProgressPreference', 'Continue');
  global.set('ConfirmPreference', 'High');
  global.set('WhatIfPreference', false);
  global.set('MaximumErrorCount', 256);
  global.set('FormatEnumerationLimit', 4);
  global.set('Error', rt.errors);
  const version = new PSHashtable();
  version.set('PSVersion', '5.1.26100.1');
  version.set('PSEdition', 'Desktop');
  version.set('BuildVersion', '10.0.26100.1');
  version.set('CLRVersion', '4.0.30319.42000');
  global.set('PSVersionTable', version);
  for (const [name, value] of Object.entries(extra)) global.set(name, value);
}
