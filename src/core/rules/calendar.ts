/**
 * China's compliance calendar (rules.md section 9): the date each step of a compliance cycle is due, with the text
 * that sets it. Dates are ISO texts; a record per compliance year, split by sector group where the dates differ.
 */
import { SOURCES as S } from './sources';
import type { Deadline, RuleRecord, RuleTable, Status } from './types';

const cycle = (year: number, value: Deadline, source: string, status: Status = 'final', note?: string): RuleRecord<Deadline> =>
  ({ value, unit: 'date (ISO)', status, source, years: { from: year, to: year }, ...(note ? { note } : {}) });

export const CALENDAR_RULES: RuleTable = {
  'deadline:report': [
    cycle(2025, '2026-03-31', S.notice2026Dates),
  ],
  'deadline:verification': [
    cycle(2025, { power: '2026-06-30', industry: '2026-07-31' }, S.notice2026Dates),
  ],
  'deadline:preallocation': [
    cycle(2025, { power: '2026-06-30', industry: '2026-04-10' }, S.notice2026Dates),
  ],
  'deadline:allocation': [
    cycle(2025, '2026-09-30', S.notice2026Dates),
  ],
  'deadline:surrender': [
    cycle(2023, { power: '2024-12-31' }, S.plan2324Surrender, 'final', 'cement, steel and aluminium enter with compliance year 2024'),
    cycle(2024, '2025-12-31', S.plan2324Surrender),
    cycle(2025, '2026-12-31', S.notice2026Dates),
  ],
};
