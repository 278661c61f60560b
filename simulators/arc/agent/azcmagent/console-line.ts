/**
 * A line of azcmagent's console output: the level in capitals padded to eight columns, then the
 * message (3P: `INFO    Connected machine to Azure`, captured from real connect runs).
 */
export const consoleLine = (level: 'INFO' | 'FATAL', message: string): string =>
  `${level.padEnd(8)}${message}\n`;
