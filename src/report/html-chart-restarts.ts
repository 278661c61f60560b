import { niceScale, svgNumber } from './chart-scale.js';
import { formatCount } from './format-number.js';
import { escapeHtml } from './html-escape.js';
import { OTHER_REASON_COLOUR, REASON_COLOURS, reasonColour } from './html-palette.js';
import { orderedReasons, REASON_CODES } from './reasons.js';
import { monthAxis, type PlotBox, valueAxis, valueLabelWidth } from './svg-axes.js';
import type { FleetMonth, Report } from './types.js';

const BAND = 56;
const BAR = 32;
const PLOT_HEIGHT = 220;
const MARGIN = { right: 16, top: 24, bottom: 44 };
// Room for the rotated axis title left of the value labels.
const TITLE_WIDTH = 28;

/** Label for restarts the reason counts do not cover. */
const OTHER = 'unattributed';

/** A month's bar, bottom to top: reason counts in canonical order, then any unexplained rest. */
function segments(month: FleetMonth): Array<[string, number]> {
  const pairs = orderedReasons(month.reasons).filter(([, count]) => count > 0);
  const explained = pairs.reduce((sum, [, count]) => sum + count, 0);
  if (month.restarts > explained) pairs.push([OTHER, month.restarts - explained]);
  return pairs;
}

function chartSvg(report: Report): string {
  const months = report.months;
  const bars = months.map(segments);
  const peak = Math.max(0, ...months.map((m, i) => Math.max(m.restarts, sum(bars[i] ?? []))));
  const scale = niceScale(peak, true);
  const box: PlotBox = {
    left: TITLE_WIDTH + valueLabelWidth(scale, formatCount) + 8,
    top: MARGIN.top,
    width: Math.max(months.length, 4) * BAND,
    height: PLOT_HEIGHT,
  };
  const width = box.left + box.width + MARGIN.right;
  const height = box.top + box.height + MARGIN.bottom;
  const unit = box.height / scale.top;
  const parts: string[] = [valueAxis(scale, box, formatCount)];
  months.forEach((month, i) => {
    const x = svgNumber(box.left + i * BAND + (BAND - BAR) / 2);
    let y = box.top + box.height;
    for (const [reason, count] of bars[i] ?? []) {
      const h = count * unit;
      y -= h;
      const colour = reason === OTHER ? OTHER_REASON_COLOUR : reasonColour(reason);
      parts.push(
        `<rect x="${x}" y="${svgNumber(y)}" width="${BAR}" height="${svgNumber(h)}" fill="${colour}" ` +
          `data-month="${escapeHtml(month.month)}" data-reason="${escapeHtml(reason)}" data-count="${count}">` +
          `<title>${escapeHtml(`${month.month}: ${formatCount(count)} ${reason}`)}</title></rect>`,
      );
    }
    if (month.restarts > 0) {
      const top = box.top + box.height - Math.max(month.restarts, sum(bars[i] ?? [])) * unit;
      const label = formatCount(month.restarts);
      // Six digits and a comma would crowd the next bar's label at the usual size.
      const size = label.length > 6 ? ' small' : '';
      parts.push(
        `<text class="total${size}" x="${svgNumber(box.left + (i + 0.5) * BAND)}" y="${svgNumber(top - 5)}" text-anchor="middle">${label}</text>`,
      );
    }
  });
  parts.push(
    monthAxis(
      months.map((m) => m.month),
      box,
      BAND,
    ),
  );
  parts.push(
    `<text class="axis-title" transform="translate(14 ${svgNumber(box.top + box.height / 2)}) rotate(-90)" text-anchor="middle">Restarts</text>`,
  );
  if (peak === 0) {
    parts.push(
      `<text class="empty" x="${svgNumber(box.left + box.width / 2)}" y="${svgNumber(box.top + box.height / 2)}" text-anchor="middle">No restarts in this period</text>`,
    );
  }
  return (
    `<svg class="chart" role="img" aria-labelledby="restarts-chart-title" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">` +
    `<title id="restarts-chart-title">Restarts per month, stacked by reason</title>${parts.join('')}</svg>`
  );
}

function sum(pairs: Array<[string, number]>): number {
  return pairs.reduce((total, [, count]) => total + count, 0);
}

function legend(report: Report): string {
  const totals = new Map<string, number>();
  for (const month of report.months) {
    for (const [reason, count] of segments(month)) totals.set(reason, (totals.get(reason) ?? 0) + count);
  }
  // Every known code is listed, used or not, so readers learn the colours once for all reports.
  const codes = [...REASON_CODES, ...[...totals.keys()].filter((code) => !(code in REASON_COLOURS))];
  const items = codes.map((code) => {
    const colour = code === OTHER ? OTHER_REASON_COLOUR : reasonColour(code);
    const total = totals.get(code) ?? 0;
    return (
      `<li${total === 0 ? ' class="unused"' : ''}><span class="swatch" style="background:${colour}"></span>` +
      `${escapeHtml(code)} <span class="count">${formatCount(total)}</span></li>`
    );
  });
  return `<ul class="legend" aria-label="Reasons, with restarts over the period">${items.join('')}</ul>`;
}

/** The section with the stacked bar chart of restarts per month by reason, and its legend. */
export function restartsSection(report: Report): string {
  return (
    '<section id="restarts"><h2>Restarts per month, by reason</h2>' +
    `<div class="chart-row"><div class="scroll">${chartSvg(report)}</div>${legend(report)}</div></section>`
  );
}
