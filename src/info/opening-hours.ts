/**
 * Opening hours: a subset of OpenStreetMap's `opening_hours` syntax, the open/closed status in
 * Europe/Stockholm time and the formats to show them. No DOM.
 *
 * Supported subset (anything else is an error, so a typo never silently means "open"):
 * - Rules separated by `;`. As in OSM, a later rule replaces what earlier rules said about the
 *   days it selects, so put `PH off` and dates last: `Mo-Fr 08:30-12:00,13:00-14:00; PH off`.
 * - Selectors: weekdays `Mo Tu We Th Fr Sa Su`, ranges `Mo-Fr` (also wrapping, `Sa-Mo`) and lists
 *   `Mo,We,Fr-Sa`; `PH` for Swedish public holidays (alone or in the list: `Sa,PH off`); dates
 *   `Dec 24`, `2026 Dec 24`, `Dec 24-26`, lists `Dec 24,31` or `Dec 24,2027 Jan 5`. Without a
 *   selector a rule is for every day. Dates cannot be combined with weekdays in one rule.
 * - Times: `HH:MM-HH:MM`, several with commas (`08:30-12:00,13:00-14:00`), end up to `24:00`
 *   (no spans past midnight: write `Fr 16:00-24:00; Sa 00:00-01:00`); `off` or `closed`; `24/7`.
 * Not supported: month ranges, week numbers, `SH`, `sunrise`, comments, `||` fallbacks, open
 * ends (`+`), and rules without a time.
 *
 * Julafton, midsommarafton and nyårsafton are closed unless `closeEves` is false or a date rule
 * names the day (e.g. `Dec 24 09:00-12:00`).
 */
export {
  DEFAULT_HOURS,
  type TimeRange,
  type DateSelector,
  type Rule,
  type OpeningHours,
  OpeningHoursError,
  parseOpeningHours,
} from './opening-hours-parse.js';
export { type HoursOptions, hoursOn, stockholmTime, type NextOpening, type Status, statusAt } from './opening-hours-status.js';
export { type SummaryRow, summarize, toSchemaOrg } from './opening-hours-summary.js';
export { formatTime, formatRanges, weekdayName, formatDate } from './opening-hours-format.js';
