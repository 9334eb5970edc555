/** 100-year global warming potentials by IPCC assessment (rules.md section 8). */
import { SOURCES as S } from './sources';
import type { RuleRecord, RuleTable, Status } from './types';

export const GWP_SETS = ['SAR', 'AR4', 'AR5', 'AR6'] as const;
export type GwpSet = (typeof GWP_SETS)[number];

export const GASES = ['CO2', 'CH4', 'CH4-fossil', 'CH4-non-fossil', 'N2O', 'CF4', 'C2F6', 'SF6'] as const;
export type Gas = (typeof GASES)[number];

const SET_SOURCE: Readonly<Record<GwpSet, { status: Status; source: string }>> = {
  SAR: { status: 'secondary', source: S.sar },
  AR4: { status: 'final', source: S.ar4 },
  AR5: { status: 'final', source: S.ar5 },
  AR6: { status: 'final', source: S.ar6 },
};

/** Gases a set does not list (AR6 alone splits fossil and non-fossil CH4) are left out, so lookups say #N/A. */
const VALUES: Readonly<Record<GwpSet, Partial<Readonly<Record<Gas, number>>>>> = {
  SAR: { CO2: 1, CH4: 21, N2O: 310, CF4: 6500, C2F6: 9200, SF6: 23900 },
  AR4: { CO2: 1, CH4: 25, N2O: 298, CF4: 7390, C2F6: 12200, SF6: 22800 },
  AR5: { CO2: 1, CH4: 28, N2O: 265, CF4: 6630, C2F6: 11100, SF6: 23500 },
  AR6: { CO2: 1, CH4: 27.9, 'CH4-fossil': 29.8, 'CH4-non-fossil': 27, N2O: 273, CF4: 7380, C2F6: 12400, SF6: 25200 },
};

export const gwpKey = (set: GwpSet, gas: Gas): string => `gwp:${set}:${gas}`;

export const GWP_RULES: RuleTable = Object.fromEntries(
  GWP_SETS.flatMap((set) =>
    Object.entries(VALUES[set]).map(([gas, value]): [string, RuleRecord<number>[]] => [
      gwpKey(set, gas as Gas),
      [{ value: value as number, unit: 'tCO2e per t of gas (GWP-100)', ...SET_SOURCE[set] }],
    ]),
  ),
);
