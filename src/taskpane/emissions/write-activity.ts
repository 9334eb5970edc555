/**
 * Writes the monthly activity sheet through a workbook port, on a sheet of its own (a free name: nothing of the user's
 * is written over): the block, the input cells filled, tCO2 formatted, widths, the header frozen. The names, units,
 * sector and year are written as values; only the formulas the pane composed go in as formulas.
 */
import { INPUT_FILL } from '../model/build-model';
import { formulaBlock, type WorkbookPort } from '../ports/port';
import { activitySheet, CO2_COL, HEADER_ROW, type ActivityLayout } from './activity-sheet';
import type { EmissionSector, Source } from './sources';

export interface WrittenActivity {
  readonly sheet: string;
  readonly layout: ActivityLayout;
}

export async function writeActivitySheet(port: WorkbookPort, sector: EmissionSector, sources: readonly Source[], year: number,
  name: string): Promise<WrittenActivity> {
  const { values, layout } = activitySheet(sector, sources, year);
  const sheet = await port.addSheet(name);
  await port.writeFormulas(formulaBlock({ sheet, top: 0, left: 0, values }, layout.data));
  const inputRows = Array.from({ length: layout.months.rows }, (_, i) => layout.months.top + i);
  await port.fillRows(sheet, inputRows, layout.months.left, layout.months.cols, INPUT_FILL);
  await port.fillRows(sheet, inputRows, layout.parameters.left, layout.parameters.cols, INPUT_FILL);
  await port.setNumberFormat({ sheet, top: layout.months.top, left: CO2_COL, rows: layout.months.rows, cols: 1 }, '#,##0.00');
  await port.setColumnWidths(sheet, 0, layout.widths);
  await port.freezeRows(sheet, HEADER_ROW + 1);
  return { sheet, layout };
}
