import { invariant } from '../../../shared/invariant.js';

/**
 * The body of a Response HIMDS built, read at once. The script host is synchronous and a Fetch
 * body can only be read through a promise; HIMDS builds every body from a string, which undici
 * (Node 20's fetch) keeps as the body's `source` in the Response's state. Anything else is an
 * internal error, never a guessed body.
 */
export function responseText(response: Response): string {
  const key = Object.getOwnPropertySymbols(response).find((symbol) => symbol.description === 'state');
  const state = key === undefined ? undefined : (response as unknown as Record<symbol, unknown>)[key];
  invariant(
    typeof state === 'object' && state !== null,
    'no undici Response state: a HIMDS body cannot be read synchronously',
  );
  const body = (state as { body?: { source?: unknown } | null }).body;
  if (body === null || body === undefined) return '';
  const source = body.source;
  if (source instanceof Uint8Array) return new TextDecoder().decode(source);
  invariant(
    typeof source === 'string',
    'a HIMDS response body that is not text cannot be read synchronously',
  );
  return source;
}
