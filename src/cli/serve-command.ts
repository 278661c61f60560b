import { type ArmRequest, type ArmServer, startArmServer } from '../../simulators/arc/arm/index.js';
import { isoTime } from '../../simulators/shared/clock.js';
import { RunSession } from '../engine/run-session.js';
import { CONTROL_PREFIX, harnessControl } from './harness-control.js';
import { loadScenarioInput } from './scenario-input.js';

/** Options of `hotpatch-harness serve`. */
export interface ServeOptions {
  /** TCP port; 0 picks a free one (the printed URL names it). */
  readonly port: number;
  /** Loopback only by default (DESIGN: serve is on 127.0.0.1). */
  readonly host?: string;
  /** A release catalog file instead of the built-in one (as `run --catalog`). */
  readonly catalog?: string;
  /** Overrides the scenario's seed (as `run --seed`). */
  readonly seed?: number;
  /** Where the URL and the usage lines go; console.log by default. */
  readonly log?: (line: string) => void;
  /** Stop on SIGINT (Ctrl+C); default true. */
  readonly stopOnSigint?: boolean;
}

/** A running `serve`: where it listens, the run it serves, and how it stops. */
export interface ServeHandle {
  /** The base URL: use it as the ARM endpoint of any client. */
  readonly url: string;
  readonly port: number;
  readonly session: RunSession;
  /** Stops the server (SIGINT does the same). */
  close(): Promise<void>;
  /** Settles once the server has stopped, however it was stopped. */
  readonly closed: Promise<void>;
}

/**
 * `hotpatch-harness serve <scenario>`: loads the scenario, builds its world at the first instant
 * of its period and serves its emulated Azure Resource Manager over HTTP (the real ARM paths, e.g.
 * `/subscriptions/{sub}/resourceGroups/{rg}/providers/Microsoft.HybridCompute/machines`), with the
 * control endpoints under `/_harness/` on the same server to move virtual time on (harness-control.ts).
 * Prints the URL; stops on SIGINT. Bad input throws the loader's errors (exit code 2).
 */
export async function serveCommand(scenarioFile: string, options: ServeOptions): Promise<ServeHandle> {
  const log = options.log ?? console.log;
  const { scenario, catalog } = loadScenarioInput(scenarioFile, options.catalog);
  const session = new RunSession(scenario, {
    catalog,
    file: scenarioFile,
    ...(options.seed === undefined ? {} : { seed: options.seed }),
  });
  const handle = (request: ArmRequest) => harnessControl(session, request) ?? session.handleArm(request);
  const server: ArmServer = await startArmServer(session.world.plane, {
    port: options.port,
    host: options.host ?? '127.0.0.1',
    handle,
  });
  let stopped: Promise<void> | undefined;
  let settle: () => void = () => {};
  const closed = new Promise<void>((resolve) => {
    settle = resolve;
  });
  const onSigint = () => void close();
  const close = (): Promise<void> => {
    stopped ??= (async () => {
      process.off('SIGINT', onSigint);
      await server.close();
      settle();
    })();
    return stopped;
  };
  if (options.stopOnSigint ?? true) process.once('SIGINT', onSigint);
  const { plane } = session.world;
  log(`${scenario.name}: emulated Azure Resource Manager (Microsoft.HybridCompute) at ${server.url}`);
  log(
    `  subscription ${plane.subscriptionId}, resource group ${plane.resourceGroup}, location ${plane.location}; virtual time ${isoTime(session.now)}`,
  );
  log(
    `  control: POST ${server.url}${CONTROL_PREFIX}/advance?to=<ISO time>|?by=PT10M, GET ${CONTROL_PREFIX}/clock, GET ${CONTROL_PREFIX}/report; Ctrl+C stops`,
  );
  return { url: server.url, port: server.port, session, close, closed };
}
