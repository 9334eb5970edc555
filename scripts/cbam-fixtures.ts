/**
 * Builds the filled CBAM communication template fixtures from the Commission's real template (v2.1.1):
 *
 *   npx ts-node --transpile-only scripts/cbam-fixtures.ts
 *
 * 1. templateWrites (src/taskpane/cbam-template/fill.ts) gives the input cells for each installation of
 *    test/support/cbam-installations.ts (a grey clinker line, a primary aluminium smelter);
 * 2. patchXlsx (test/support/xlsx-patch.ts) writes them into the template's sheet XML, nothing else touched, and sets
 *    fullCalcOnLoad;
 * 3. LibreOffice headless (test/support/soffice.ts) opens that file with "always recalculate" and saves it, so every
 *    summary value (SEE, Summary_Communication) in the fixture is computed by a spreadsheet, not typed:
 *      test/fixtures/cbam-filled-clinker.xlsx, test/fixtures/cbam-filled-aluminium.xlsx;
 * 4. two broken supplier files are made from the recalculated clinker file by changing cached values of
 *    Summary_Communication's formula cells at the XML level (setCachedValues; the formulas stay, a recalculation would
 *    repair them — as a file typed over or saved by a tool that never recalculated would look):
 *      cbam-filled-missing-cn.xlsx: F26 (the CN code of product 1) shows blank;
 *      cbam-filled-inconsistent.xlsx: K26 (SEE total) shows I26 + J26 + 0.1.
 *
 * Needs LibreOffice (soffice); set SOFFICE to its path if it is not in a usual place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { templateWrites, type InstallationData } from '../src/taskpane/cbam-template/fill';
import { ALUMINIUM, CLINKER } from '../test/support/cbam-installations';
import { recalculate } from '../test/support/soffice';
import { patchXlsx, setCachedValues, sheetPaths } from '../test/support/xlsx-patch';

const FIXTURES = join(__dirname, '..', 'test', 'fixtures');
const TEMPLATE = join(FIXTURES, 'cbam-communication-template-v2.1.1.xlsx');

/** A cached number of a cell in the saved file (for the inconsistent-total variant). */
async function cachedNumber(file: Buffer, sheet: string, address: string): Promise<number> {
  const zip = await JSZip.loadAsync(file);
  const xml = await zip.file((await sheetPaths(zip)).get(sheet)!)!.async('string');
  const m = new RegExp(`<c r="${address}"[^>]*>(?:(?!</c>)[\\s\\S])*?<v>([^<]*)</v>`).exec(xml);
  if (!m) throw new Error(`${sheet}!${address} has no cached value`);
  return Number(m[1]);
}

async function build(name: string, data: InstallationData): Promise<Buffer> {
  const filled = await patchXlsx(readFileSync(TEMPLATE), templateWrites(data));
  const recalculated = recalculate(filled);
  writeFileSync(join(FIXTURES, name), recalculated);
  console.log(`${name}: ${recalculated.length} bytes`);
  return recalculated;
}

async function main(): Promise<void> {
  const clinker = await build('cbam-filled-clinker.xlsx', CLINKER);
  await build('cbam-filled-aluminium.xlsx', ALUMINIUM);
  const sheet = 'Summary_Communication';
  writeFileSync(join(FIXTURES, 'cbam-filled-missing-cn.xlsx'), await setCachedValues(clinker, [{ sheet, address: 'F26', value: '' }]));
  const direct = await cachedNumber(clinker, sheet, 'I26');
  const indirect = await cachedNumber(clinker, sheet, 'J26');
  writeFileSync(join(FIXTURES, 'cbam-filled-inconsistent.xlsx'),
    await setCachedValues(clinker, [{ sheet, address: 'K26', value: direct + indirect + 0.1 }]));
  console.log('cbam-filled-missing-cn.xlsx, cbam-filled-inconsistent.xlsx: from the clinker file');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
