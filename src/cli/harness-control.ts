import type { ArmRequest, ArmResponse } from '../../simulators/arc/arm/index.js';
import { isoTime, parseUtc } from '../../simulators/shared/clock.js';
import type { RunSession } from '../engine/run-session.js';
import { renderJson } from '../report/json.js';
import { parseIsoDuration } from './iso-duration.js';

/** Where the harness's own endpoints live: no ARM path starts so (they all start with a resource type). */
export const CONTROL_PREFIX = '/_harness';

const ENDPOINTS = [
  'POST /_harness/advance?to=<ISO date-time, UTC unless zoned> | ?by=<ISO 8601 duration, e.g. PT10M>',
  'GET /_harness/clock',
  'GET /_harness/report',
];

const reply = (status: number, body: unknown, headers: Record<string, string> = {}): ArmResponse => ({
  status,
  headers: { 'content-type': 'application/json; charset=utf-8', ...headers },
  body: `${JSON.stringify(body, null, 2)}\n`,
});

/** The harness's errors, in ARM's envelope so that the same client code reads them. */
const fail = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  reply(status, { error: { code, message: `[hotpatch-harness] ${message}` } }, headers);

/**
 * The control endpoints of `serve`, beside the emulated ARM on the same server; undefined for any
 * other path (ARM's). `POST /_harness/advance` runs the world's queue up to a virtual time (Patch
 * Tuesdays, scenario events and pending enrollments included) and answers the clock and the events
 * it logged; `GET /_harness/clock` the virtual time and the next queued instant; `GET
 * /_harness/report` report.json of the run so far.
 */
export function harnessControl(session: RunSession, request: ArmRequest): ArmResponse | undefined {
  const url = new URL(request.url);
  const path = url.pathname.replace(/\/+$/, '');
  if (path !== CONTROL_PREFIX && !path.startsWith(`${CONTROL_PREFIX}/`)) return undefined;
  const method = request.method.toUpperCase();
  const route = path.slice(CONTROL_PREFIX.length + 1);
  const allowed = { advance: 'POST', clock: 'GET', report: 'GET' }[route];
  if (!allowed)
    return fail(404, 'NotFound', `no control endpoint ${path}; there are: ${ENDPOINTS.join('; ')}`);
  if (method !== allowed)
    return fail(405, 'MethodNotAllowed', `${path} takes ${allowed}, not ${method}`, { allow: allowed });
  if (route === 'clock') return reply(200, clock(session));
  if (route === 'report') {
    return {
      status: 200,
      headers: { 'content-type': 'application/json; charset=utf-8' },
      body: renderJson(session.report()),
    };
  }
  return advance(session, url.searchParams);
}

function clock(session: RunSession) {
  const next = session.world.queue.nextAt();
  return {
    now: isoTime(session.now),
    period: session.scenario.period,
    next: next === undefined ? null : isoTime(next),
  };
}

function advance(session: RunSession, query: URLSearchParams): ArmResponse {
  const to = query.get('to');
  const by = query.get('by');
  if ((to === null) === (by === null)) {
    return fail(
      400,
      'InvalidQuery',
      'advance takes exactly one of ?to=<ISO date-time> or ?by=<ISO 8601 duration>',
    );
  }
  let target: number;
  if (to !== null) {
    try {
      target = parseUtc(to);
    } catch {
      return fail(400, 'InvalidTime', `?to=${to} is not an ISO date or date-time such as 2025-11-12T00:00Z`);
    }
  } else {
    const ms = parseIsoDuration(by ?? '');
    if (ms === undefined)
      return fail(400, 'InvalidDuration', `?by=${by} is not an ISO 8601 duration such as PT10M or P1DT2H`);
    target = session.now + ms;
  }
  if (target < session.now) {
    return fail(
      400,
      'TimeInPast',
      `cannot advance to ${isoTime(target)}: virtual time is already ${isoTime(session.now)} and never runs backwards`,
    );
  }
  const logged = session.world.ledger.events.length;
  const from = session.now;
  session.advanceTo(target);
  return reply(200, {
    from: isoTime(from),
    ...clock(session),
    events: session.world.ledger.events.slice(logged),
  });
}
