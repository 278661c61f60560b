import { type Token, tokenize, WqlSyntaxError } from './lexer.js';

/** A cursor over WQL tokens; every mismatch is a {@link WqlSyntaxError}. */
export class TokenStream {
  readonly #tokens: Token[];
  readonly #text: string;
  #at = 0;

  constructor(text: string) {
    this.#tokens = tokenize(text);
    this.#text = text;
  }

  fail(): never {
    throw new WqlSyntaxError(`not a WQL data query: ${this.#text}`);
  }

  peek(): Token | undefined {
    return this.#tokens[this.#at];
  }

  /** Consumes and returns the next token; fails at the end. */
  next(): Token {
    const t = this.#tokens[this.#at++];
    return t ?? this.fail();
  }

  /** Moves past the current token; true, to chain after a test. */
  #skip(): true {
    this.#at++;
    return true;
  }

  accept(symbol: string): boolean {
    const t = this.peek();
    return t?.kind === 'symbol' && t.text === symbol && this.#skip();
  }

  /** Keywords ignore case (DOC: WQL is case-insensitive). */
  acceptKeyword(keyword: string): boolean {
    const t = this.peek();
    return t?.kind === 'word' && t.text.toUpperCase() === keyword && this.#skip();
  }

  keyword(keyword: string): void {
    if (!this.acceptKeyword(keyword)) this.fail();
  }

  word(): string {
    const t = this.next();
    return t.kind === 'word' ? t.text : this.fail();
  }

  end(): void {
    if (this.peek()) this.fail();
  }
}
