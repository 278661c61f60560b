import { niceScale, svgNumber } from './chart-scale.js';
import { formatCount, formatUsd } from './format-number.js';
import { escapeHtml } from './html-escape.js';
import { monthAxis, type PlotBox, valueAxis } from './svg-axes.js';
import type { Report } from './types.js';

const BAND = 48;
const BAR = 28;
const PANEL_HEIGHT = 110;
const PANEL_GAP = 40;
const MARGIN = { left: 80, right: 16, top: 28, bottom: 44 };
const COST_COLOUR = '#7b61b8';
const AVOIDED_COLOUR = '#009e73';

interface Panel {
  title: string;
  colour: string;
  values: number[];
  integer: boolean;
  label: (value: number, step: number) => string;
  kind: string;
}

function panelSvg(panel: Panel, months: readonly string[], box: PlotBox): string {
  const scale = niceScale(Math.max(0, ...panel.values.filter(Number.isFinite)), panel.integer);
  const unit = box.height / scale.top;
  const parts = [
    `<text class="panel-title" x="${svgNumber(box.left)}" y="${svgNumber(box.top - 12)}">${escapeHtml(panel.title)}</text>`,
    valueAxis(scale, box, (value) => panel.label(value, scale.step)),
  ];
  panel.values.forEach((value, i) => {
    if (!(value > 0)) return;
    const h = value * unit;
    const x = box.left + i * BAND + (BAND - BAR) / 2;
    parts.push(
      `<rect x="${svgNumber(x)}" y="${svgNumber(box.top + box.height - h)}" width="${BAR}" height="${svgNumber(h)}" ` +
        `fill="${panel.colour}" data-month="${escapeHtml(months[i] ?? '')}" data-${panel.kind}="${value}">` +
        `<title>${escapeHtml(`${months[i] ?? ''}: ${panel.label(value, 0.01)}`)}</title></rect>`,
    );
  });
  return parts.join('');
}

function chartSvg(report: Report): string {
  const months = report.months.map((m) => m.month);
  const plotWidth = Math.max(months.length, 4) * BAND;
  const cost: PlotBox = { left: MARGIN.left, top: MARGIN.top, width: plotWidth, height: PANEL_HEIGHT };
  const avoided: PlotBox = { ...cost, top: cost.top + PANEL_HEIGHT + PANEL_GAP };
  const width = MARGIN.left + plotWidth + MARGIN.right;
  const height = avoided.top + PANEL_HEIGHT + MARGIN.bottom;
  const costPanel: Panel = {
    title: 'Hotpatch subscription cost (US$)',
    colour: COST_COLOUR,
    values: report.months.map((m) => m.hotpatchCost),
    integer: false,
    label: (value, step) => formatUsd(value, step < 1 ? 2 : 0),
    kind: 'cost',
  };
  const avoidedPanel: Panel = {
    title: 'Restarts the hotpatches avoided',
    colour: AVOIDED_COLOUR,
    values: report.months.map((m) => m.restartsAvoided),
    integer: true,
    label: (value) => formatCount(value),
    kind: 'avoided',
  };
  // The cost panel's month axis is only a base line: the names below the second panel serve both.
  const costBase = cost.top + cost.height;
  return (
    `<svg class="chart" role="img" aria-labelledby="cost-chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="cost-chart-title">Hotpatch cost and restarts avoided per month</title>` +
    panelSvg(costPanel, months, cost) +
    `<line class="axis" x1="${svgNumber(cost.left)}" x2="${svgNumber(cost.left + plotWidth)}" y1="${svgNumber(costBase)}" y2="${svgNumber(costBase)}"/>` +
    panelSvg(avoidedPanel, months, avoided) +
    monthAxis(months, avoided, BAND) +
    '</svg>'
  );
}

function costTable(report: Report): string {
  const rows = report.months.map(
    (m) =>
      `<tr><th scope="row">${escapeHtml(m.month)}</th><td class="num">${escapeHtml(formatUsd(m.hotpatchCost))}</td>` +
      `<td class="num">${formatCount(m.restartsAvoided)}</td></tr>`,
  );
  // Sum whole cents so the total is exactly the sum of the amounts shown.
  const cents = report.months.reduce((total, m) => total + Math.round(m.hotpatchCost * 100), 0);
  const avoided = report.months.reduce((total, m) => total + m.restartsAvoided, 0);
  return (
    '<table class="data cost"><thead><tr><th scope="col">Month</th><th scope="col">Hotpatch cost</th>' +
    `<th scope="col">Restarts avoided</th></tr></thead><tbody>${rows.join('')}</tbody>` +
    `<tfoot><tr><th scope="row">Total</th><td class="num">${escapeHtml(formatUsd(cents / 100))}</td>` +
    `<td class="num">${formatCount(avoided)}</td></tr></tfoot></table>`
  );
}

/** The section with each month's hotpatch cost beside the restarts the hotpatches avoided. */
export function costSection(report: Report): string {
  return (
    '<section id="cost"><h2>Hotpatch cost and restarts avoided</h2>' +
    `<div class="chart-row"><div class="scroll">${chartSvg(report)}</div>${costTable(report)}</div></section>`
  );
}
