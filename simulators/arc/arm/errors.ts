import type { ArmResponse } from './arm-message.js';

/** One entry of ARM's error envelope (DOC: common-types ErrorDetail). */
export interface ArmErrorDetail {
  readonly code: string;
  readonly message: string;
  readonly target?: string;
  readonly details?: readonly ArmErrorDetail[];
}

/** ARM's error body: `{ "error": { "code", "message", "target"?, "details"? } }` (DOC: ErrorResponse). */
export interface ArmErrorBody {
  readonly error: ArmErrorDetail;
}

/**
 * An error the emulated control plane answers with: the HTTP status, the envelope and any headers
 * the real service adds. Made only by `armErrors` (error-factory.ts), so every text lives in one place.
 */
export class ArmError extends Error {
  override name = 'ArmError';

  constructor(
    readonly status: number,
    readonly detail: ArmErrorDetail,
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(detail.message);
  }

  /** The error code, e.g. `ResourceNotFound`. */
  get code(): string {
    return this.detail.code;
  }

  /** The JSON body ARM sends. */
  body(): ArmErrorBody {
    return { error: this.detail };
  }

  /** The error as the plane answers it (any transport converts it). */
  toArmResponse(extraHeaders: Readonly<Record<string, string>> = {}): ArmResponse {
    return {
      status: this.status,
      headers: { 'content-type': 'application/json; charset=utf-8', ...this.headers, ...extraHeaders },
      body: JSON.stringify(this.body()),
    };
  }
}
