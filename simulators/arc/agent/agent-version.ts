/**
 * The Connected Machine agent version every emulated machine runs: the October 2025 release, 1.58,
 * as a Windows machine reported it in November 2025 (3P: `Agent Version : 1.58.03228.2572` in a
 * public deployment log; the Linux build of the same release is 1.58.03228.700).
 */
export const AGENT_VERSION = '1.58.03228.2572';
