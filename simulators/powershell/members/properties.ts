import { ErrorRecord } from '../errors/error-record.js';
import { PSException } from '../errors/exception.js';
import { collected, itemsOf } from '../operators/collections.js';
import { PSArrayList } from '../values/array-list.js';
import { PSHashtable } from '../values/hashtable.js';
import { PSObject } from '../values/ps-object.js';
import { PSTypeValue } from '../values/type-value.js';
import type { PSValue } from '../values/value.js';
import { errorRecordMember, exceptionMember } from './error-members.js';

/**
 * `$x.Name`. DOC (about_Properties, about_Member-Access_Enumeration): a hashtable's keys read as
 * properties (before its own Count/Keys/Values); a collection without the property enumerates its
 * items and collects theirs; a property nobody has is $null (strict mode is not emulated).
 */
export function getProperty(value: PSValue, name: string): PSValue {
  // DOC (PowerShell 3+): $null has a Count of 0.
  if (value === null) return /^count$/i.test(name) ? 0 : null;
  const own = ownProperty(value, name);
  if (own !== undefined) return own;
  const items = itemsOf(value);
  if (!items) return null;
  const found: PSValue[] = [];
  for (const item of items) {
    const member = ownProperty(item, name);
    if (member !== undefined) found.push(member);
  }
  return collected(found);
}

/** A property the value itself has, or undefined. */
export function ownProperty(value: PSValue, name: string): PSValue | undefined {
  if (value === null) return undefined;
  const member = adapted(value, name);
  if (member !== undefined) return member;
  // DOC (PowerShell 3+): every scalar answers Count and Length as a one-item collection.
  const key = name.toLowerCase();
  return !itemsOf(value) && !(value instanceof PSHashtable) && (key === 'count' || key === 'length')
    ? 1
    : undefined;
}

function adapted(value: Exclude<PSValue, null>, name: string): PSValue | undefined {
  const key = name.toLowerCase();
  if (typeof value === 'string') return key === 'length' ? value.length : undefined;
  if (Array.isArray(value)) return key === 'length' || key === 'count' ? value.length : undefined;
  if (value instanceof PSArrayList) return key === 'count' ? value.count : undefined;
  if (value instanceof PSHashtable) {
    if (value.has(name)) return value.get(name) ?? null;
    if (key === 'count') return value.count;
    if (key === 'keys') return value.keys();
    if (key === 'values') return value.values();
    return undefined;
  }
  if (value instanceof PSObject) return value.has(name) ? (value.get(name) ?? null) : undefined;
  if (value instanceof ErrorRecord) return errorRecordMember(value, name);
  if (value instanceof PSException) return exceptionMember(value, name);
  if (value instanceof PSTypeValue) {
    if (key === 'fullname') return value.type.fullName;
    if (key === 'name') return value.type.name;
    return undefined;
  }
  return undefined;
}
