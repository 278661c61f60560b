import { describe, expect, it } from 'vitest';
import type { ArmRequest, ArmResponse } from '../../../simulators/arc/arm/index.js';
import { ARM, enableBody, profileUrl, RG, STABLE, SUB, TOKEN, world } from './fixtures.js';

const bearer = { authorization: `Bearer ${TOKEN}`, 'content-type': 'application/json' };
const machines = `${ARM}/subscriptions/${SUB}/resourceGroups/${RG}/providers/Microsoft.HybridCompute/machines`;

/** One request of every kind the core answers: success, long-running, refused, not emulated. */
const requests: ArmRequest[] = [
  { method: 'GET', url: `${machines}?api-version=${STABLE}`, headers: bearer },
  { method: 'PUT', url: profileUrl('web-01'), headers: bearer, body: JSON.stringify(enableBody()) },
  { method: 'PATCH', url: profileUrl('web-01'), headers: bearer, body: '{"properties": {' },
  { method: 'GET', url: profileUrl('web-01'), headers: {} },
  { method: 'GET', url: `${machines}/web-01`, headers: bearer },
  { method: 'DELETE', url: profileUrl('web-01'), headers: bearer },
  { method: 'GET', url: `${ARM}/subscriptions/${SUB}/providers/Microsoft.Compute/disks`, headers: bearer },
];

/** What a response says, whichever way it came. */
const seen = (r: ArmResponse) => ({ status: r.status, headers: r.headers, body: r.body ?? '' });

async function viaFetch(plane: ReturnType<typeof world>['plane'], request: ArmRequest) {
  const response = await plane.handleArmRequest(
    new Request(request.url, {
      method: request.method,
      headers: request.headers,
      ...(request.body !== undefined && { body: request.body }),
    }),
  );
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    headers[name] = value;
  });
  return { status: response.status, headers, body: await response.text() };
}

describe('the synchronous core over plain records', () => {
  it('harness: handle answers at once with a plain record (no promise): the engine calls it in-process', () => {
    const { plane } = world();
    const response = plane.handle(requests[0] as ArmRequest);
    expect(response).not.toBeInstanceOf(Promise);
    expect(response.status).toBe(200);
    expect(JSON.parse(response.body ?? '').value[0].name).toBe('web-01');
  });

  it('harness: the Fetch transport is a thin wrapper: same status, headers and body for the same requests', async () => {
    const direct = world().plane;
    const fetched = world().plane;
    for (const request of requests) {
      const a = seen(direct.handle(request));
      const b = await viaFetch(fetched, request);
      expect(b, `${request.method} ${request.url}`).toEqual(a);
    }
  });

  it('DOC (RFC 9110): header names are read without regard to case', () => {
    const { plane } = world();
    const response = plane.handle({
      method: 'GET',
      url: `${machines}/web-01?api-version=${STABLE}`,
      headers: { AUTHORIZATION: `Bearer ${TOKEN}`, 'X-MS-Correlation-Request-Id': 'abc' },
    });
    expect(response.status).toBe(200);
    expect(response.headers['x-ms-correlation-request-id']).toBe('abc');
  });

  it('harness: 202 and 204 answers have no body', () => {
    const { plane } = world();
    plane.handle(requests[1] as ArmRequest);
    const deleted = plane.handle(requests[5] as ArmRequest);
    expect([deleted.status, deleted.body]).toEqual([202, undefined]);
  });
});
