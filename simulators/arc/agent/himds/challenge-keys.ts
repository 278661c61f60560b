import type { AgentHost } from '../agent-host.js';
import { TOKENS_DIR } from '../paths.js';
import { type RandomSource, randomGuid, randomHex } from '../random-ids.js';

/**
 * The challenge keys of the identity endpoint. Each unauthenticated token request gets a new key
 * file `Tokens\<guid>.key` (3P: paths quoted from real challenges); a request that sends a key's
 * contents back gets a token, and the key is used up: its file is removed (3P: Jumpstart, "the
 * challenge token files may only be used once and are automatically removed"). The contents are
 * 32 random bytes as hex (ASSUME: the real format is not published).
 */
export class ChallengeKeys {
  /** Outstanding keys: secret to file path. */
  readonly #outstanding = new Map<string, string>();

  constructor(
    private readonly host: AgentHost,
    private readonly random: RandomSource,
  ) {}

  /** Writes a new key file; returns its path. */
  issue(): string {
    const path = `${TOKENS_DIR}\\${randomGuid(this.random)}.key`;
    const secret = randomHex(this.random, 32);
    this.host.disk.writeFile(path, secret);
    this.#outstanding.set(secret, path);
    return path;
  }

  /** True when `secret` is an outstanding key; the key is used up either way it matched. */
  redeem(secret: string): boolean {
    const path = this.#outstanding.get(secret);
    if (path === undefined) return false;
    this.#outstanding.delete(secret);
    if (this.host.disk.exists(path)) this.host.disk.remove(path);
    return true;
  }

  /** How many keys wait to be used. */
  get pending(): number {
    return this.#outstanding.size;
  }
}
