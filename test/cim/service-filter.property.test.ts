import { fc, test } from '@fast-check/vitest';
import { expect } from 'vitest';
import { installService, type StartType } from '../../simulators/machine/index.js';
import { cimAt, column, propertyValue } from './fixtures.js';

/** A generated -Filter over Win32_Service's Name, State and StartMode. */
type Filter =
  | { kind: 'cmp'; property: Property; op: Op; value: string }
  | { kind: 'like'; property: Property; pattern: Piece[] }
  | { kind: 'bool'; op: 'AND' | 'OR'; left: Filter; right: Filter }
  | { kind: 'not'; inner: Filter };
type Property = 'Name' | 'State' | 'StartMode';
type Op = '=' | '<>' | '!=' | '<' | '>' | '<=' | '>=';
/** One piece of a LIKE pattern: a literal character, `%`, `_`, or a (negated) set. */
type Piece =
  | { kind: 'char'; c: string }
  | { kind: 'any' }
  | { kind: 'one' }
  | { kind: 'set'; chars: string; not: boolean };

const CHARS = "abcdeHIMSRUNautoMl_-.%'3";
const text = (max: number) => fc.string({ unit: fc.constantFrom(...CHARS), maxLength: max });
const propertyArb = fc.constantFrom<Property>('Name', 'State', 'StartMode');
const valueArb = fc.oneof(
  text(6),
  fc.constantFrom('Running', 'stopped', 'Auto', 'MANUAL', 'Disabled', 'himds'),
);
const pieceArb: fc.Arbitrary<Piece> = fc.oneof(
  fc.constantFrom(...CHARS).map((c) => ({ kind: 'char' as const, c })),
  fc.constant({ kind: 'any' as const }),
  fc.constant({ kind: 'one' as const }),
  fc.record({
    kind: fc.constant('set' as const),
    chars: fc.constantFrom('abc', 'hH', 'rsm', '_%', 'xyz'),
    not: fc.boolean(),
  }),
);
const filterArb: fc.Arbitrary<Filter> = fc.letrec<{ filter: Filter }>((tie) => ({
  filter: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({
      kind: fc.constant('cmp' as const),
      property: propertyArb,
      op: fc.constantFrom<Op>('=', '<>', '!=', '<', '>', '<=', '>='),
      value: valueArb,
    }),
    fc.record({
      kind: fc.constant('like' as const),
      property: propertyArb,
      pattern: fc.array(pieceArb, { maxLength: 5 }),
    }),
    fc.record({
      kind: fc.constant('bool' as const),
      op: fc.constantFrom('AND' as const, 'OR' as const),
      left: tie('filter'),
      right: tie('filter'),
    }),
    fc.record({ kind: fc.constant('not' as const), inner: tie('filter') }),
  ),
})).filter;

/** WQL text: strings quoted with a backslash before `\` and `'`; literal `%`, `_`, `[` bracketed. */
const quote = (s: string) => `'${s.replace(/[\\']/g, '\\$&')}'`;
const patternText = (pieces: Piece[]) =>
  pieces
    .map((p) =>
      p.kind === 'any'
        ? '%'
        : p.kind === 'one'
          ? '_'
          : p.kind === 'set'
            ? `[${p.not ? '^' : ''}${p.chars}]`
            : /[%_[]/.test(p.c)
              ? `[${p.c}]`
              : p.c,
    )
    .join('');
function render(f: Filter): string {
  if (f.kind === 'cmp') return `${f.property} ${f.op} ${quote(f.value)}`;
  if (f.kind === 'like') return `${f.property} LIKE ${quote(patternText(f.pattern))}`;
  if (f.kind === 'not') return `NOT (${render(f.inner)})`;
  return `(${render(f.left)}) ${f.op} (${render(f.right)})`;
}

/** The oracle: the same filter, evaluated directly in TypeScript without WQL. */
function likeMatches(pieces: Piece[], s: string): boolean {
  const [p, ...rest] = pieces;
  if (!p) return s === '';
  if (p.kind === 'any') return [...Array(s.length + 1).keys()].some((i) => likeMatches(rest, s.slice(i)));
  const c = s[0];
  if (c === undefined) return false;
  const ok =
    p.kind === 'one' ||
    (p.kind === 'char'
      ? p.c.toLowerCase() === c.toLowerCase()
      : p.chars.toLowerCase().includes(c.toLowerCase()) !== p.not);
  return ok && likeMatches(rest, s.slice(1));
}
function holds(f: Filter, row: Record<Property, string>): boolean {
  if (f.kind === 'bool')
    return f.op === 'AND'
      ? holds(f.left, row) && holds(f.right, row)
      : holds(f.left, row) || holds(f.right, row);
  if (f.kind === 'not') return !holds(f.inner, row);
  if (f.kind === 'like') return likeMatches(f.pattern, row[f.property]);
  const [a, b] = [row[f.property].toLowerCase(), f.value.toLowerCase()];
  return { '=': a === b, '<>': a !== b, '!=': a !== b, '<': a < b, '>': a > b, '<=': a <= b, '>=': a >= b }[
    f.op
  ];
}

const serviceArb = fc.record({
  name: fc.string({ unit: fc.constantFrom(..."abcdeHIMS_-.'3"), minLength: 1, maxLength: 6 }),
  startType: fc.constantFrom<StartType>('Automatic', 'Manual', 'Disabled'),
  running: fc.boolean(),
});

test.prop([fc.uniqueArray(serviceArb, { maxLength: 6, selector: (s) => s.name.toLowerCase() }), filterArb])(
  'a -Filter over Win32_Service keeps exactly what the same filter keeps in TypeScript',
  (extra, filter) => {
    const { machine, cim } = cimAt();
    const known = new Set(machine.services.list().map((s) => s.name.toLowerCase()));
    for (const s of extra.filter((e) => !known.has(e.name.toLowerCase()))) {
      installService(machine.registry, {
        ...s,
        displayName: s.name,
        account: 'LocalSystem',
        imagePath: 'x.exe',
      });
      if (s.running && s.startType !== 'Disabled') machine.services.start(s.name);
    }
    const all = cim.getInstances(undefined, 'Win32_Service');
    const expected = all.filter((i) =>
      holds(filter, {
        Name: String(propertyValue(i, 'Name')),
        State: String(propertyValue(i, 'State')),
        StartMode: String(propertyValue(i, 'StartMode')),
      }),
    );
    expect(column(cim.getInstances(undefined, 'Win32_Service', { filter: render(filter) }), 'Name')).toEqual(
      column(expected, 'Name'),
    );
  },
);
