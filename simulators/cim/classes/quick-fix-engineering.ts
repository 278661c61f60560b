import type { CimHost, HostHotFix } from '../host.js';
import { CIMV2 } from '../namespace.js';
import { defineClass, prop } from './define.js';
import { managedElement } from './managed-element.js';

interface Row {
  readonly host: CimHost;
  readonly fix: HostHotFix;
}

/**
 * The KB article link QFE gives: security updates link the new help URL, others the old kbid
 * form (3P: `wmic qfe` and Get-HotFix output on Windows 10/11 and Server 2019-2025).
 */
const caption = ({ hotFixId, description }: HostHotFix) => {
  const number = hotFixId.replace(/^KB/i, '');
  return description === 'Security Update'
    ? `https://support.microsoft.com/help/${number}`
    : `http://support.microsoft.com/?kbid=${number}`;
};

/** InstalledOn is a string, the day in en-US short form, `3/4/2025` (DOC type; 3P format). */
const day = (ms: number) => {
  const d = new Date(ms);
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()}`;
};

/** Win32_QuickFixEngineering: one instance per installed update, in install order (DOC names and types). */
export const WIN32_QUICK_FIX_ENGINEERING = defineClass<Row>(
  'Win32_QuickFixEngineering',
  CIMV2,
  (host) => host.hotFixes().map((fix) => ({ host, fix })),
  [
    ...managedElement<Row>({
      caption: (r) => caption(r.fix),
      description: (r) => r.fix.description,
      name: () => null, // empty on real machines (3P)
      status: () => null,
    }),
    prop('CSName', 'String', (r) => r.host.computerName()),
    prop('FixComments', 'String', () => ''), // blank on real machines (3P)
    prop('HotFixID', 'String', (r) => r.fix.hotFixId),
    prop('InstalledBy', 'String', (r) => r.fix.installedBy),
    prop('InstalledOn', 'String', (r) => day(r.fix.installedOn)),
    prop('ServicePackInEffect', 'String', () => ''),
  ],
);
