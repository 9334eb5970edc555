/**
 * docs/emissions.md and docs/emissions.zh-CN.md — from activity data to covered, allocation and balance — through the
 * built bundle: every "| `=ETS.…(…)` | `result` |" row gives the result shown (the Chinese page through the bundle as
 * Chinese Excel loads it), every report ETS.EMISSIONS spills is shown cell for cell, every formula written out with
 * numbers is right, and each case's numbers chain: its worked lines add up to the report, and the report's emissions
 * are the ones ETS.COVERED, ETS.ALLOCATION / ETS.POWER.UNIT and ETS.BALANCE are given.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeExcelError, loadBundle, type ExcelFunction } from './bundle';
import { EXAMPLE, expected, parseArgs } from './doc-examples';
import { checkLine, finalValue, formulaLines, numberOf, type FormulaLine } from './doc-arithmetic';

const DOCS = join(__dirname, '..', '..', 'docs');

interface Example {
  readonly id: string;
  readonly args: string;
  readonly result: string;
  readonly at: number;
  readonly out: unknown[][];
}

interface Page {
  readonly name: string;
  readonly text: string;
  readonly examples: Example[];
}

/** The report's lines, by row of the spill (row 0 is the header). */
const LINE = { combustion: 1, process: 2, deductions: 3, total: 4, listing: 5, listed: 6, surrendered: 7, indirect: 8, intensity: 9 } as const;

const isError = (text: string): boolean => /^#[A-Z/0!?]+$/.test(text);

/** A cell against the result a page shows: an error by its code, TRUE/FALSE, a number, a text. */
function sameCell(cell: unknown, shown: string, what: string): void {
  if (isError(shown)) {
    assert.ok(cell instanceof FakeExcelError, `${what}: expected ${shown}, got ${JSON.stringify(cell)}`);
    assert.equal(cell.code, shown, `${what}: ${cell.message}`);
    return;
  }
  if (cell instanceof FakeExcelError) assert.fail(`${what}: expected ${shown}, got ${cell.code} (${cell.message})`);
  assert.equal(cell, expected(shown), what);
}

/** A spilled report's value as a page shows it: 1,933,495 · −125,450 · TRUE · #N/A. */
function sameReportCell(cell: unknown, shown: string, what: string): void {
  if (shown === 'TRUE' || shown === 'FALSE' || isError(shown)) return sameCell(cell, shown, what);
  assert.equal(cell, numberOf(shown).toNumber(), what);
}

const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));

/** One argument's value as Excel passes a constant: undefined for an omitted one or "" (blank), else the value. */
function scalar(parsed: unknown): unknown {
  if (parsed === null) return undefined;
  const v = (parsed as unknown[][])[0]![0];
  return v === '' ? undefined : v;
}

function loadPage(name: string, fns: Record<string, ExcelFunction>): Page {
  const text = readFileSync(join(DOCS, name), 'utf8');
  const examples = [...text.matchAll(EXAMPLE)].map((m) => {
    const [, id, args, result] = m;
    return { id: id!, args: args!, result: result!, at: m.index!, out: fns[id!]!(...parseArgs(args!)) };
  });
  return { name, text, examples };
}

/** The table a page shows right after an ETS.EMISSIONS row: the spill, header first. */
function spillShown(page: Page, example: Example): string[][] {
  const header = `| ${example.out[0]![0]} | ${example.out[0]![1]} |`;
  const from = page.text.indexOf(header, example.at);
  assert.ok(from > example.at, `${page.name}: the report of =ETS.EMISSIONS(${example.args}) is not shown after it`);
  const next = page.examples.find((e) => e.at > example.at);
  assert.ok(next === undefined || from < next.at, `${page.name}: the report of =ETS.EMISSIONS(${example.args}) must come before the next example`);
  const rows: string[][] = [];
  for (const line of page.text.slice(from).split('\n')) {
    if (!line.startsWith('|')) break;
    if (/^\|[-:| ]+\|$/.test(line)) continue;
    rows.push(line.slice(1, -1).split('|').map((c) => c.trim()));
  }
  return rows;
}

/** The sections of a page by its "## " headings; the four cases are "## 1." … "## 4.". */
function sections(page: Page): Array<{ heading: string; from: number; to: number }> {
  const starts = [...page.text.matchAll(/^## (.+)$/gm)].map((m) => ({ heading: m[1]!, from: m.index! }));
  return starts.map((s, i) => ({ ...s, to: starts[i + 1]?.from ?? page.text.length }));
}

const PAGES = [
  { name: 'emissions.md', host: undefined },
  { name: 'emissions.zh-CN.md', host: { displayLanguage: 'zh-CN' } },
] as const;

describe('docs/emissions.md and docs/emissions.zh-CN.md, through the built bundle', () => {
  const pages = PAGES.map(({ name, host }) => {
    const fns = loadBundle(host);
    return { page: loadPage(name, fns), fns };
  });
  const defaultYear = pages[0]!.fns['RULEBOOK']!([['default-year']])[0]![0] as number;

  for (const { page } of pages) {
    describe(page.name, () => {
      it('every worked example gives the result the page shows', () => {
        assert.ok(page.examples.length >= 60, `${page.examples.length} examples`);
        for (const e of page.examples) sameCell(e.out[0]![0], e.result, `=ETS.${e.id}(${e.args})`);
      });

      it('shows every report ETS.EMISSIONS spills, cell for cell', () => {
        const reports = page.examples.filter((e) => e.id === 'EMISSIONS' && !(e.out[0]![0] instanceof FakeExcelError));
        assert.ok(reports.length >= 5);
        for (const e of reports) {
          const shown = spillShown(page, e);
          assert.equal(shown.length, e.out.length, `=ETS.EMISSIONS(${e.args}): rows`);
          e.out.forEach((row, r) => {
            assert.equal(shown[r]![0], row[0], `=ETS.EMISSIONS(${e.args}) row ${r + 1}: label`);
            if (r === 0) assert.equal(shown[r]![1], row[1]);
            else sameReportCell(row[1], shown[r]![1]!, `=ETS.EMISSIONS(${e.args}) row ${r + 1}`);
          });
        }
      });

      it('every formula written out with numbers is right', () => {
        const lines = formulaLines(page.text);
        assert.ok(lines.length >= 50, `${lines.length} formula lines`);
        const wrong = lines.map(checkLine).filter((x) => x !== undefined);
        assert.deepEqual(wrong, []);
      });

      it('ETS.COVERED is given the direct emissions the report before it counts for listing', () => {
        const covered = page.examples.filter((e) => e.id === 'COVERED');
        assert.ok(covered.length >= 5);
        for (const c of covered) {
          const report = page.examples.filter((e) => e.id === 'EMISSIONS' && e.at < c.at && !(e.out[0]![0] instanceof FakeExcelError)).pop();
          assert.ok(report, `=ETS.COVERED(${c.args}) comes after a report`);
          const [sector, emissions] = parseArgs(c.args).map(scalar);
          assert.equal(sector, scalar(parseArgs(report.args)[0]), `=ETS.COVERED(${c.args}): the report's sector`);
          assert.equal(emissions, report.out[LINE.listing]![1], `=ETS.COVERED(${c.args}): the report's emissions counted for listing`);
          assert.equal(c.out[0]![0], report.out[LINE.listed]![1], `=ETS.COVERED(${c.args}): the report's verdict`);
        }
      });

      const cases = sections(page).filter((s) => /^\d+\. /.test(s.heading));
      it('has the four cases', () => assert.equal(cases.length, 4));

      for (const section of cases) {
        it(`case "${section.heading}": the numbers chain from activity data to balance`, () => {
          const inCase = page.examples.filter((e) => e.at > section.from && e.at < section.to);
          const lines = formulaLines(page.text.slice(section.from, section.to));
          const written = (value: number, what: string): void =>
            assert.ok(lines.some((l: FormulaLine) => close(finalValue(l), value)), `${what} ${value} is not written out as a formula in the case`);
          const ok = (e: Example): boolean => !(e.out[0]![0] instanceof FakeExcelError);
          const of = (id: string): Example[] => inCase.filter((e) => e.id === id && ok(e));

          const reports = of('EMISSIONS');
          assert.equal(reports.length, 1, 'one report a case');
          const report = reports[0]!;
          const value = (line: keyof typeof LINE): number => report.out[LINE[line]]![1] as number;
          const [sectorArg, itemsArg, quantitiesArg, parametersArg, yearArg] = parseArgs(report.args);
          const sector = scalar(sectorArg);
          const items = (itemsArg as unknown[][]).map((r) => r[0]);
          const quantities = (quantitiesArg as unknown[][]).map((r) => r[0]);
          const parameters = (i: number): unknown[] => [0, 1, 2].map((j) => {
            const v = (parametersArg as unknown[][] | null)?.[i]?.[j];
            return v === '' ? undefined : v;
          });
          const year = scalar(yearArg ?? null) ?? defaultYear;

          // Each source's worked line: the same source, quantity, parameters, sector and year as the report's row.
          const args = (e: Example): unknown[] => parseArgs(e.args).map(scalar);
          const same = (a: unknown[], b: unknown[]): boolean => a.length === b.length && a.every((x, i) => x === b[i]);
          let combustion = 0;
          let processes = 0;
          let deductions = 0;
          items.forEach((item, i) => {
            const q = quantities[i];
            const [p0, p1, p2] = parameters(i);
            const fuel = of('FUEL.CO2').find((e) => {
              const [f, quantity, s, ncv, cc, ox, y] = args(e);
              return same([f, quantity, s ?? 'steel', ncv, cc, ox, y ?? defaultYear], [item, q, sector, p0, p1, p2, year]);
            });
            const material = of('PROCESS.CO2').find((e) => {
              const [m, quantity, s, factor] = args(e);
              return m === item && quantity === q && (s === undefined || s === sector) && factor === p0;
            });
            const anode = of('ANODE.CO2').find((e) => {
              const [net, sulphur, ash] = args(e);
              return net === q && sulphur === p0 && ash === p1;
            });
            const pfc = of('PFC.CO2E').find((e) => {
              const [al, minutes, slope, ratio] = args(e);
              return minutes === q && quantities.includes(al) && slope === p0 && ratio === p1;
            });
            const worked = fuel ?? material ?? anode ?? pfc;
            if (worked === undefined) {
              // A row with no worked line adds no direct emissions (output, aluminium produced, electricity, heat).
              const alone = pages[0]!.fns['EMISSIONS']!([[sector]], [[item]], [[q]], [parameters(i).map((v) => v ?? '')], [[year]]);
              for (const line of [LINE.combustion, LINE.process, LINE.deductions]) {
                assert.equal(alone[line]![1], 0, `${String(item)} ${String(q)} has no worked line, yet adds direct emissions`);
              }
              return;
            }
            const co2 = worked.out[0]![0] as number;
            written(co2, `=ETS.${worked.id}(${worked.args})`);
            if (worked === fuel) combustion += co2;
            else if (co2 >= 0) processes += co2;
            else deductions += co2;
          });
          assert.ok(close(combustion, value('combustion')), `combustion: the worked lines add to ${combustion}, the report says ${value('combustion')}`);
          assert.ok(close(processes, value('process')), `process: the worked lines add to ${processes}, the report says ${value('process')}`);
          assert.ok(close(deductions, value('deductions')), `deductions: the worked lines add to ${deductions}, the report says ${value('deductions')}`);
          written(value('total'), 'the total');
          written(value('surrendered'), 'what is surrendered');
          written(value('intensity'), 'the intensity');
          if (value('indirect') !== 0) written(value('indirect'), 'the indirect emissions');

          // Covered, allocated and balanced on the report's emissions.
          assert.ok(of('COVERED').length >= 1, 'ETS.COVERED');
          const allocations = [...of('ALLOCATION'), ...of('POWER.UNIT')];
          assert.ok(allocations.length >= 1, 'ETS.ALLOCATION or ETS.POWER.UNIT');
          for (const a of allocations) {
            const v = args(a);
            written(a.out[0]![0] as number, `=ETS.${a.id}(${a.args})`);
            if (a.id === 'ALLOCATION') {
              assert.equal(v[0], sector, `=ETS.ALLOCATION(${a.args}): the report's sector`);
              assert.equal(v[7], value('surrendered'), `=ETS.ALLOCATION(${a.args}) multiplies the emissions surrendered`);
              // Steel compares its ironmaking and sintering intensity; the others the report's, per unit of output.
              if (!/^(steel|钢铁)$/i.test(String(sector))) {
                assert.equal(v[2], value('intensity'), `=ETS.ALLOCATION(${a.args}): the report's intensity`);
                assert.ok(close((v[1] as number) * (v[2] as number), value('surrendered')), `=ETS.ALLOCATION(${a.args}): output × intensity`);
              }
            } else {
              assert.equal(v[5], value('surrendered'), `=ETS.POWER.UNIT(${a.args}): the verified emissions`);
              assert.ok(close((v[1] as number) * value('intensity'), value('surrendered')), `=ETS.POWER.UNIT(${a.args}): the generation`);
              if (v[2] !== undefined) assert.ok(of('HEAT.GJ').some((h) => h.out[0]![0] === v[2]), `=ETS.POWER.UNIT(${a.args}): heat from ETS.HEAT.GJ`);
            }
          }
          const balances = of('BALANCE');
          assert.ok(balances.some((b) => args(b)[1] === value('surrendered')), 'a balance of the emissions surrendered');
          for (const b of balances) {
            const [allocation, emissions] = args(b);
            assert.ok(allocations.some((a) => a.out[0]![0] === allocation), `=ETS.BALANCE(${b.args}): an allocation of the case`);
            assert.ok(emissions === value('surrendered') || of('FUEL.CO2').some((f) => f.out[0]![0] === emissions),
              `=ETS.BALANCE(${b.args}): the emissions surrendered, or a variant worked out in the case`);
            written(b.out[0]![0] as number, `=ETS.BALANCE(${b.args})`);
          }
        });
      }
    });
  }

  it('the Chinese page works the same examples to the same results and formulas', () => {
    const [en, zh] = pages.map((p) => p.page);
    const cells = (p: Page): string[] => p.examples.map((e) => {
      const c = e.out[0]![0];
      return `${e.id} ${c instanceof FakeExcelError ? c.code : e.id === 'EMISSIONS' ? '(report)' : String(c)}`;
    });
    assert.deepEqual(cells(zh!), cells(en!));
    const reports = (p: Page): unknown[][] => p.examples.filter((e) => e.id === 'EMISSIONS').map((e) =>
      Array.from(e.out.slice(1), (r) => (r[1] instanceof FakeExcelError ? r[1].code : r[1])));
    assert.deepEqual(reports(zh!), reports(en!));
    const formulas = (p: Page): string[] => formulaLines(p.text).map((l) => `${l.expression} = ${l.values.join(' → ')}`);
    assert.deepEqual(formulas(zh!), formulas(en!));
  });
});
