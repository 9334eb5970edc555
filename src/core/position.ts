/**
 * A facility's position year by year — the table ETS.POSITION spills: phase, verified emissions, allocation, balance,
 * compliance cost and the penalty exposure of leaving a shortfall unsurrendered. A year whose allocation cannot be
 * worked out (a Phase II year without a benchmark) shows that error in its own cells; the other years still compute.
 */
import { allocation } from './allocation';
import { exact } from './arith';
import { balance, cost, penalty } from './compliance';
import { EtsError, notAvailable, valueError } from './errors';
import { sectorId } from './names';
import { given, nonNegative } from './inputs';
import { phase } from './phase';
import { headerRow, say } from './messages';

/** One year's inputs, as the cells of its row; `where` names the row in messages. */
export interface PositionYear {
  readonly year: unknown;
  readonly output: unknown;
  readonly intensity: unknown;
  readonly price: unknown;
  readonly balanceValue?: unknown;
  readonly benchmark?: unknown;
  /** The year's verified emissions; default output × intensity (steel must give them: see allocation.ts). */
  readonly emissions?: unknown;
  readonly where: string;
}

export const POSITION_HEADERS = ['Year', 'Phase', 'Verified emissions', 'Allocation', 'Balance', 'Cost', 'Penalty exposure'] as const;

/** A cell's value, or the error that explains why it has none (the spreadsheet shows it in that cell only). */
function attempt(compute: () => unknown): unknown {
  try {
    return compute();
  } catch (e) {
    if (e instanceof EtsError) return e;
    throw e;
  }
}

const errorOf = (values: readonly unknown[]): EtsError | undefined => values.find((v): v is EtsError => v instanceof EtsError);

/**
 * @example position([{ year: 2025, output: 1500000, intensity: 0.84, price: 80, balanceValue: 0.86, where: '' }], 'cement')
 *   // [[Year, …], [2025, 'I', 1260000, 1264395.35, 4395.35, -351627.9, 0]]
 */
export function position(years: readonly PositionYear[], sector: unknown, offsetPrice?: unknown, offsetShare?: unknown): unknown[][] {
  const seen = new Set<unknown>();
  for (const y of years) {
    if (seen.has(y.year)) throw valueError(`years${y.where}`, y.year, say('position.twice'), say('position.each-once'));
    seen.add(y.year);
  }
  return [headerRow('position.headers'), ...years.map((y) => {
    const year = y.year;
    const ph = attempt(() => phase(year));
    const emissions = attempt(() => {
      if (y.emissions !== undefined) return nonNegative(`emissions${y.where}`, y.emissions, say('unit.tco2e'));
      if (sectorId(sector) === 'steel') throw notAvailable(say('allocation.steel-emissions'), `emissions${y.where}`);
      const out = nonNegative(`output${y.where}`, given(`output${y.where}`, y.output, say('need.output-year')));
      const int = nonNegative(`intensity${y.where}`, given(`intensity${y.where}`, y.intensity, say('unit.intensity')));
      return exact((A) => A.toNumber(A.mul(A.of(out), A.of(int))));
    });
    const allocated = attempt(() => allocation(sector, y.output, y.intensity, undefined, y.balanceValue, year, y.benchmark, y.emissions));
    const failed = errorOf([emissions, allocated]);
    const bal = failed ?? attempt(() => balance(allocated, emissions));
    const spent = failed ?? attempt(() => cost(allocated, emissions, y.price, offsetPrice, offsetShare));
    const exposure = failed ?? attempt(() => ((bal as number) < 0 ? penalty(-(bal as number), y.price) : 0));
    return [year, ph, emissions, allocated, bal, spent, exposure];
  })];
}
