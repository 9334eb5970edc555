/**
 * Writes a model sheet through a workbook port: a new sheet, the block of inputs and formulas, the input cells marked,
 * number formats by column, the header frozen, and a chart where the host draws one. Each step is one port call, so
 * one sync in Excel; nothing is written outside the new sheet.
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
  const sheet = await port.addSheet(name);
  // The inputs hold what the user typed or a table held (a facility's name, its sector …): values, never formulas.
  await port.writeFormulas(formulaBlock({ sheet, top: 0, left: 0, values: block }, [layout.inputs, { top: 0, left: 0, rows: 1, cols: 1 }]));
  await port.fillRows(sheet, Array.from({ length: layout.inputs.rows }, (_, i) => layout.inputs.top + i), 1, 1, INPUT_FILL);
  await port.fillRows(sheet, layout.scenarioRows, 1, 2, INPUT_FILL);
  for (const { col, format } of layout.formats) {
    await port.setNumberFormat({ sheet, top: layout.firstYearRow, left: col, rows: layout.totalRow - layout.firstYearRow + 2, cols: 1 }, format);
  }
  await port.setNumberFormat({ sheet, top: layout.scenarioRows[0]!, left: 3, rows: layout.scenarioRows.length, cols: 2 }, '#,##0');
  await port.setColumnWidths(sheet, 0, layout.widths);
  await port.freezeRows(sheet, layout.header + 1);
  if (port.supportsCharts) {
    await port.addChart({ data: { ...layout.chartData, sheet }, at: { row: layout.chartData.top, col: 5 }, title: t('md.chart'), name: 'ETS model chart' });
  }
  return { sheet, layout };
}
