import { describe, expect, it } from 'vitest';
import { type CimError, parseWql } from '../../simulators/cim/index.js';
import { thrown } from '../support/thrown.js';
import { cimAt, column } from './fixtures.js';

/** Service names a query keeps, on a machine with the Arc agent (arcproxy, ExtensionService, GCArcService, himds, wuauserv). */
const names = (where: string) =>
  column(cimAt().cim.query('root\\cimv2', `SELECT * FROM Win32_Service WHERE ${where}`), 'Name');

describe('WQL parsing', () => {
  it('reads keywords in any case, property lists and a condition tree', () => {
    expect(
      parseWql("select Name, State from Win32_Service where not (State = 'Running' or Name like 'a%')"),
    ).toEqual({
      properties: ['Name', 'State'],
      className: 'Win32_Service',
      where: {
        kind: 'not',
        condition: {
          kind: 'or',
          left: {
            kind: 'compare',
            property: 'State',
            operator: '=',
            literal: { kind: 'string', value: 'Running' },
          },
          right: { kind: 'like', property: 'Name', pattern: 'a%' },
        },
      },
    });
  });

  it('binds AND tighter than OR, reads != as <>, and turns a constant-first comparison round', () => {
    expect(parseWql('SELECT * FROM c WHERE a = 1 OR b != 2 AND 3 < c').where).toEqual({
      kind: 'or',
      left: { kind: 'compare', property: 'a', operator: '=', literal: { kind: 'number', value: 1 } },
      right: {
        kind: 'and',
        left: { kind: 'compare', property: 'b', operator: '<>', literal: { kind: 'number', value: 2 } },
        right: { kind: 'compare', property: 'c', operator: '>', literal: { kind: 'number', value: 3 } },
      },
    });
  });

  it('reads both quotes, backslash escapes and TRUE/FALSE', () => {
    expect(
      parseWql(`SELECT * FROM c WHERE p = "C:\\\\Windows" AND q = 'it\\'s' AND r = TRUE AND s = false`).where,
    ).toEqual({
      kind: 'and',
      left: {
        kind: 'and',
        left: {
          kind: 'and',
          left: {
            kind: 'compare',
            property: 'p',
            operator: '=',
            literal: { kind: 'string', value: 'C:\\Windows' },
          },
          right: {
            kind: 'compare',
            property: 'q',
            operator: '=',
            literal: { kind: 'string', value: "it's" },
          },
        },
        right: { kind: 'compare', property: 'r', operator: '=', literal: { kind: 'boolean', value: true } },
      },
      right: { kind: 'compare', property: 's', operator: '=', literal: { kind: 'boolean', value: false } },
    });
  });

  it.each([
    '',
    'SELECT',
    'SELECT * FROM',
    'SELECT * Win32_Service',
    'SELECT *, Name FROM Win32_Service',
    'SELECT * FROM Win32_Service WHERE',
    "SELECT * FROM Win32_Service WHERE Name = 'x",
    "SELECT * FROM Win32_Service WHERE Name IS 'x'",
    'SELECT * FROM Win32_Service WHERE Name IS NOT 5',
    "SELECT * FROM Win32_Service WHERE (Name = 'x'",
    "SELECT * FROM Win32_Service WHERE Name = 'x' extra",
    'SELECT * FROM Win32_Service WHERE Name LIKE 5',
    "SELECT * FROM Win32_Service WHERE Name ~ 'x'",
  ])('rejects %j', (query) => {
    expect(() => parseWql(query)).toThrow();
  });
});

describe('WHERE over Win32_Service', () => {
  it('compares strings ignoring case, in either quotes', () => {
    expect(names("name = 'HIMDS'")).toEqual(['himds']);
    expect(names('Name = "himds"')).toEqual(['himds']);
    expect(names("'himds' = Name")).toEqual(['himds']);
    expect(names("State <> 'running'")).toEqual(['arcproxy', 'wuauserv']);
    expect(names("State != 'RUNNING'")).toEqual(['arcproxy', 'wuauserv']);
  });

  it('orders strings ignoring case', () => {
    expect(names("Name < 'g'")).toEqual(['arcproxy', 'ExtensionService']);
    expect(names("Name >= 'GCARCSERVICE'")).toEqual(['GCArcService', 'himds', 'wuauserv']);
    expect(names("Name <= 'ExtensionService' AND Name > 'B'")).toEqual(['ExtensionService']);
  });

  it('matches LIKE with %, _, sets, ranges and negated sets, ignoring case', () => {
    expect(names("Name LIKE '%SERVICE'")).toEqual(['ExtensionService', 'GCArcService']);
    expect(names("Name LIKE 'h_mds'")).toEqual(['himds']);
    expect(names("Name LIKE '[a-h]%'")).toEqual(['arcproxy', 'ExtensionService', 'GCArcService', 'himds']);
    expect(names("Name LIKE '[^a-h]%'")).toEqual(['wuauserv']);
    expect(names("Name LIKE '[gw]%'")).toEqual(['GCArcService', 'wuauserv']);
    expect(names("NOT Name LIKE '%a%'")).toEqual(['ExtensionService', 'himds']);
  });

  it('combines AND, OR, NOT and parentheses', () => {
    expect(names("StartMode = 'Auto' AND NOT Name = 'himds'")).toEqual(['ExtensionService', 'GCArcService']);
    expect(names("Name = 'himds' OR Name = 'wuauserv' AND State = 'Running'")).toEqual(['himds']);
    expect(names("(Name = 'himds' OR Name = 'wuauserv') AND State = 'Stopped'")).toEqual(['wuauserv']);
    expect(names("NOT (StartMode = 'Auto' OR StartMode = 'Manual')")).toEqual(['arcproxy']);
  });

  it('compares numbers, booleans (bare or quoted) and nulls', () => {
    expect(names('ProcessId = 0')).toEqual(['arcproxy', 'wuauserv']);
    expect(names("ProcessId > '0' AND Started = TRUE")).toEqual([
      'ExtensionService',
      'GCArcService',
      'himds',
    ]);
    expect(names("Started = 'false'")).toEqual(['arcproxy', 'wuauserv']);
    expect(names('AcceptStop = FALSE AND Description IS NULL')).toEqual(['arcproxy', 'wuauserv']);
    expect(names('Description IS NOT NULL')).toEqual([]);
    expect(names("Description = 'x' OR Description <> 'x'")).toEqual([]); // a null meets no comparison
  });

  it.each([
    "Nmae = 'himds'", // no such property
    "ProcessId = 'abc'", // not a number
    "Started = 'maybe'",
    'Name = 5',
    'ProcessId LIKE 5',
    "ProcessId LIKE '5'",
    "Name LIKE '[abc'",
  ])('answers "Invalid query" for %j', (where) => {
    expect((thrown(() => names(where)) as CimError).code).toBe('InvalidQuery');
  });
});

describe('SELECT lists and other classes', () => {
  it('returns just the selected properties, in the class order, without adding keys', () => {
    const [svc] = cimAt().cim.query(
      undefined,
      "SELECT state, DisplayName, STATE FROM Win32_Service WHERE Name='himds'",
    );
    expect(svc?.properties).toEqual([
      { name: 'DisplayName', type: 'String', value: 'Azure Hybrid Instance Metadata Service' },
      { name: 'State', type: 'String', value: 'Running' },
    ]);
  });

  it('takes -Property like a SELECT list', () => {
    const fixes = cimAt().cim.getInstances(undefined, 'Win32_OperatingSystem', {
      property: ['Caption', 'Version'],
    });
    expect(fixes[0]?.properties.map((p) => p.name)).toEqual(['Caption', 'Version']);
  });

  it('compares a DateTime with a DMTF constant', () => {
    const { cim, machine, clock } = cimAt({}, '2025-10-23T08:00:00Z');
    const booted = "SELECT * FROM Win32_OperatingSystem WHERE LastBootUpTime >= '20251101000000.000000+000'";
    expect(cim.query(undefined, booted)).toHaveLength(0);
    clock.set('2025-11-02T00:00:00Z');
    machine.restart('requested');
    expect(cim.query(undefined, booted)).toHaveLength(1);
    expect(
      cim.query(
        undefined,
        "SELECT * FROM Win32_OperatingSystem WHERE LastBootUpTime = '20251102010000.000000+060'",
      ),
    ).toHaveLength(1);
  });
});
