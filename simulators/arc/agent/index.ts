/** The Azure Connected Machine agent on one machine: heartbeats, logs, azcmagent and HIMDS. */
export { type AgentOptions, ConnectedMachineAgent } from './agent.js';
export { type AgentChange, type AgentTick, type AzureStatus, emptyTick } from './agent-change.js';
export type { AgentDisk, AgentHost, HostServiceStatus } from './agent-host.js';
export { AgentLog } from './agent-log.js';
export { AGENT_VERSION } from './agent-version.js';
export type { CommandResult } from './azcmagent/result.js';
export { runAzcmagent } from './azcmagent/run.js';
export { SHOW_FIELDS } from './azcmagent/show-fields.js';
export { type HeartbeatRun, heartbeatCount, heartbeatTimes } from './heartbeat-runs.js';
export {
  HIMDS_API_VERSIONS,
  HIMDS_ORIGINS,
  METADATA_PATHS,
  servesHimds,
  TOKEN_PATH,
} from './himds/endpoint.js';
export { himdsErrors } from './himds/errors.js';
export { createHimdsHandler, type FetchHandler } from './himds/handler.js';
export { himdsHandlersFor } from './himds/msw.js';
export { TOKEN_LIFETIME_S } from './himds/token.js';
export type { LogFields } from './log-buffer.js';
export { type LogLevel, logLine } from './log-line.js';
export { agentHostFor } from './machine-host.js';
export { AGENT_LOG_DIR, AZCMAGENT_LOG, HIMDS_LOG, TOKENS_DIR } from './paths.js';
export type { RandomSource } from './random-ids.js';
export { type ArcResource, portalPageOf, RESOURCE_NAMESPACE, resourceIdOf } from './resource.js';
export { DEFAULT_DISCONNECT_AFTER_MS, HEARTBEAT_INTERVAL_MS } from './timing.js';
