import { type AxisScale, monthAxisLabel, svgNumber } from './chart-scale.js';
import { escapeHtml } from './html-escape.js';

/** Where a chart's plot area sits in its SVG. */
export interface PlotBox {
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * Room for the value labels left of a plot: a generous estimate of 7 pixels per character at the
 * 11-pixel tick size, since a static page cannot measure its text.
 */
export function valueLabelWidth(scale: AxisScale, label: (value: number) => string): number {
  return 7 * Math.max(1, ...scale.ticks.map((tick) => label(tick).length));
}

/** Horizontal grid lines with their value labels left of the plot. */
export function valueAxis(scale: AxisScale, box: PlotBox, label: (value: number) => string): string {
  return scale.ticks
    .map((tick) => {
      const y = svgNumber(box.top + box.height - (tick / scale.top) * box.height);
      const line = `<line class="grid" x1="${svgNumber(box.left)}" x2="${svgNumber(box.left + box.width)}" y1="${y}" y2="${y}"/>`;
      const text = `<text class="tick" x="${svgNumber(box.left - 6)}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeHtml(label(tick))}</text>`;
      return line + text;
    })
    .join('');
}

/** Month names under the plot, centred on each band, with the year on a second line where it changes. */
export function monthAxis(months: readonly string[], box: PlotBox, band: number): string {
  const baseline = box.top + box.height;
  const parts = [
    `<line class="axis" x1="${svgNumber(box.left)}" x2="${svgNumber(box.left + box.width)}" y1="${svgNumber(baseline)}" y2="${svgNumber(baseline)}"/>`,
  ];
  months.forEach((month, i) => {
    const x = svgNumber(box.left + (i + 0.5) * band);
    const { name, year } = monthAxisLabel(month, i);
    parts.push(
      `<text class="tick" x="${x}" y="${svgNumber(baseline + 16)}" text-anchor="middle">${escapeHtml(name)}</text>`,
    );
    if (year !== '') {
      parts.push(
        `<text class="tick year" x="${x}" y="${svgNumber(baseline + 30)}" text-anchor="middle">${escapeHtml(year)}</text>`,
      );
    }
  });
  return parts.join('');
}
