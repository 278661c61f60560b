import { KIND_COLOURS } from './html-palette.js';
import type { MonthKind } from './types.js';

const kindRules = (Object.keys(KIND_COLOURS) as MonthKind[])
  .map((kind) => `.grid td.k-${kind}{background:${KIND_COLOURS[kind]}}`)
  .join('\n');

/**
 * The page's only style sheet, inline: system fonts (the page loads nothing), tables that scroll
 * sideways rather than squeeze, grid colours from the palette.
 */
export const HTML_STYLE = `
:root{color-scheme:light;--ink:#1f2328;--muted:#59636e;--line:#d1d9e0;--soft:#f6f8fa}
*{box-sizing:border-box}
body{margin:0;font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue",Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1280px;margin:0 auto;padding:24px 32px 48px}
h1{font-size:26px;margin:0 0 12px;display:flex;align-items:center;gap:12px;flex-wrap:wrap;word-break:break-word}
h2{font-size:18px;margin:32px 0 12px;padding-bottom:4px;border-bottom:1px solid var(--line)}
.kicker{margin:0;color:var(--muted);text-transform:uppercase;letter-spacing:.06em;font-size:12px}
header{border-bottom:1px solid var(--line);padding-bottom:16px}
.facts{display:flex;flex-wrap:wrap;gap:8px 32px;margin:0}
.facts div{min-width:90px}
.facts dt{color:var(--muted);font-size:12px}
.facts dd{margin:0;font-size:16px;font-weight:600;font-variant-numeric:tabular-nums}
.badge{display:inline-block;padding:2px 10px;border-radius:999px;font-size:12px;font-weight:700;letter-spacing:.04em;color:#fff;background:#59636e}
.badge.verdict{font-size:14px;padding:3px 12px}
.badge.pass{background:#1a7f37}
.badge.fail{background:#cf222e}
.chart-row{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.scroll{max-width:100%;overflow-x:auto}
svg.chart{display:block}
svg text{font-family:inherit;font-size:12px;fill:var(--ink)}
svg .tick{fill:var(--muted);font-size:11px}
svg .year{font-weight:600}
svg .total{font-weight:600}
svg .total.small{font-size:10px}
svg .panel-title,svg .axis-title{font-weight:600;font-size:12px}
svg .empty{fill:var(--muted)}
svg .grid{stroke:#eaeef2;stroke-width:1}
svg .axis{stroke:#8c959f;stroke-width:1}
svg rect{stroke:#fff;stroke-width:.5}
.legend{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:6px}
.legend.inline{flex-direction:row;flex-wrap:wrap;gap:6px 18px;margin-bottom:10px}
.legend li{display:flex;align-items:center;gap:8px;white-space:nowrap}
.legend li.unused{color:var(--muted)}
.legend .count{color:var(--muted);font-variant-numeric:tabular-nums}
.swatch{display:inline-block;width:14px;height:14px;border-radius:3px;border:1px solid rgba(0,0,0,.15)}
.cell-swatch{width:22px;height:18px;text-align:center;font-size:11px;font-weight:600;line-height:16px}
table{border-collapse:collapse}
table.data th,table.data td{border-bottom:1px solid var(--line);padding:5px 10px;text-align:left;vertical-align:top}
table.data thead th{background:var(--soft);font-weight:600}
table.data tfoot th,table.data tfoot td{font-weight:600;border-top:2px solid var(--line)}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
table.cost{min-width:320px}
table.grid{font-size:12px;font-variant-numeric:tabular-nums}
table.grid th,table.grid td{border:1px solid #fff;padding:2px 4px;text-align:center;min-width:58px;height:22px}
table.grid thead th{background:var(--soft);font-weight:600;white-space:nowrap}
table.grid tbody th{text-align:left;font-weight:500;white-space:nowrap;padding-right:12px;background:#fff}
table.grid td.k-missing{background:repeating-linear-gradient(45deg,#fff,#fff 3px,#eee 3px,#eee 6px)}
${kindRules}
.grid td{font-weight:600;color:#24292f}
.r{display:inline-block;min-width:16px;margin-left:4px;padding:0 4px;border-radius:8px;background:#a40e26;color:#fff;font-size:11px;line-height:16px;font-weight:700}
tr.failed td{background:#fff1f0}
mark{background:#ffd8b5;border-radius:3px}
code,pre,.at,.detail{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,"Liberation Mono",monospace;font-size:12px}
pre{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:12px 14px;white-space:pre-wrap;word-break:break-all;margin:0}
table.events{width:100%}
table.events td:not(.detail){white-space:nowrap}
table.events .detail{white-space:pre-wrap;word-break:break-word}
tr.t-script-error td,tr.t-fault td{background:#fff8f0}
.note{color:var(--muted);font-style:italic}
`;
