/** A release catalog that cannot be used; the message names the file and the entry. */
export class CatalogError extends Error {
  override name = 'CatalogError';

  constructor(
    readonly file: string,
    readonly entry: string,
    detail: string,
  ) {
    super(`${file}: ${entry}: ${detail}`);
  }
}
