/** Path parameters a route captured, decoded. */
export type RouteParams = Readonly<Record<string, string>>;

/** A matched route: what it carries and the parameters from the path. */
export interface RouteMatch<T> {
  readonly value: T;
  readonly params: RouteParams;
}

type Segment = { readonly literal: string } | { readonly param: string };

interface Route<T> {
  readonly method: string;
  readonly segments: readonly Segment[];
  readonly value: T;
}

/**
 * A small router over ARM paths: `{name}` captures a segment, other segments match without regard
 * to case (ARM paths are case-insensitive, DOC: ARM RPC), a trailing slash is ignored.
 */
export class Router<T> {
  readonly #routes: Route<T>[] = [];

  /** Adds a route, e.g. `add('GET', '/subscriptions/{subscriptionId}/...', value)`. */
  add(method: string, pattern: string, value: T): this {
    const segments = split(pattern).map((s): Segment => {
      const param = /^\{(\w+)\}$/.exec(s)?.[1];
      return param ? { param } : { literal: s.toLowerCase() };
    });
    this.#routes.push({ method: method.toUpperCase(), segments, value });
    return this;
  }

  /** The route for a method and path, or undefined when none serves them. */
  match(method: string, path: string): RouteMatch<T> | undefined {
    const parts = split(path);
    for (const route of this.#routes) {
      if (route.method !== method.toUpperCase() || route.segments.length !== parts.length) continue;
      const params: Record<string, string> = {};
      const ok = route.segments.every((segment, i) => {
        const part = parts[i] ?? '';
        if ('literal' in segment) return part.toLowerCase() === segment.literal;
        params[segment.param] = part;
        return part !== '';
      });
      if (ok) return { value: route.value, params };
    }
    return undefined;
  }
}

function split(path: string): string[] {
  return path
    .replace(/^\/+|\/+$/g, '')
    .split('/')
    .map((s) => {
      try {
        return decodeURIComponent(s);
      } catch {
        return s;
      }
    });
}
