/** The compliance calendar: when each step of a cycle is due, by compliance year and, where the dates differ, sector. */
import { requireObligated, sectorStanding } from './coverage';
import { notAvailable, valueError } from './errors';
import { year as yearOf } from './inputs';
import { dataText, say, sourceText } from './messages';
import { COMPLIANCE_EVENTS, coverageSector, eventId, sectorId, type ComplianceEvent } from './names';
import { findRule, recordsOf, spanText, type Deadline, type DeadlineGroup, type RuleRecord } from './rules';

const groupLabel = (group: DeadlineGroup): string => say(group === 'power' ? 'calendar.group.power' : 'calendar.group.industry');
const eventName = (event: ComplianceEvent): string => say(`event.${event}`);
const DEADLINE_GROUPS: readonly DeadlineGroup[] = ['power', 'industry'];
/** A sector standing for each group, where one must be named (a formula, a coverage check). */
export const GROUP_SECTOR: Readonly<Record<DeadlineGroup, string>> = { power: 'power', industry: 'cement' };

const DAY_MS = 86_400_000;
/** Excel's day 0: 30 Dec 1899 in the 1900 date system (serials from 1 Mar 1900 on count right from it). */
const DAY_ZERO = Date.UTC(1899, 11, 30);

/** Days from Excel's day 0 (30 Dec 1899 in the 1900 date system) to a date, i.e. the date's serial number. */
export function excelSerial(iso: string): number {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - DAY_ZERO) / DAY_MS);
}

/** The date of an Excel serial as "YYYY-MM-DD" (a time of day is dropped): excelSerial's inverse. */
export const isoDate = (serial: number): string => new Date(DAY_ZERO + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);

/** "31 Jul 2026" (2026年7月31日 in Chinese) from "2026-07-31", for messages. */
export function dateText(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number) as [number, number, number];
  return say('calendar.date', { year, month, day });
}

const groupOf = (sector: unknown, year: number): DeadlineGroup => {
  const id = coverageSector(sectorId(sector));
  requireObligated(id, 'CN', year, say('what.deadlines'));
  return id === 'power' ? 'power' : 'industry';
};

/** The groups in the ETS in a compliance year (cement, steel and aluminium only from their first year). */
const groupsInForce = (year: number): DeadlineGroup[] =>
  DEADLINE_GROUPS.filter((g) => sectorStanding(GROUP_SECTOR[g], 'CN', year).inForce);

/** The one group in the ETS in a year (power alone in 2023), or undefined when there are more. */
const onlyGroup = (year: number): DeadlineGroup | undefined => {
  const groups = groupsInForce(year);
  return groups.length === 1 ? groups[0] : undefined;
};

/** The record of an event's date for a compliance year, or #N/A naming the years the rulebook has. */
export function deadlineRecord(event: ComplianceEvent, year: number): RuleRecord<Deadline> {
  const key = `deadline:${event}`;
  const record = findRule<Deadline>(key, year);
  if (record === undefined) {
    const has = recordsOf(key).length > 0 ? say('calendar.has', { span: spanText(key) }) : '';
    throw notAvailable(say('calendar.none', { event: eventName(event), year, has }), 'year');
  }
  return record;
}

/** The date of one step for one group, or undefined when that group has no such step in the cycle. */
export const dateFor = (d: Deadline, group: DeadlineGroup): string | undefined => (typeof d === 'string' ? d : d[group]);

/**
 * The date (an Excel date serial) by which a step of compliance year `year` is due. Without a sector: the date all
 * sectors share, or the one group's date in a year only it was in the ETS (power in 2023).
 * @example deadline('surrender', 2025) // 31 Dec 2026 as a serial;  deadline('verification', 2025, 'cement') // 31 Jul 2026
 */
export function deadline(event: unknown, year?: unknown, sector?: unknown): number {
  const e = eventId(event);
  const y = yearOf(year);
  const group = sector === undefined ? onlyGroup(y) : groupOf(sector, y);
  const record = deadlineRecord(e, y);
  const d = record.value;
  if (typeof d === 'string') return excelSerial(d);
  if (group === undefined) {
    const dates = (Object.keys(d) as DeadlineGroup[]).map((g) => `${groupLabel(g)} ${dateText(d[g]!)}`).join(say('list.semicolon'));
    throw valueError('sector', sector, say('calendar.by-sector', { event: eventName(e), year: y, dates }), say('calendar.sector-accepted'));
  }
  const date = d[group];
  if (date === undefined) {
    throw notAvailable(say('calendar.no-step', { group: groupLabel(group), event: eventName(e), year: y, note: record.note ? dataText(record.note) : '' }), 'sector');
  }
  return excelSerial(date);
}

/** One step of a cycle for the calendar table: its date per group (undefined: no such step, or none published). */
export interface CalendarRow {
  readonly event: ComplianceEvent;
  readonly power?: string;
  readonly industry?: string;
  /** Status and source of the dates, as ETS.SOURCE gives them; undefined when nothing is published. */
  readonly source?: string;
  readonly status?: RuleRecord['status'];
}

/**
 * Every step of compliance year `year` with its dates, for the calendar the task pane shows and writes. Groups not
 * in the ETS that year (cement, steel and aluminium before 2024) have no dates.
 * @example calendar(2025)[0] // { event: 'report', power: '2026-03-31', industry: '2026-03-31', … }
 */
export function calendar(year: unknown): CalendarRow[] {
  const y = yearOf(year);
  const groups = groupsInForce(y);
  return COMPLIANCE_EVENTS.map((event) => {
    const record = findRule<Deadline>(`deadline:${event}`, y);
    if (record === undefined) return { event };
    const dates = Object.fromEntries(groups.map((g) => [g, dateFor(record.value, g)]));
    return { event, ...dates, status: record.status, source: sourceText(record) };
  });
}
