import { armErrors } from '../error-factory.js';
import type { ArcMachineFacts } from '../machine-source.js';

/** DOMAIN 1 (DOC): Windows Server 2025, build 26100.1742 or later. */
const MIN_BUILD = 26100;
const MIN_REVISION = 1742;

/**
 * Refuses a hotpatch enrollment the machine can never take, at once (ASSUME: the RP checks the
 * edition and OS synchronously; VBS is checked later, during enrollment, DOC). Azure Edition has
 * hotpatch on by default without Arc (DOC), so enrolling it through Arc is refused (ASSUME).
 */
export function checkHotpatchEligible(facts: ArcMachineFacts): void {
  if (facts.edition === 'datacenter-azure-edition') throw armErrors.hotpatchOnAzureEdition(facts.name);
  const [major, minor, build, revision] = facts.osVersion.split('.').map(Number);
  const server2025 = /windows server 2025/i.test(facts.osSku) && major === 10 && minor === 0;
  const recent = build === MIN_BUILD && (revision ?? 0) >= MIN_REVISION;
  if (!server2025 || !recent)
    throw armErrors.hotpatchUnsupportedOs(facts.name, `${facts.osSku} ${facts.osVersion}`);
}
