import type { ArmRequest } from './arm-message.js';
import { armErrors } from './error-factory.js';
import { jsonErrorPosition } from './json-error-position.js';

/**
 * Reads a request body as JSON the way ARM's front door does: an empty body is an empty object
 * (INFER), text that is not JSON is `InvalidRequestContent` naming where parsing stopped (3P: ARM
 * quotes Newtonsoft's line and position; the wording inside is INFER).
 */
export function readJsonBody(request: ArmRequest): unknown {
  const text = request.body ?? '';
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text);
  } catch {
    const at = jsonErrorPosition(text);
    const before = text.slice(0, at).split('\n');
    const line = before.length;
    const position = (before.at(-1) ?? '').length;
    const found = text[at] ?? 'end of input';
    throw armErrors.invalidRequestContent(
      `Unexpected character encountered while parsing value: ${found}. Path '', line ${line}, position ${position}.`,
    );
  }
}

/** A plain JSON object (not an array, not null). */
export const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);
