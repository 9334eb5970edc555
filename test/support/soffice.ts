/**
 * LibreOffice headless as the fixtures' spreadsheet: it opens a filled template, recalculates every formula (a private
 * profile whose registrymodifications.xcu sets Calc's OOXMLRecalcMode to 0, "always recalculate"), and saves it as
 * .xlsx, so the summary values in the fixtures are computed by a spreadsheet, not typed.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CANDIDATES = ['/usr/bin/soffice', '/usr/local/bin/soffice', '/usr/lib/libreoffice/program/soffice', '/opt/libreoffice/program/soffice'];

/** The soffice binary, or undefined when LibreOffice is not installed. */
export function sofficePath(): string | undefined {
  const env = process.env.SOFFICE;
  if (env && existsSync(env)) return env;
  return CANDIDATES.find((p) => existsSync(p));
}

const RECALC_ALWAYS = `<?xml version="1.0" encoding="UTF-8"?>
<oor:items xmlns:oor="http://openoffice.org/2001/registry" xmlns:xs="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="OOXMLRecalcMode" oor:op="fuse"><value>0</value></prop></item>
<item oor:path="/org.openoffice.Office.Calc/Formula/Load"><prop oor:name="ODFRecalcMode" oor:op="fuse"><value>0</value></prop></item>
</oor:items>
`;

/** The .xlsx as LibreOffice saves it after a full recalculation on load. */
export function recalculate(xlsx: Buffer, soffice = sofficePath()): Buffer {
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  const dir = mkdtempSync(join(tmpdir(), 'cbam-recalc-'));
  try {
    mkdirSync(join(dir, 'profile', 'user'), { recursive: true });
    writeFileSync(join(dir, 'profile', 'user', 'registrymodifications.xcu'), RECALC_ALWAYS);
    const input = join(dir, 'in', 'filled.xlsx');
    mkdirSync(join(dir, 'in'));
    mkdirSync(join(dir, 'out'));
    writeFileSync(input, xlsx);
    execFileSync(soffice, [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--norestore', '--nolockcheck',
      '--convert-to', 'xlsx', '--outdir', join(dir, 'out'), input], { stdio: 'pipe', timeout: 300_000 });
    const output = join(dir, 'out', 'filled.xlsx');
    if (!existsSync(output)) throw new Error('LibreOffice wrote no output');
    return readFileSync(output);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
