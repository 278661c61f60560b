import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderCsv } from '../../src/report/csv.js';
import { renderHtml } from '../../src/report/html.js';
import { renderJson } from '../../src/report/json.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { smallReport, syntheticReport } from './fixture.js';

const RENDERERS = { renderJson, renderMarkdown, renderCsv, renderHtml };

function forbidden(name: string): () => never {
  return () => {
    throw new Error(`renderers must not call ${name}`);
  };
}

afterEach(() => {
  vi.unstubAllGlobals();
  vi.restoreAllMocks();
});

describe('the renderers', () => {
  it.each(Object.entries(RENDERERS))('%s reads no clock, randomness or locale', (_, render) => {
    const expected = [render(smallReport()), render(syntheticReport(20, 12))];
    vi.spyOn(Date, 'now').mockImplementation(forbidden('Date.now'));
    vi.spyOn(Math, 'random').mockImplementation(forbidden('Math.random'));
    vi.spyOn(Number.prototype, 'toLocaleString').mockImplementation(forbidden('toLocaleString'));
    vi.spyOn(String.prototype, 'localeCompare').mockImplementation(forbidden('localeCompare'));
    vi.stubGlobal('Intl', new Proxy({}, { get: forbidden('Intl') }));
    vi.stubGlobal(
      'Date',
      new Proxy(Date, {
        construct: forbidden('new Date'),
        apply: forbidden('Date()'),
      }),
    );
    expect([render(smallReport()), render(syntheticReport(20, 12))]).toEqual(expected);
  });
});
