/** The facility the model builder's tests build. */
import { INPUT_KEYS, type ModelValues } from '../../src/taskpane/model/model-sheet';

/** A cement facility as a user would fill the form; inputs without a value start blank. */
export const CEMENT: ModelValues = {
  ...(Object.fromEntries(INPUT_KEYS.map((k) => [k, ''])) as Record<(typeof INPUT_KEYS)[number], ''>),
  sector: 'cement', firstYear: 2024, lastYear: 2035, output: 1500000, intensity: 0.84, balanceValue: 0.86, ceaPrice: 80,
  exportShare: 0.1, cnCode: '2523 10 00 90', country: 'CN', euaPrice: 75, cscf: 1, openingBank: 0,
};
export const YEARS = Array.from({ length: 12 }, (_, i) => 2024 + i);
