/**
 * An entity's emissions report from its table of sources, by its guideline: combustion, process, deductions, the
 * direct total, what counts for listing, what it surrenders, indirect emissions (reported, not counted) and its
 * intensity. One row an item: fuels, process materials, the smelter's anodes and anode effects, output, purchased
 * electricity and heat. Each row names itself in any error, so a report with a bad row says which.
 */
import { Dec, dec, toNumber } from '../decimal';
import { EtsError, notAvailable, valueError } from '../errors';
import { isCovered } from '../coverage';
import { nonNegative, positive, year as yearOf } from '../inputs';
import { say } from '../messages';
import { anodeCo2, pfcCo2e } from './aluminium';
import { fuelCo2, isGaseous } from './fuel';
import { nationalFactorFor } from './grid';
import { guidelineOf, rounded, steelRounding, type Guideline } from './guideline';
import { FUEL_NAMES, OTHER_ITEM_NAMES, type Item } from './names';
import { materialOf, signedCo2 } from './materials';
import { ExactSum } from '../arith';

/** One source of the report: what it is, how much, and up to three parameters (blank = the guideline's defaults). */
export interface ReportRow {
  readonly item: unknown;
  readonly quantity: unknown;
  readonly parameters: readonly unknown[];
  /** How messages name the row ("row 3"). */
  readonly where: string;
}

interface Totals {
  /** Most rows are fuels: their tonnes are summed exactly without a decimal.js object per row. */
  combustion: ExactSum;
  processes: Dec;
  deductions: Dec;
  electrolysis: Dec;
  indirect: Dec;
  output: Dec | undefined;
  aluminium: Dec | undefined;
  anodeEffect: ReportRow | undefined;
}

/** The item of a row: a fuel, a process material of the guideline, or one of the other report items. */
function itemOf(row: ReportRow, g: Guideline): Item {
  const text = typeof row.item === 'string' ? row.item : undefined;
  const argument = `items${row.where}`;
  if (text !== undefined) {
    const other = OTHER_ITEM_NAMES.lookup(text);
    if (other) return { kind: 'other', id: other };
    const fuel = FUEL_NAMES.lookup(text);
    if (fuel) return { kind: 'fuel', id: fuel };
  }
  if (g === 'steel' || g === 'cement') {
    try {
      return materialOf(row.item, g, argument).item;
    } catch (e) {
      if (!(e instanceof EtsError) || text === undefined) throw e;
    }
  }
  throw valueError(argument, row.item, say('report.unknown-item', { guideline: say(`mrv.guideline.${g}`) }), say('report.items'));
}

const param = (row: ReportRow, i: number): unknown => row.parameters[i];

/**
 * A row's computation, its errors naming the row: the functions it calls (FUEL.CO2, ANODE.CO2 …) name their own
 * argument ("ncv: …"), which in a report of 360 rows must say which row ("ncv (row 12): …").
 */
function inRow<T>(row: ReportRow, compute: () => T): T {
  try {
    return compute();
  } catch (e) {
    if (!(e instanceof EtsError) || e.argument === undefined || row.where === '' || e.argument.endsWith(row.where)) throw e;
    const argument = `${e.argument}${row.where}`;
    const message = e.message.startsWith(e.argument) ? argument + e.message.slice(e.argument.length) : say('frame.argument', { argument, text: e.message });
    throw new EtsError(e.category, message, argument);
  }
}
const named = (row: ReportRow, name: string): string => `${name}${row.where}`;

/** Adds one row to the totals. */
function addRow(t: Totals, row: ReportRow, g: Guideline, year: number): void {
  const item = itemOf(row, g);
  const unit = (): string => (item.kind === 'fuel' && isGaseous(item.id) ? say('unit.10k-nm3') : say('unit.t'));
  const q = nonNegative(named(row, 'quantities'), row.quantity, unit);
  if (item.kind === 'fuel') {
    t.combustion.add(fuelCo2(item.id, q, g, param(row, 0), param(row, 1), param(row, 2), year));
    return;
  }
  if (item.kind !== 'other') {
    const co2 = signedCo2(item, q, param(row, 0), named(row, 'parameters'));
    if (co2.isNegative()) t.deductions = t.deductions.plus(co2);
    else t.processes = t.processes.plus(co2);
    // Clinker is a cement line's output; crude steel a steel works'.
    if (item.kind === 'clinker' || (item.kind === 'steel-material' && item.id === 'crude-steel')) t.output = (t.output ?? dec(0)).plus(q);
    return;
  }
  switch (item.id) {
    case 'anode': {
      const co2 = anodeCo2(q, param(row, 0), param(row, 1));
      t.processes = t.processes.plus(co2);
      t.electrolysis = t.electrolysis.plus(co2);
      return;
    }
    case 'anode-effect':
      // A rate (minutes per cell-day), not a quantity: rows cannot be added up. The year's figure is one row (a
      // monthly sheet weights its months by the aluminium produced).
      if (t.anodeEffect !== undefined) throw valueError(named(row, 'items'), row.item, say('report.one-anode-effect', { first: t.anodeEffect.where.trim() }));
      t.anodeEffect = row;
      return;
    case 'aluminium':
      t.aluminium = (t.aluminium ?? dec(0)).plus(q);
      t.output = (t.output ?? dec(0)).plus(q);
      return;
    case 'output':
      t.output = (t.output ?? dec(0)).plus(q);
      return;
    case 'electricity': {
      const factor = param(row, 0) === undefined ? nationalFactorFor(year) : nonNegative(named(row, 'parameters'), param(row, 0), say('unit.tco2-mwh'));
      t.indirect = t.indirect.plus(dec(q).times(factor));
      return;
    }
    case 'heat': {
      if (param(row, 0) === undefined) throw notAvailable(say('report.heat-factor'), named(row, 'parameters'));
      t.indirect = t.indirect.plus(dec(q).times(positive(named(row, 'parameters'), param(row, 0), say('unit.tco2-gj'))));
      return;
    }
  }
}

export const REPORT_LINES = ['combustion', 'process', 'deductions', 'total', 'listing', 'listed', 'surrendered', 'indirect', 'intensity'] as const;

/**
 * The report's lines as [label, value] rows under a header: tCO2e, the listing verdict TRUE/FALSE, intensity per unit
 * of output (#N/A without an output row). Steel rounds its lines to 2 decimals, its total to a whole tonne (table C.5)
 * and intensities to 4 decimals.
 * @example emissions('steel', [{ item: 'bituminous', quantity: 10000, … }]) // combustion 22,784.98 …
 */
export function emissionsReport(sector: unknown, rows: readonly ReportRow[], year?: unknown): unknown[][] {
  const g = guidelineOf(sector);
  const y = yearOf(year);
  const t: Totals = { combustion: new ExactSum(), processes: dec(0), deductions: dec(0), electrolysis: dec(0), indirect: dec(0), output: undefined, aluminium: undefined, anodeEffect: undefined };
  for (const row of rows) inRow(row, () => addRow(t, row, g, y));
  const effect = t.anodeEffect;
  if (effect !== undefined) {
    if (t.aluminium === undefined) throw notAvailable(say('report.needs-aluminium'), named(effect, 'items'));
    const pfc = inRow(effect, () => pfcCo2e(toNumber(t.aluminium!), nonNegative('quantities', effect.quantity, say('unit.aem')), param(effect, 0), param(effect, 1)));
    t.processes = t.processes.plus(pfc);
    t.electrolysis = t.electrolysis.plus(pfc);
  }
  const places = g === 'steel' ? steelRounding() : undefined;
  const line = (x: Dec): number => rounded(x, places?.emissions);
  const combustion = line(t.combustion.value());
  const processes = line(t.processes);
  const deductions = line(t.deductions);
  // Steel's enterprise total is a whole tonne (table C.5), from its lines as reported.
  const total = rounded(dec(combustion).plus(processes).plus(deductions), places?.total);
  const surrendered = g === 'aluminium' ? line(t.electrolysis) : g === 'power' ? combustion : total;
  const intensity = t.output === undefined || t.output.isZero()
    ? notAvailable(say('report.needs-output'), 'items')
    : rounded(dec(surrendered).dividedBy(t.output), places?.intensity);
  const values: Record<(typeof REPORT_LINES)[number], unknown> = {
    combustion, process: processes, deductions, total, listing: total,
    // Products taking off more carbon than went in leave a negative total: no emissions to list.
    listed: total > 0 && isCovered(g, total, 'CN', y),
    surrendered, indirect: line(t.indirect), intensity,
  };
  return [[say('report.header.line'), say('report.header.value')], ...REPORT_LINES.map((k) => [say(`report.${k}`), values[k]])];
}
