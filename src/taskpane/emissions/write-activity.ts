/**
 * Writes the monthly activity sheet through a workbook port, on a sheet of its own (a free name: nothing of the user's
 * is written over): the block, the input cells filled, tCO2 formatted, widths, the header frozen, as one build (in
 * Excel one batch). The names, units, sector and year are written as values; only the formulas the pane composed go
 * in as formulas.
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
  const inputRows = Array.from({ length: layout.months.rows }, (_, i) => layout.months.top + i);
  const sheet = await port.buildSheet({
    name,
    block: formulaBlock({ top: 0, left: 0, values }, layout.data),
    fills: [
      { rows: inputRows, left: layout.months.left, cols: layout.months.cols, color: INPUT_FILL },
      { rows: inputRows, left: layout.parameters.left, cols: layout.parameters.cols, color: INPUT_FILL },
    ],
    formats: [{ area: { top: layout.months.top, left: CO2_COL, rows: layout.months.rows, cols: 1 }, format: '#,##0.00' }],
    widths: { left: 0, widths: layout.widths },
    freezeRows: HEADER_ROW + 1,
  });
  return { sheet, layout };
}
