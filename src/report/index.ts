/** The monthly restart report: report.json (canonical) and the formats rendered from it. */
export { csvField, renderCsv } from './csv.js';
export { renderHtml } from './html.js';
export { renderJson } from './json.js';
export { renderMarkdown } from './markdown.js';
export type {
  Assumption,
  ExpectResult,
  FleetMonth,
  MachineMonth,
  MonthKind,
  ReasonCode,
  Report,
  ReportEvent,
  ReportEventType,
} from './types.js';
export { type ReportFormat, writeAtomically, writeReports } from './write.js';
