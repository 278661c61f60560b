const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

// Characters that could start markup in GitHub Markdown: emphasis, code, links, raw HTML (an inert
// `<script>` matters most), entities, strikethrough, math (`$`, common in PowerShell output) and the
// table cell delimiter `|`.
const SPECIAL = new Set(['`', '*', '_', '[', ']', '<', '>', '|', '~', '&', '$']);

/**
 * Text made literal for a Markdown paragraph or table cell. A backslash is doubled only where it
 * would otherwise escape what follows, so Windows paths (`C:\Windows`) stay readable; line breaks
 * become `<br>`, the one way to break a line inside a table cell.
 */
export function escapeMarkdown(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] ?? '';
    if (char === '\r' || char === '\n') {
      if (char === '\r' && text[i + 1] === '\n') i++;
      out += '<br>';
    } else if (char === '\\') {
      out += ASCII_PUNCTUATION.test(text[i + 1] ?? '') ? '\\\\' : '\\';
    } else {
      out += SPECIAL.has(char) ? `\\${char}` : char;
    }
  }
  return out;
}

/** A fenced code block that no backtick run inside `code` can close early. */
export function codeBlock(code: string, info = ''): string {
  const longestRun = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(Math.max(3, longestRun + 1));
  return `${fence}${info}\n${code}\n${fence}`;
}
