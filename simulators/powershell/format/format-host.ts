import { ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import { renderErrorRecord, viewEndsWithBlankLine } from '../errors/render-error.js';
import { itemsOf } from '../operators/collections.js';
import { PSHashtable } from '../values/hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { dotNetString } from '../values/to-string.js';
import { PSTypeValue } from '../values/type-value.js';
import type { PSValue } from '../values/value.js';
import { cellText } from './cell-text.js';
import { renderList } from './list.js';
import { type Column, renderTable } from './table.js';

type Group =
  | { kind: 'table' | 'list'; type: string; objects: PSObject[] }
  | { kind: 'hashtable'; tables: PSHashtable[] };

/**
 * Output values as Windows PowerShell 5.1's default formatter prints them (Out-Default): a scalar
 * on its own line ($null prints nothing, booleans True/False, doubles as .NET Framework prints
 * them), collections one item per line, a hashtable as a Name/Value table, an object with at
 * most four properties as a table and with more as a list. Consecutive objects of one type share
 * a table whose columns come from the first object (3P: later objects' other properties are not
 * shown). Lines are joined with "\n".
 */
export function formatForHost(values: readonly PSValue[]): string {
  const lines: string[] = [];
  let group: Group | undefined;
  const flush = () => {
    if (group) lines.push(...renderGroup(group));
    group = undefined;
  };
  for (const value of flatten(values)) {
    if (value === null) continue;
    if (value instanceof PSHashtable) {
      if (group?.kind !== 'hashtable') flush();
      group = group?.kind === 'hashtable' ? group : { kind: 'hashtable', tables: [] };
      group.tables.push(value);
      continue;
    }
    if (value instanceof PSObject) {
      const kind = value.options.display?.view ?? (value.properties().length <= 4 ? 'table' : 'list');
      if (group?.kind !== kind || group.type !== value.typeName) {
        flush();
        group = { kind, type: value.typeName, objects: [] };
      }
      group.objects.push(value);
      continue;
    }
    flush();
    lines.push(...scalarLines(value));
  }
  flush();
  return lines.join('\n');
}

function flatten(values: readonly PSValue[]): PSValue[] {
  return values.flatMap((value) => {
    const items = itemsOf(value);
    return items ? flatten(items) : [value];
  });
}

function scalarLines(value: PSValue): string[] {
  // The error view mostly ends with "\n ": a line holding one space.
  if (value instanceof ErrorRecord)
    return [...renderErrorRecord(value).split('\n'), ...(viewEndsWithBlankLine(value) ? [' '] : [])];
  if (value instanceof PSTypeValue) {
    const rows = [['True', 'True', value.type.name, 'System.Object']];
    const columns = ['IsPublic', 'IsSerial', 'Name', 'BaseType'].map((header) => ({
      header,
      rightAligned: false,
      ...(header === 'Name' ? { width: 40 } : {}),
    }));
    return renderTable(columns, rows);
  }
  if (value instanceof PSException) return renderList([[['Message', value.message]]]);
  return dotNetString(value).split(/\r?\n/);
}

function renderGroup(group: Group): string[] {
  if (group.kind === 'hashtable') {
    const rows = group.tables.flatMap((table) =>
      table.entries().map((entry) => [dotNetString(entry.key), cellText(entry.value)]),
    );
    // DOC (5.1 DotNetTypes.format.ps1xml): the DictionaryEntry table's Name column is 30 wide.
    return renderTable(
      [
        { header: 'Name', rightAligned: false, width: 30 },
        { header: 'Value', rightAligned: false },
      ],
      rows,
    );
  }
  const first = group.objects[0] as PSObject;
  const names = first.options.display?.properties ?? first.properties().map((p) => p.name);
  if (group.kind === 'list')
    return renderList(
      group.objects.map((object) => names.map((name) => [name, cellText(object.get(name) ?? null)] as const)),
    );
  const columns: Column[] = names.map((name) => ({
    header: name,
    rightAligned: typeof first.get(name) === 'number',
  }));
  return renderTable(
    columns,
    group.objects.map((object) => names.map((name) => cellText(object.get(name) ?? null))),
  );
}
