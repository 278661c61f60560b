import type { VariableScope } from './ast.js';

/** A variable reference as written: `$x`, `${odd name}`, `$script:x`, `$env:PATH`, `@splat`. */
export interface VariableToken {
  readonly name: string;
  readonly scope?: VariableScope;
  readonly splat: boolean;
  /** A drive or scope qualifier the host does not emulate (`$using:`, `$function:`...). */
  readonly unsupportedQualifier?: string;
}

const SCOPES = new Set(['global', 'script', 'local', 'private', 'env']);

/** DOC (about_Variables, about_Scopes): reads a `variable` token's text into its name and scope. */
export function variableToken(text: string): VariableToken {
  const splat = text.startsWith('@');
  let body = text.slice(1);
  if (body.startsWith('{') && body.endsWith('}')) body = body.slice(1, -1);
  const colon = body.indexOf(':');
  if (colon <= 0) return { name: body, splat };
  const qualifier = body.slice(0, colon).toLowerCase();
  const name = body.slice(colon + 1);
  if (!SCOPES.has(qualifier)) return { name, splat, unsupportedQualifier: qualifier };
  return { name, scope: qualifier as VariableScope, splat };
}
