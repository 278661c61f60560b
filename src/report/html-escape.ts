// C0 controls other than tab, LF and CR, and DEL, are parse errors in HTML text.
// biome-ignore lint/suspicious/noControlCharactersInRegex: matching them is the point
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g;

const ENTITY: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

/**
 * Text made inert for HTML element content and quoted attribute values: the five markup characters
 * become entities (so `<script>` shows as text), control characters become U+FFFD.
 */
export function escapeHtml(text: string): string {
  return text.replace(CONTROL, '\ufffd').replace(/[&<>"']/g, (char) => ENTITY[char] ?? char);
}
