import type { StreamEntry } from '../engine/streams.js';
import { viewEndsWithBlankLine } from '../errors/render-error.js';
import type { PSValue } from '../values/value.js';
import { formatForHost } from './format-host.js';

/**
 * The console text of a run, as a 5.1 console shows it: consecutive output objects formatted
 * together (one table for objects of one type), then every other stream's text in order; each
 * error is followed by a line holding one space (the error view's trailing "\n ") unless its view
 * has none (viewEndsWithBlankLine), and Write-Host -NoNewline continues the line. ASSUME:
 * streams appear in the order written (5.1 can show a table after later host output because it
 * waits up to 300 ms to size columns).
 */
export function transcript(streams: readonly StreamEntry[]): string {
  const lines: string[] = [];
  let pending: PSValue[] = [];
  let open = false;
  const push = (text: string) => {
    const [first = '', ...rest] = text.split('\n');
    if (open) lines[lines.length - 1] += first;
    else lines.push(first);
    lines.push(...rest);
  };
  const flush = () => {
    if (pending.length) {
      const text = formatForHost(pending);
      if (text !== '') push(text);
      open = false;
    }
    pending = [];
  };
  for (const entry of streams) {
    if (entry.stream === 'output') {
      pending.push(entry.value ?? null);
      continue;
    }
    flush();
    push(entry.text);
    open = entry.noNewline === true;
    if (entry.stream === 'error' && (!entry.record || viewEndsWithBlankLine(entry.record))) lines.push(' ');
  }
  flush();
  return lines.join('\n');
}
