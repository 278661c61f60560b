import { armErrors } from '../error-factory.js';
import type { ArcMachineFacts } from '../machine-source.js';

/** DOMAIN 1 (DOC): Windows Server 2025, build 26100.1742 or later. */
const MIN_BUILD = 26100;
const MIN_REVISION = 1742;

/**
 * Refuses a hotpatch change the machine can never take, at once (ASSUME: the RP checks the edition
 * and OS synchronously; VBS is checked later, during enrollment, DOC). Azure Edition has hotpatch
 * on by default without Arc (DOC): Arc can neither enroll it nor take it off (ASSUME: both are
 * refused alike; a Disabled profile would contradict the hotpatches the machine keeps getting).
 */
export function checkHotpatchChange(facts: ArcMachineFacts, action: 'enable' | 'disable'): void {
  if (facts.edition === 'datacenter-azure-edition') throw armErrors.hotpatchOnAzureEdition(facts.name);
  if (action === 'enable') checkSupportedOs(facts);
}

function checkSupportedOs(facts: ArcMachineFacts): void {
  const [major, minor, build, revision] = facts.osVersion.split('.').map(Number);
  const server2025 = /windows server 2025/i.test(facts.osSku) && major === 10 && minor === 0;
  const recent = build === MIN_BUILD && (revision ?? 0) >= MIN_REVISION;
  if (!server2025 || !recent)
    throw armErrors.hotpatchUnsupportedOs(facts.name, `${facts.osSku} ${facts.osVersion}`);
}
