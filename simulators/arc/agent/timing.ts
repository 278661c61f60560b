/** The agent heartbeats every five minutes (DOC: Arc-enabled servers overview, "Agent status"). */
export const HEARTBEAT_INTERVAL_MS = 5 * 60_000;

/**
 * How long Azure waits without a heartbeat before it shows the machine Disconnected. DOC: "within
 * 15 to 30 minutes"; ASSUME the lower bound, so a machine is Disconnected 15 minutes after its last
 * heartbeat. Switchable per agent (`disconnectAfterMs`).
 */
export const DEFAULT_DISCONNECT_AFTER_MS = 15 * 60_000;
