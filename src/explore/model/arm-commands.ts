import fc from 'fast-check';
import { type ArmCall, armCall, machineView } from './arm-model.js';
import { armRequest, readAnswer } from './arm-requests.js';
import { expectSame, type Step, step } from './step.js';

const writes: fc.Arbitrary<ArmCall> = fc.oneof(
  fc.record({
    kind: fc.constant('put-profile' as const),
    action: fc.constantFrom('enable' as const, 'disable' as const),
    token: fc.oneof(
      { weight: 4, arbitrary: fc.constant(true) },
      { weight: 1, arbitrary: fc.constant(false) },
    ),
  }),
  fc.constant({ kind: 'delete-profile' } as const),
);

const nameOf = (call: ArmCall): string =>
  call.kind === 'get-machine'
    ? 'ARM GET machine?$expand=instanceView'
    : call.kind === 'delete-profile'
      ? 'ARM DELETE licenseProfiles/default'
      : `ARM PUT licenseProfiles/default ${call.action}${call.token ? '' : ' without a bearer token'}`;

/**
 * A raw request to the run's control plane: after it, the HTTP status and error code, what the
 * answer shows (the machine's agent and hotpatch status, the profile's Hotpatch status) and the
 * machine itself agree with the model.
 */
const always = (): boolean => true;

function armStep(call: ArmCall): Step {
  const name = nameOf(call);
  return step(name, always, (s, e) => {
    const expected = armCall(s, call);
    const answer = readAnswer(e.arm(armRequest(call)));
    const got = { status: answer.status, ...(answer.code ? { code: answer.code } : {}) };
    expectSame(name, 'status and error code', expected, got);
    if (call.kind === 'get-machine' && answer.status === 200)
      expectSame(name, 'the machine', machineView(s), answer.machine);
    if (call.kind === 'put-profile' && answer.status < 300)
      expectSame(name, "the profile's Hotpatch status", s.enrollment, answer.profileStatus);
    const accepted = answer.status === 201 || answer.status === 202;
    expectSame(name, 'async-operation headers', accepted, answer.asyncHeaders);
  });
}

/** GETs and writes; reads get a command of their own, so what ARM shows is checked as often as it changes. */
export const armCommands: fc.Arbitrary<Step>[] = [
  fc.constant({ kind: 'get-machine' } as const).map(armStep),
  writes.map(armStep),
];
