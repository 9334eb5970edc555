/**
 * Writes a model sheet through a workbook port: a new sheet, the block of inputs and formulas, the input cells marked,
 * number formats by column, the header frozen, and a chart where the host draws one. The steps go to the port as one
 * build (buildSheet): in Excel one batch, two syncs (the names taken, then everything); nothing is written outside the
 * new sheet.
 */
import { t } from '../i18n/messages';
import { formulaBlock, type WorkbookPort } from '../ports/port';
import { modelSheet, type ModelLayout, type ModelValues } from './model-sheet';

export const INPUT_FILL = '#DDEBF7';

export interface BuiltModel {
  readonly sheet: string;
  readonly layout: ModelLayout;
}

export async function buildModel(port: WorkbookPort, values: ModelValues, years: readonly number[], name: string): Promise<BuiltModel> {
  const { values: block, layout } = modelSheet(values, years);
  const figures = (col: number, format: string) => ({ area: { top: layout.firstYearRow, left: col, rows: layout.totalRow - layout.firstYearRow + 2, cols: 1 }, format });
  const sheet = await port.buildSheet({
    name,
    // The inputs hold what the user typed or a table held (a facility's name, its sector …): values, never formulas.
    block: formulaBlock({ top: 0, left: 0, values: block }, [layout.inputs, { top: 0, left: 0, rows: 1, cols: 1 }]),
    fills: [
      { rows: Array.from({ length: layout.inputs.rows }, (_, i) => layout.inputs.top + i), left: 1, cols: 1, color: INPUT_FILL },
      { rows: layout.scenarioRows, left: 1, cols: 2, color: INPUT_FILL },
    ],
    formats: [
      ...layout.formats.map(({ col, format }) => figures(col, format)),
      { area: { top: layout.scenarioRows[0]!, left: 3, rows: layout.scenarioRows.length, cols: 2 }, format: '#,##0' },
    ],
    widths: { left: 0, widths: layout.widths },
    freezeRows: layout.header + 1,
    ...(port.supportsCharts
      ? { chart: { data: layout.chartData, at: { row: layout.chartData.top, col: 5 }, title: t('md.chart'), name: 'ETS model chart' } }
      : {}),
  });
  return { sheet, layout };
}
