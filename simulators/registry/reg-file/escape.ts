/** Escapes a name or string for a .reg file: backslash and double quote get a backslash (DOC). */
export const escapeRegString = (text: string): string => text.replace(/[\\"]/g, (c) => `\\${c}`);

/**
 * Reads a quoted .reg string starting at `start` (which must be the opening quote). Returns the
 * text and the index after the closing quote, or undefined when the quote is never closed.
 */
export function readQuoted(line: string, start: number): { text: string; end: number } | undefined {
  let text = '';
  for (let i = start + 1; i < line.length; i++) {
    const c = line[i];
    if (c === '"') return { text, end: i + 1 };
    if (c === '\\' && (line[i + 1] === '\\' || line[i + 1] === '"')) {
      text += line[i + 1];
      i++;
    } else {
      text += c;
    }
  }
  return undefined;
}
