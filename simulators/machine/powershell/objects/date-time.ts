import { PSObject } from '../../../powershell/index.js';

const DAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** .NET's DateTime.ToString() in en-US: `11/3/2025 10:00:00 PM` (DOC: the "G" format of en-US). */
export function dateTimeText(ms: number): string {
  const d = new Date(ms);
  const hour = d.getUTCHours() % 12 || 12;
  const pad = (n: number) => String(n).padStart(2, '0');
  const half = d.getUTCHours() < 12 ? 'AM' : 'PM';
  return `${d.getUTCMonth() + 1}/${d.getUTCDate()}/${d.getUTCFullYear()} ${hour}:${pad(d.getUTCMinutes())}:${pad(d.getUTCSeconds())} ${half}`;
}

/**
 * A System.DateTime as scripts see it: its parts as properties and its en-US text. The script host
 * has no DateTime type, so dates compare only as text (ASSUME); the machine keeps UTC (ASSUME, as
 * the CIM repository does).
 */
export function psDateTime(ms: number): PSObject {
  const d = new Date(ms);
  return new PSObject(
    ['System.DateTime', 'System.ValueType', 'System.Object'],
    [
      ['Day', d.getUTCDate()],
      ['DayOfWeek', DAYS[d.getUTCDay()] ?? ''],
      ['Hour', d.getUTCHours()],
      ['Kind', 'Utc'],
      ['Millisecond', d.getUTCMilliseconds()],
      ['Minute', d.getUTCMinutes()],
      ['Month', d.getUTCMonth() + 1],
      ['Second', d.getUTCSeconds()],
      ['Year', d.getUTCFullYear()],
    ],
    { text: () => dateTimeText(ms) },
  );
}
