/** The rulebook's own facts: its version, the years it speaks for, and the defaults functions fall back on. */
import { SOURCES as S } from './sources';
import type { RuleTable } from './types';

export const RULEBOOK_VERSION = '2026.11.28';
export const RULEBOOK_DATE = '2026-11-28';

export const META_RULES: RuleTable = {
  'default-year': [
    {
      value: 2025, unit: 'compliance year', status: 'final', source: S.defaultYear,
      note: 'the compliance year being surrendered now and the latest with a final allocation method; functions never read the clock',
    },
  ],
  'gwp-default': [
    {
      value: 'AR5', unit: 'GWP set', status: 'secondary', source: S.gwpDefault,
      note: "the set of China's aluminium MRV guideline CETS-AG-04.01-V01-2024 is not confirmed here; pass gwp_set to match your MRV (the International Aluminium Institute reports with AR4)",
    },
  ],
  // The years the rulebook speaks for: the first CN compliance cycle (2019 emissions) to the 2030 horizon of the
  // 25 Aug 2025 Opinions, after which a cap-based system with paid allocation is planned and rules are unknown.
  'rulebook-years': [
    {
      value: { from: 2019, to: 2030 }, unit: 'compliance years', status: 'final',
      source: `${S.powerFirstCycle}; Opinions of 25 Aug 2025 (中办 国办《关于推进绿色低碳转型加强全国碳市场建设的意见》)`,
    },
  ],
};
