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
 * 4. two broken supplier files, broken the way suppliers break them, so that a spreadsheet that recalculates (Excel,
 *    the workbench) still shows the fault:
 *      cbam-filled-missing-cn.xlsx: the clinker line filled without its CN code (Summary_Products F10 left blank),
 *        recalculated like the others — Summary_Communication F26 is blank by its own formula;
 *      cbam-filled-inconsistent.xlsx: the recalculated clinker file with a number typed over Summary_Communication
 *        K26 (SEE total): I26 + J26 + 0.1.
 *
 *   npx ts-node --transpile-only scripts/cbam-fixtures.ts --broken   rebuilds only the two broken files.
 *
 * Needs LibreOffice (soffice); set SOFFICE to its path if it is not in a usual place.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { templateWrites, type InstallationData } from '../src/taskpane/cbam-template/fill';
import { ALUMINIUM, CLINKER } from '../test/support/cbam-installations';
import { recalculate } from '../test/support/soffice';
import { overtype, patchXlsx, sheetPaths } from '../test/support/xlsx-patch';

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

/** The template filled with `writes`, recalculated by LibreOffice, saved as `name`. */
async function build(name: string, writes: ReturnType<typeof templateWrites>): Promise<Buffer> {
  const recalculated = recalculate(await patchXlsx(readFileSync(TEMPLATE), writes));
  writeFileSync(join(FIXTURES, name), recalculated);
  console.log(`${name}: ${recalculated.length} bytes`);
  return recalculated;
}

/** The CN code is the one product input the summary cannot do without: its write, left out. */
const withoutCn = (data: InstallationData) => templateWrites(data).filter((w) => !(w.sheet === 'Summary_Products' && w.address === 'F10'));

async function main(): Promise<void> {
  const brokenOnly = process.argv.includes('--broken');
  const clinker = brokenOnly ? readFileSync(join(FIXTURES, 'cbam-filled-clinker.xlsx')) : await build('cbam-filled-clinker.xlsx', templateWrites(CLINKER));
  if (!brokenOnly) await build('cbam-filled-aluminium.xlsx', templateWrites(ALUMINIUM));
  await build('cbam-filled-missing-cn.xlsx', withoutCn(CLINKER));
  const sheet = 'Summary_Communication';
  const total = (await cachedNumber(clinker, sheet, 'I26')) + (await cachedNumber(clinker, sheet, 'J26')) + 0.1;
  writeFileSync(join(FIXTURES, 'cbam-filled-inconsistent.xlsx'), await overtype(clinker, [{ sheet, address: 'K26', value: total }]));
  console.log('cbam-filled-inconsistent.xlsx: the clinker file with K26 typed over');
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
