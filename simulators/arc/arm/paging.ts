import { armErrors } from './error-factory.js';

/** One page of a list: `value`, and `nextLink` while more remain (DOC: x-ms-pageable, nextLinkName). */
export interface Page<T> {
  readonly value: readonly T[];
  readonly nextLink?: string;
}

/**
 * Cuts a list into pages. The next link is the request's own URL with `$skiptoken` set to the
 * offset (ASSUME: the RP's token format is opaque and unpublished), on the request's origin, so it
 * leads back to whichever transport served the page.
 */
export function page<T>(items: readonly T[], url: URL, size: number): Page<T> {
  const token = url.searchParams.get('$skiptoken');
  const start = token === null ? 0 : Number(token);
  if (!Number.isInteger(start) || start < 0 || start > items.length) {
    throw armErrors.invalidSkipToken(token ?? '');
  }
  const value = items.slice(start, start + size);
  if (start + size >= items.length) return { value };
  const next = new URL(url.href);
  next.searchParams.set('$skiptoken', String(start + size));
  return { value, nextLink: next.href };
}
