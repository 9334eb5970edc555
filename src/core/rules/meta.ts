/** The rulebook's own facts: its version, the years it speaks for, and the defaults functions fall back on. */
import { SOURCES as S } from './sources';
import type { RuleTable } from './types';

export const RULEBOOK_VERSION = '2026.11.28';
export const RULEBOOK_DATE = '2026-11-28';

export const META_RULES: RuleTable = {
  'default-year': [
    {
      value: 2025, unit: 'compliance year', status: 'final', source: S.defaultYear,
      note: 'the compliance year being allocated and surrendered now (its power benchmarks are still draft in our sources, and its industrial method rests on the draft plan’s statement that it is unchanged: ETS.SOURCE says which); functions never read the clock',
    },
  ],
  'gwp-default': [
    {
      value: 'AR5', unit: 'GWP set', status: 'secondary', source: S.gwpDefault,
      note: "the set of China's aluminium MRV guideline CETS-AG-04.01-V01-2024 is not confirmed here; pass gwp_set to match your MRV (the International Aluminium Institute reports with AR4)",
    },
  ],
  // The years the rulebook speaks for: from the first period of the EU ETS benchmarks it holds (2013–2020) to a model
  // horizon past the CBAM phase-in (0 from 2034) and the mid-2030s that allowance models run to. Within them each rule
  // says where it applies (CN power from 2019, CBAM from 2026, Phase II from 2027 with no end date …).
  'rulebook-years': [
    {
      value: { from: 2013, to: 2040 }, unit: 'compliance years', status: 'secondary',
      source: 'EU ETS benchmark periods (Cembureau, 2013–2020); CBAM factor series to 2034 (ETS Directive art. 10a(1a) as amended); rules.md section 3 (Phase II from 2027, no end date)',
      note: 'years after 2034 carry the open-ended rules only: Phase II benchmarks, prices and caps are your inputs',
    },
  ],
};
