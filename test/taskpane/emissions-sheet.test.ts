/**
 * The Emissions view's activity sheet as a block, without an engine: every source name the pane writes is one the
 * functions read as that source, in both languages; names, units, sector and year are data, never formulas; the
 * formulas are the same whichever language wrote the sheet.
 */
import { strict as assert } from 'node:assert';
import { accounting } from '../../src/core';
import { CLINKER_NAMES, FUEL_NAMES, OTHER_ITEM_NAMES, STEEL_MATERIAL_NAMES, SUBSTITUTE_NAMES } from '../../src/core/accounting/names';
import { findSectorId } from '../../src/core/names';
import { activitySheet, CO2_COL, FIRST_SOURCE_ROW, HEADER_ROW, TOTAL_COL } from '../../src/taskpane/emissions/activity-sheet';
import { EMISSION_SECTORS, needingMeasuredValues, SECTOR_SOURCES, sectorName, sourceName, type Source } from '../../src/taskpane/emissions/sources';
import { setLanguage } from '../../src/taskpane/i18n/messages';
import { formulaBlock, isFormula, type CellValue } from '../../src/taskpane/ports/port';

/** The id the functions read a name as, by the source's kind. */
function readAs(source: Source, name: string): string | undefined {
  switch (source.kind) {
    case 'fuel': return FUEL_NAMES.lookup(name);
    case 'material': return STEEL_MATERIAL_NAMES.lookup(name) ?? CLINKER_NAMES.lookup(name) ?? SUBSTITUTE_NAMES.lookup(name);
    default: return OTHER_ITEM_NAMES.lookup(name);
  }
}

/** The formulas of a block, their texts (the checks' words, in the sheet's language) left out. */
const formulasOf = (values: readonly (readonly CellValue[])[]): CellValue[][] =>
  values.map((row) => row.map((v) => (typeof v === 'string' && v.startsWith('=') ? v.replace(/"[^"]*"/g, '""') : null)));

describe('emissions view: the activity sheet block', () => {
  afterEach(() => setLanguage('en'));

  for (const lang of ['en', 'zh-CN'] as const) {
    it(`writes names the functions read as their source, and sectors their guideline (${lang})`, () => {
      setLanguage(lang);
      for (const sector of EMISSION_SECTORS) {
        assert.equal(accounting.guidelineOf(sectorName(sector)), sector, sectorName(sector));
        assert.ok(findSectorId(sectorName(sector)), `${sectorName(sector)} is a sector ETS.COVERAGE reads`);
        for (const source of SECTOR_SOURCES[sector]) assert.equal(readAs(source, sourceName(source)), source.id, `${sector}: ${sourceName(source)}`);
      }
    });
  }

  it('lists the sector\'s typical sources, each with the function that accounts for it', () => {
    assert.deepEqual(SECTOR_SOURCES.steel.map((s) => s.id), ['bituminous', 'coke', 'natural-gas', 'limestone', 'dolomite', 'electrode', 'scrap',
      'pig-iron-purchased', 'crude-steel', 'tar', 'crude-benzol', 'electricity']);
    const { values } = activitySheet('aluminium', SECTOR_SOURCES.aluminium, 2025);
    const co2 = values.slice(FIRST_SOURCE_ROW, FIRST_SOURCE_ROW + 5).map((r) => String(r[CO2_COL]).replace(/\(.*/, ''));
    assert.deepEqual(co2, ['=ETS.ANODE.CO2', '=ETS.PFC.CO2E', '', '=ETS.FUEL.CO2', '']);
    // Anode effect (row 8) over the year, weighted by aluminium (row 9).
    assert.equal(values[FIRST_SOURCE_ROW + 1]![TOTAL_COL], '=IF(SUM(C9:N9)=0,0,SUMPRODUCT(C8:N8,C9:N9)/SUM(C9:N9))');
  });

  it('leaves the months blank, keeps names and units as data, and writes the same formulas in both languages', () => {
    const en = activitySheet('steel', SECTOR_SOURCES.steel, 2025);
    setLanguage('zh-CN');
    const zh = activitySheet('steel', SECTOR_SOURCES.steel, 2025);
    setLanguage('en');
    assert.deepEqual(formulasOf(zh.values), formulasOf(en.values));
    assert.deepEqual(en.values[HEADER_ROW]!.slice(2, 14), ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec']);
    assert.equal(zh.values[HEADER_ROW]![2], '1月');
    const { top, left, rows, cols } = en.layout.months;
    for (let r = top; r < top + rows; r += 1) assert.deepEqual(en.values[r]!.slice(left, left + cols), Array(cols).fill(''));
    const block = formulaBlock({ sheet: 'S', top: 0, left: 0, values: en.values }, en.layout.data);
    for (let r = FIRST_SOURCE_ROW; r < FIRST_SOURCE_ROW + SECTOR_SOURCES.steel.length; r += 1) {
      assert.ok(!isFormula(block.values[r]![0]) && !isFormula(block.values[r]![1]), `row ${r + 1}: name and unit are values`);
      assert.ok(isFormula(block.values[r]![TOTAL_COL]), `row ${r + 1}: the annual total is a formula`);
    }
    assert.deepEqual([block.values[1]![1], block.values[2]![1]], ['Steel', 2025]);
    // The report under the table, and the verdict reading its total-direct line.
    const report = en.layout.report;
    assert.equal(en.values[report]![0], '=ETS.EMISSIONS($B$2,A7:A18,O7:O18,P7:R18,$B$3)');
    assert.equal(en.values[en.layout.listing]![1], `=ETS.COVERAGE($B$2,B${en.layout.lines.total + 1},,$B$3)`);
    assert.equal(en.layout.lines.total, report + 4);
  });

  it('names the fuels whose guideline leaves a parameter to the works\' measurement', () => {
    assert.deepEqual(needingMeasuredValues('steel', SECTOR_SOURCES.steel, 2025), []);
    assert.deepEqual(needingMeasuredValues('power', SECTOR_SOURCES.power, 2024).map((s) => s.id), ['bituminous', 'natural-gas']);
    assert.deepEqual(needingMeasuredValues('cement', SECTOR_SOURCES.cement, 2025).map((s) => s.id), ['bituminous']);
  });
});
