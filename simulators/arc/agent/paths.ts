import { ARC_AGENT_DATA } from '../../machine/arc-agent-install.js';

/** Where the agent keeps its logs (DOC: agent overview, "Agent logs"). */
export const AGENT_LOG_DIR = `${ARC_AGENT_DATA}\\Log`;
/** The HIMDS service's log; `azcmagent show` names it as the agent logfile (3P). */
export const HIMDS_LOG = `${AGENT_LOG_DIR}\\himds.log`;
/** The azcmagent tool's log (DOC). */
export const AZCMAGENT_LOG = `${AGENT_LOG_DIR}\\azcmagent.log`;
/** Where HIMDS writes the challenge key files of managed identity requests (DOC, 3P). */
export const TOKENS_DIR = `${ARC_AGENT_DATA}\\Tokens`;
