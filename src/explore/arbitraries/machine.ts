import fc from 'fast-check';
import { canRunVbs } from '../../../simulators/machine/index.js';
import { hardwareOf } from '../../engine/build-world.js';
import type { FleetEntry } from '../../scenario/schema.js';
import { type KbRelease, kbArbitrary } from './kbs.js';

/** A fleet template as written in a scenario (input form: defaults may be left out). */
export type TemplateInput = Omit<Partial<FleetEntry>, 'name'>;

/** The schema's defaults (src/scenario/schema.ts): left out of generated templates to keep them short. */
const DEFAULTS: Readonly<Record<string, unknown>> = {
  count: 1,
  edition: 'datacenter',
  installation: 'core',
  platform: 'hyperv-gen2',
  vbs: 'running',
  arc: 'connected',
  hotpatch: 'disabled',
  cores: 4,
};

/**
 * Makes a drawn template one the world accepts (build-world.ts `worldIssues`): a Gen 1 VM boots
 * BIOS, BIOS has no Secure Boot, VBS runs only where the hardware can run it (else it is only
 * configured), and hotpatch starts enabled only with VBS running and Arc (or on Azure Edition).
 */
export function validTemplate(drawn: FleetEntry): TemplateInput {
  const t = { ...drawn };
  if (t.platform === 'hyperv-gen1' && t.firmware === 'uefi') t.firmware = undefined;
  const firmware = t.platform === 'hyperv-gen1' ? 'bios' : (t.firmware ?? 'uefi');
  if (firmware === 'bios' && t.secureBoot === true) t.secureBoot = undefined;
  if (t.vbs === 'running' && !canRunVbs(hardwareOf(t))) t.vbs = 'configured';
  const arcOk = t.arc !== 'none' || t.edition === 'datacenter-azure-edition';
  if (t.hotpatch === 'enabled' && (!arcOk || t.vbs !== 'running')) t.hotpatch = 'disabled';
  const { name: _name, ...rest } = t;
  return Object.fromEntries(
    Object.entries(rest).filter(([key, value]) => value !== undefined && DEFAULTS[key] !== value),
  ) as TemplateInput;
}

const count = fc.oneof(
  { withCrossShrink: true },
  { weight: 5, arbitrary: fc.constant(1) },
  { weight: 3, arbitrary: fc.integer({ min: 2, max: 3 }) },
  { weight: 1, arbitrary: fc.integer({ min: 4, max: 12 }) },
);
const cores = fc.oneof(
  { withCrossShrink: true },
  fc.constantFrom(4, 8, 16),
  fc.integer({ min: 1, max: 1024 }),
);

/** Any template: every field drawn on its own, then made valid. */
const anyTemplate = (releases: readonly KbRelease[]) =>
  fc.record({
    name: fc.constant('t'),
    count,
    edition: fc.constantFrom('datacenter', 'standard', 'datacenter-azure-edition'),
    installation: fc.constantFrom('core', 'desktop'),
    platform: fc.constantFrom('hyperv-gen2', 'physical', 'vmware', 'azure', 'hyperv-gen1'),
    firmware: fc.constantFrom(undefined, 'uefi', 'bios'),
    secureBoot: fc.constantFrom(undefined, true, false),
    vbs: fc.constantFrom('running', 'configured', 'disabled'),
    arc: fc.constantFrom('connected', 'disconnected', 'none'),
    hotpatch: fc.constantFrom('disabled', 'enabled'),
    installed: fc.option(kbArbitrary(releases), { nil: undefined, freq: 3 }),
    cores,
  } as const);

/** An enrolled, VBS-capable template: the machines the October 2025 incidents hit. */
const enrolledTemplate = (releases: readonly KbRelease[]) =>
  fc.record({
    name: fc.constant('t'),
    count,
    edition: fc.constantFrom('standard', 'datacenter', 'datacenter-azure-edition'),
    installation: fc.constantFrom('core', 'desktop'),
    platform: fc.constantFrom('hyperv-gen2', 'physical', 'azure', 'vmware'),
    firmware: fc.constant(undefined),
    secureBoot: fc.constant(undefined),
    vbs: fc.constant('running'),
    arc: fc.constantFrom('connected', 'connected', 'disconnected'),
    hotpatch: fc.constant('enabled'),
    installed: fc.option(kbArbitrary(releases), { nil: undefined, freq: 2 }),
    cores,
  } as const);

/**
 * A fleet template of every edition, installation, platform, firmware, Secure Boot, VBS, Arc and
 * hotpatch state, starting update (any catalog KB) and core count, made valid for the world; two
 * in five are enrolled VBS-capable machines, the ones the October 2025 incidents hit. Counts are
 * mostly 1, sometimes up to 12; each value shrinks towards the defaults.
 */
export function templateArbitrary(releases: readonly KbRelease[]): fc.Arbitrary<TemplateInput> {
  return fc
    .oneof(
      { withCrossShrink: true },
      { weight: 3, arbitrary: anyTemplate(releases) },
      { weight: 2, arbitrary: enrolledTemplate(releases) },
    )
    .map((drawn) => validTemplate(drawn as FleetEntry));
}
