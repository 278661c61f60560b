import { formatCount, formatUsd } from './format-number.js';
import { escapeHtml } from './html-escape.js';
import type { Report } from './types.js';

function fact(term: string, value: string): string {
  return `<div><dt>${escapeHtml(term)}</dt><dd>${escapeHtml(value)}</dd></div>`;
}

/** The page header: scenario, seed, period, verdict badge, and the period's totals. */
export function headerSection(report: Report): string {
  const verdictClass = report.verdict === 'pass' ? 'pass' : report.verdict === 'fail' ? 'fail' : 'unknown';
  const restarts = report.months.reduce((total, m) => total + m.restarts, 0);
  const avoided = report.months.reduce((total, m) => total + m.restartsAvoided, 0);
  // Whole cents, so the total equals the sum of the monthly amounts as shown.
  const cents = report.months.reduce((total, m) => total + Math.round(m.hotpatchCost * 100), 0);
  const passed = report.expectations.filter((e) => e.pass).length;
  const facts = [
    fact('Seed', String(report.seed)),
    fact('Period', `${report.period.from} to ${report.period.to}`),
    fact('Machines', formatCount(report.machines.length)),
    fact('Restarts', formatCount(restarts)),
    fact('Restarts avoided', formatCount(avoided)),
    fact('Hotpatch cost', formatUsd(cents / 100)),
    fact(
      'Expectations',
      report.expectations.length === 0
        ? 'none set'
        : `${formatCount(passed)} of ${formatCount(report.expectations.length)} passed`,
    ),
  ];
  return (
    `<header><p class="kicker">Hotpatch restart report</p><h1>${escapeHtml(report.scenario)} ` +
    `<span class="badge verdict ${verdictClass}">${escapeHtml(report.verdict.toUpperCase())}</span></h1>` +
    `<dl class="facts">${facts.join('')}</dl></header>`
  );
}
