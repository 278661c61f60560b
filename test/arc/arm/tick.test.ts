import { describe, expect, it } from 'vitest';
import { ENROLLMENT_DELAY_MS, VBS_NOT_RUNNING_ERROR } from '../../../simulators/arc/index.js';
import { enableBody, MINUTE, machine, profileUrl, T0, TOKEN, world } from './fixtures.js';

const put = (plane: ReturnType<typeof world>['plane'], name: string) =>
  plane.handleArmRequest(
    new Request(profileUrl(name), {
      method: 'PUT',
      headers: { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify(enableBody()),
    }),
  );

describe('ArmPlane.tick: state changes as events on virtual time', () => {
  it('DOMAIN 3: a request-driven change is reported at the next tick; the due time is exposed; the end comes at the tick then', async () => {
    const { plane, clock } = world([machine('web-01')]);
    expect(plane.nextDueAt()).toBeUndefined();
    const response = await put(plane, 'web-01');
    expect(response.status).toBe(201);
    const operationId = response.headers
      .get('azure-asyncoperation')
      ?.split('/operationStatus/')[1]
      ?.split('?')[0];
    expect(plane.nextDueAt()).toBe(T0 + ENROLLMENT_DELAY_MS);
    expect(plane.tick(T0 + MINUTE)).toEqual([
      { at: T0, machine: 'web-01', kind: 'hotpatch', from: 'Disabled', to: 'Enabling' },
    ]);
    clock.set(T0 + ENROLLMENT_DELAY_MS);
    expect(plane.tick(clock.now())).toEqual([
      { at: T0 + ENROLLMENT_DELAY_MS, machine: 'web-01', kind: 'hotpatch', from: 'Enabling', to: 'Enabled' },
      { at: T0 + ENROLLMENT_DELAY_MS, machine: 'web-01', kind: 'operation', operationId, to: 'Succeeded' },
    ]);
    expect(plane.tick(clock.now())).toEqual([]);
    expect(plane.nextDueAt()).toBeUndefined();
  });

  it('DOMAIN 1: a failed enrollment is an event with the error; so is the failed operation', async () => {
    const { plane } = world([machine('web-01', { vbsRunning: false })]);
    await put(plane, 'web-01');
    plane.tick(T0);
    const events = plane.tick(T0 + ENROLLMENT_DELAY_MS);
    expect(events.map((e) => [e.kind, e.to, 'error' in e ? e.error : undefined])).toEqual([
      ['hotpatch', 'Failed', VBS_NOT_RUNNING_ERROR],
      ['operation', 'Failed', VBS_NOT_RUNNING_ERROR],
    ]);
  });

  it('DOMAIN 4: a machine whose agent stops reporting is a machine-status event', () => {
    const { plane, update } = world([machine('web-01'), machine('web-02')]);
    expect(plane.tick(T0)).toEqual([]);
    update('web-02', { connected: false });
    expect(plane.tick(T0 + 5 * MINUTE)).toEqual([
      {
        at: T0 + 5 * MINUTE,
        machine: 'web-02',
        kind: 'machine-status',
        from: 'Connected',
        to: 'Disconnected',
      },
    ]);
  });

  it('harness: time never runs backwards', () => {
    const { plane } = world();
    plane.tick(T0 + MINUTE);
    expect(() => plane.tick(T0)).toThrow(/cannot go back/);
  });
});
