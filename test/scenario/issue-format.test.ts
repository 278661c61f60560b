import { describe, expect, it } from 'vitest';
import { didYouMean, editDistance } from '../../src/scenario/did-you-mean.js';
import { formatIssue, formatPath, ScenarioError } from '../../src/scenario/index.js';

describe('formatPath', () => {
  it('writes keys with dots, indexes in brackets, odd keys quoted', () => {
    expect(formatPath(['fleet', 1, 'edition'])).toBe('fleet[1].edition');
    expect(formatPath([3, 'a-b', 'x y', '1'])).toBe('[3].a-b["x y"]["1"]');
    expect(formatPath([])).toBe('');
  });
});

describe('ScenarioError', () => {
  it('lists one line per issue, leaving out a missing line or path', () => {
    const error = new ScenarioError('x.yaml', [
      { code: 'a', path: ['fleet', 0, 'name'], line: 4, message: 'first' },
      { code: 'b', path: [], line: 1, message: 'second' },
      { code: 'c', path: ['seed'], line: undefined, message: 'third' },
    ]);
    expect(error.message).toBe('x.yaml:4: fleet[0].name: first\nx.yaml:1: second\nx.yaml: seed: third');
    expect(error.name).toBe('ScenarioError');
    expect(error).toBeInstanceOf(Error);
    expect(formatIssue('f', { code: 'd', path: [0], line: 2, message: 'm' })).toBe('f:2: [0]: m');
  });
});

describe('didYouMean', () => {
  it('suggests the nearest candidate within two edits, the first on a tie', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('flaw', 'lawn')).toBe(2);
    expect(didYouMean('edtion', ['name', 'edition', 'count'])).toBe('; did you mean "edition"?');
    expect(didYouMean('cor', ['cores', 'core'])).toBe('; did you mean "core"?');
    expect(didYouMean('ab', ['abcd', 'abce'])).toBe('; did you mean "abcd"?');
    expect(didYouMean('abc', ['xyz', 'abcdef'])).toBe('');
  });
});
