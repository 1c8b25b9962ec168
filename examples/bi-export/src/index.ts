/**
 * `@atender-examples/bi-export`: analytics for a date range as CSV, JSON and an SVG chart. The
 * CLI is `src/cli.ts`; these exports let tests and the demo run an export in-process.
 *
 * @packageDocumentation
 */
export { escapeXml, formatCount, humanRange, labelIndices, niceTicks, shortDate, type YTicks } from './chart-scale.js';
export { type AtenderClient, type Connection, type ConnectOptions, connect } from './connect.js';
export { type CsvCell, csvField, toCsv } from './csv.js';
export { type DateRange, DEFAULT_RANGE_DAYS, MAX_RANGE_DAYS, rangeDays, resolveRange } from './dates.js';
export { addDemoTraffic, type DemoTrafficOptions } from './demo-traffic.js';
export { describeError, exitCodeOf, RefusalError } from './errors.js';
export {
  type BiExportFiles,
  type BiExportOptions,
  type BiExportSummary,
  type BiReport,
  fetchReports,
  type Interval,
  runBiExport,
  writeReport,
} from './export.js';
export { checkReportScopes, describeMissingScopes, REPORT_OPERATIONS, type ScopeCheck } from './scopes.js';
export { renderVolumeChart, type VolumeChartOptions } from './svg-chart.js';
