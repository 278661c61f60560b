import { type AxisScale, niceScale, svgNumber } from './chart-scale.js';
import { formatCount, formatUsd } from './format-number.js';
import { escapeHtml } from './html-escape.js';
import { monthAxis, type PlotBox, valueAxis, valueLabelWidth } from './svg-axes.js';
import type { Report } from './types.js';

const BAND = 48;
const BAR = 28;
const PANEL_HEIGHT = 110;
const PANEL_GAP = 40;
const MARGIN = { right: 16, top: 28, bottom: 44 };
// Wide enough for the panel titles, which start at the plot's left edge.
const MIN_PLOT_WIDTH = 250;
const COST_COLOUR = '#7b61b8';
const AVOIDED_COLOUR = '#009e73';

interface Panel {
  title: string;
  colour: string;
  values: number[];
  scale: AxisScale;
  /** A tick label for the axis. */
  tick: (value: number) => string;
  /** The exact value, for a bar's tooltip. */
  exact: (value: number) => string;
  /** Names the bar's data attribute (`data-cost`, `data-avoided`). */
  kind: string;
}

function panelSvg(panel: Panel, months: readonly string[], box: PlotBox): string {
  const unit = box.height / panel.scale.top;
  const parts = [
    `<text class="panel-title" x="${svgNumber(box.left)}" y="${svgNumber(box.top - 12)}">${escapeHtml(panel.title)}</text>`,
    valueAxis(panel.scale, box, panel.tick),
  ];
  panel.values.forEach((value, i) => {
    if (!(value > 0)) return;
    const h = value * unit;
    const x = box.left + i * BAND + (BAND - BAR) / 2;
    parts.push(
      `<rect x="${svgNumber(x)}" y="${svgNumber(box.top + box.height - h)}" width="${BAR}" height="${svgNumber(h)}" ` +
        `fill="${panel.colour}" data-month="${escapeHtml(months[i] ?? '')}" data-${panel.kind}="${value}">` +
        `<title>${escapeHtml(`${months[i] ?? ''}: ${panel.exact(value)}`)}</title></rect>`,
    );
  });
  return parts.join('');
}

function peak(values: number[]): number {
  return Math.max(0, ...values.filter(Number.isFinite));
}

function chartSvg(report: Report): string {
  const months = report.months.map((m) => m.month);
  const costValues = report.months.map((m) => m.hotpatchCost);
  const costScale = niceScale(peak(costValues), false);
  const avoidedValues = report.months.map((m) => m.restartsAvoided);
  const costPanel: Panel = {
    title: 'Hotpatch subscription cost (US$)',
    colour: COST_COLOUR,
    values: costValues,
    scale: costScale,
    tick: (value) => formatUsd(value, costScale.step < 1 ? 2 : 0),
    exact: (value) => formatUsd(value),
    kind: 'cost',
  };
  const avoidedPanel: Panel = {
    title: 'Restarts the hotpatches avoided',
    colour: AVOIDED_COLOUR,
    values: avoidedValues,
    scale: niceScale(peak(avoidedValues), true),
    tick: formatCount,
    exact: (value) => `${formatCount(value)} restarts avoided`,
    kind: 'avoided',
  };
  const left = 12 + Math.max(...[costPanel, avoidedPanel].map((p) => valueLabelWidth(p.scale, p.tick)));
  const plotWidth = Math.max(months.length * BAND, MIN_PLOT_WIDTH);
  const cost: PlotBox = { left, top: MARGIN.top, width: plotWidth, height: PANEL_HEIGHT };
  const avoided: PlotBox = { ...cost, top: cost.top + PANEL_HEIGHT + PANEL_GAP };
  const width = left + plotWidth + MARGIN.right;
  const height = avoided.top + PANEL_HEIGHT + MARGIN.bottom;
  // The cost panel gets only a base line: the month names under the second panel serve both.
  const costBase = svgNumber(cost.top + cost.height);
  return (
    `<svg class="chart" role="img" aria-labelledby="cost-chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="cost-chart-title">Hotpatch cost and restarts avoided per month</title>` +
    panelSvg(costPanel, months, cost) +
    `<line class="axis" x1="${svgNumber(left)}" x2="${svgNumber(left + plotWidth)}" y1="${costBase}" y2="${costBase}"/>` +
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
