/**
 * China's compliance calendar (rules.md section 9): the date each step of a compliance cycle is due, with the text
 * that sets it. Dates are ISO texts; a record per compliance year, split by sector group where the dates differ.
 * The texts: the 2023–2024 power plan (国环规气候〔2024〕1号), the MEE notices of 11 Apr 2025 (环办气候函〔2025〕140号)
 * and 27 Jan 2026, the 2021 Measures and the draft 2025–2026 plan.
 */
import type { Deadline, RuleRecord, RuleTable, Status } from './types';

const cycle = (year: number, value: Deadline, source: string, status: Status = 'final', note?: string): RuleRecord<Deadline> =>
  ({ value, unit: 'date (ISO)', status, source, years: { from: year, to: year }, ...(note ? { note } : {}) });

const PLAN_2324 = '2023–2024 power allocation plan (MEE, Oct 2024; 国环规气候〔2024〕1号)';
const NOTICE_2025 = 'MEE notice 环办气候函〔2025〕140号 (11 Apr 2025)';
const NOTICE_2026 = 'MEE notice on 2026 national carbon market work (27 Jan 2026)';
const MEASURES = '碳排放权交易管理办法（试行） (MEE Order No. 19, 2021) art. 25 (reports by 31 Mar each year)';
const DRAFT_2526 = 'draft 2025–2026 allocation plan (MEE, Jul 2026) §五(一) (surrender by 31 Dec each year)';
const NEW_SECTORS = 'cement, steel and aluminium enter with compliance year 2024';

export const CALENDAR_RULES: RuleTable = {
  'deadline:report': [
    cycle(2023, { power: '2024-03-31' }, MEASURES, 'final', NEW_SECTORS),
    cycle(2024, { power: '2025-03-31', industry: '2025-06-30' }, `${NOTICE_2025} (六) (cement, steel, aluminium); ${MEASURES} (power)`),
    cycle(2025, '2026-03-31', `${NOTICE_2026} §二(三)`),
  ],
  'deadline:verification': [
    cycle(2024, { power: '2025-06-30', industry: '2025-08-31' }, `${NOTICE_2025} (七)`),
    cycle(2025, { power: '2026-06-30', industry: '2026-07-31' }, `${NOTICE_2026} §二(四)`),
  ],
  'deadline:preallocation': [
    cycle(2024, { power: '2025-04-20' }, `${NOTICE_2025} (十)`, 'final', 'no pre-allocation for cement, steel and aluminium in 2024'),
    cycle(2025, { power: '2026-06-30', industry: '2026-04-10' }, `${NOTICE_2026} §三(一)`),
  ],
  // The date allowances are issued (分配/发放); the determination (核定) comes some days before.
  'deadline:allocation': [
    cycle(2024, { power: '2025-08-20', industry: '2025-10-20' }, `${NOTICE_2025} (十一)`, 'final', 'allocation determined by 31 Jul 2025 (power) and 30 Sep 2025 (cement, steel, aluminium)'),
    cycle(2025, '2026-09-30', `${NOTICE_2026} §三(二)`, 'final', 'allocation determined by 20 Sep 2026'),
  ],
  // The conversion of 2019–2024 allowances into 2025 allowances is on application, set by the power plan.
  'deadline:carryover': [
    cycle(2025, { power: '2026-06-10' }, `${PLAN_2324} §七 and annex 5 §二, §四`, 'final', 'the carry-over rule is in the power sector’s plan; for cement, steel and aluminium none is in our sources'),
  ],
  'deadline:surrender': [
    cycle(2023, { power: '2024-12-31' }, `${PLAN_2324} §六`, 'final', NEW_SECTORS),
    cycle(2024, '2025-12-31', `${PLAN_2324} §六 (power); ${NOTICE_2025} (十二)`),
    cycle(2025, '2026-12-31', `${NOTICE_2026} §三(三)`),
    cycle(2026, '2027-12-31', DRAFT_2526, 'draft'),
  ],
};
