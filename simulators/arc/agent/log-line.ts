/** The levels the agent logs at. */
export type LogLevel = 'info' | 'warning' | 'error' | 'fatal';

/**
 * One line of the agent's logs in logrus's text format, as the agent writes them (DOC: the connect
 * output quoted on Learn, `time="2020-08-07T13:13:25-07:00" level=info msg="..." VM Id=...`). Virtual
 * time is UTC, so the zone is `Z` (logrus prints RFC 3339 to the second). Fields follow the message
 * as `key=value`, quoted when they hold a space or a quote (INFER: logrus's quoting rule).
 */
export function logLine(
  at: number,
  level: LogLevel,
  msg: string,
  fields: Readonly<Record<string, string>> = {},
): string {
  const time = new Date(at).toISOString().replace(/\.\d{3}Z$/, 'Z');
  const extra = Object.entries(fields).map(([key, value]) => ` ${key}=${quote(value)}`);
  return `time="${time}" level=${level} msg=${JSON.stringify(msg)}${extra.join('')}\n`;
}

const quote = (value: string): string =>
  /^[\w.\-/:@]*$/.test(value) && value !== '' ? value : JSON.stringify(value);
