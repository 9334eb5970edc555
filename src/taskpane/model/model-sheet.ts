/**
 * The model builder's sheet: an inputs block the user edits, one row a year computed only by ETS formulas that read
 * those inputs, totals and a discounted total, three live scenarios, and the data a chart of position and cost reads.
 * Pure: the view hands it a facility's inputs and gets a block and the places to format.
 */
import { rules, statusWord } from '../../core';
import { t, type MessageKey } from '../i18n/messages';
import type { Area, CellValue } from '../ports/port';
import { columnLetters } from '../ports/port';
import { fitColumns } from '../column-widths';

/** One input of the model: its label, value (blank = not given) and a note saying what it is. */
export interface ModelInput {
  readonly key: InputKey;
  readonly label: string;
  readonly value: CellValue;
  readonly note: string;
}

export const INPUT_KEYS = [
  'sector', 'firstYear', 'lastYear', 'output', 'outputChange', 'intensity', 'intensityChange', 'emissions', 'emissionsChange',
  'balanceValue', 'benchmark',
  'benchmarkChange', 'ceaPrice', 'ceaPriceChange', 'ccerPrice', 'ccerShare', 'openingBank', 'exportShare', 'cnCode',
  'country', 'embedded', 'euaPrice', 'euaPriceChange', 'fx', 'cscf', 'laterBenchmark', 'discountRate',
] as const;
export type InputKey = (typeof INPUT_KEYS)[number];
export type ModelValues = Readonly<Record<InputKey, CellValue>>;

/** An input's label and note, in the pane's language (the catalogue's md.in.* and md.note.*). */
const labelOf = (key: InputKey): string => t(`md.in.${key}`);
const noteOf = (key: InputKey): string => t(`md.note.${key}`);

/** The inputs as rows, in the order of INPUT_KEYS. */
export const modelInputs = (values: ModelValues): ModelInput[] =>
  INPUT_KEYS.map((key) => ({ key, label: labelOf(key), value: values[key], note: noteOf(key) }));

/** Where things sit on the sheet (0-based rows and columns). */
export interface ModelLayout {
  readonly inputs: Area;
  readonly header: number;
  readonly firstYearRow: number;
  readonly years: readonly number[];
  readonly totalRow: number;
  readonly scenarioHeader: number;
  /** The scenario rows, whose multipliers are inputs. */
  readonly scenarioRows: readonly number[];
  readonly chartData: Area;
  /** Number formats by column, for the year rows and totals. */
  readonly formats: ReadonlyArray<{ col: number; format: string }>;
  /** Column widths from column A, in points: labels readable, notes left to run over the empty cells beside them. */
  readonly widths: readonly number[];
}

export const YEAR_HEADERS = [
  'Year', 'Phase', 'Output (t)', 'Intensity (tCO2e/t)', 'Verified emissions (tCO2e)', 'Phase II benchmark (your assumption)',
  'Allocation (tCO2e)', 'Balance (tCO2e)', 'Cumulative position (tCO2e)', 'CEA price (CNY/t)', 'Compliance cost (CNY)',
  'Penalty exposure if short (CNY)', 'Exported to the EU (t)', 'Carbon price effectively paid (CNY/tCO2e)',
  'CBAM certificates', 'Certificate price (EUR)', 'CBAM cost (EUR)', 'Discount factor',
] as const;
type YearColumn = (typeof YEAR_HEADERS)[number];
const col = (h: YearColumn): string => columnLetters(YEAR_HEADERS.indexOf(h));

/** The columns' headers as written, in the pane's language; YEAR_HEADERS names the columns in code. */
const HEADER_KEYS: Readonly<Record<YearColumn, MessageKey>> = {
  Year: 'md.h.year', Phase: 'md.h.phase', 'Output (t)': 'md.h.output', 'Intensity (tCO2e/t)': 'md.h.intensity',
  'Verified emissions (tCO2e)': 'md.h.verified-emissions', 'Phase II benchmark (your assumption)': 'md.h.phase-ii-benchmark',
  'Allocation (tCO2e)': 'md.h.allocation', 'Balance (tCO2e)': 'md.h.balance', 'Cumulative position (tCO2e)': 'md.h.cumulative-position',
  'CEA price (CNY/t)': 'md.h.cea-price', 'Compliance cost (CNY)': 'md.h.compliance-cost', 'Penalty exposure if short (CNY)': 'md.h.penalty-exposure-if-short',
  'Exported to the EU (t)': 'md.h.exported-to-the-eu', 'Carbon price effectively paid (CNY/tCO2e)': 'md.h.carbon-price-effectively-paid',
  'CBAM certificates': 'md.h.cbam-certificates', 'Certificate price (EUR)': 'md.h.certificate-price', 'CBAM cost (EUR)': 'md.h.cbam-cost',
  'Discount factor': 'md.h.discount-factor',
};
const headerText = (h: YearColumn): string => t(HEADER_KEYS[h]);

const FORMATS: Readonly<Record<YearColumn, string>> = {
  Year: '0', Phase: '@', 'Output (t)': '#,##0', 'Intensity (tCO2e/t)': '0.0000', 'Verified emissions (tCO2e)': '#,##0',
  'Phase II benchmark (your assumption)': '0.0000', 'Allocation (tCO2e)': '#,##0', 'Balance (tCO2e)': '#,##0;[Red]-#,##0',
  'Cumulative position (tCO2e)': '#,##0;[Red]-#,##0', 'CEA price (CNY/t)': '#,##0.00', 'Compliance cost (CNY)': '#,##0;[Red]-#,##0',
  'Penalty exposure if short (CNY)': '#,##0', 'Exported to the EU (t)': '#,##0', 'Carbon price effectively paid (CNY/tCO2e)': '0.00',
  'CBAM certificates': '#,##0', 'Certificate price (EUR)': '#,##0.00', 'CBAM cost (EUR)': '#,##0', 'Discount factor': '0.0000',
};

/** The scenarios: a multiplier on the CEA price and one on the Phase II benchmark, each an input the user edits. */
export const SCENARIOS = ['Low', 'Base', 'High'] as const;
const SCENARIO_KEYS: Readonly<Record<(typeof SCENARIOS)[number], MessageKey>> = { Low: 'md.s.low', Base: 'md.s.base', High: 'md.s.high' };
const scenarioName = (s: (typeof SCENARIOS)[number]): string => t(SCENARIO_KEYS[s]);
/** Starting multipliers, for the user to change: low and high prices ±30 %, benchmarks 2 % looser and tighter. */
const PRICE_SPREAD = 3 / 10;
const BENCHMARK_SPREAD = 2 / 100;

/** The rulebook's version and, for every bundled value the model uses, its status (or "your assumption"). */
export function statusLine(years: readonly number[]): string {
  const status = (key: string, year?: number): string => {
    const r = year === undefined ? rules.fixedRule(key) : rules.findRule(key, year);
    return r ? statusWord(r.status) : t('md.s.not-in-rulebook');
  };
  const phaseOne = years.filter((y) => rules.findRule('phase', y)?.value === 'I');
  const alpha = phaseOne.map((y) => `${y} ${status('alpha:slope', y)}`).join(', ');
  const cbamYears = years.filter((y) => rules.findRule('cbam:factor', y) !== undefined);
  const none = t('md.s.none');
  return t('md.s.status', {
    version: rules.RULEBOOK_VERSION, date: rules.RULEBOOK_DATE, phases: status('phase', years[0]), alpha: alpha || none,
    offsets: status('offset-limit', years[0]), penalty: status('penalty:min-multiple'),
    factor: cbamYears.length ? status('cbam:factor', cbamYears[0]) : none, markup: cbamYears.length ? status('cbam:markup', cbamYears[0]) : none,
  });
}

/** A reference passed to an ETS function as "not given" when its cell is empty (some Excel builds pass 0 for empty). */
const optional = (ref: string): string => `IF(${ref}="","",${ref})`;

/**
 * The model sheet as one block from A1, and where its parts are. `years` are the rows; every figure is a formula.
 * @example modelSheet('Model', values, [2024, …, 2035]).block[firstYearRow][6] // "=ETS.ALLOCATION($B$4,C…)"
 */
export function modelSheet(values: ModelValues, years: readonly number[]): { values: CellValue[][]; layout: ModelLayout } {
  const inputs = modelInputs(values);
  const inputTop = 3;
  const ref = (key: InputKey): string => `$B$${inputTop + INPUT_KEYS.indexOf(key) + 1}`;
  const width = YEAR_HEADERS.length + SCENARIOS.length * 2;
  const pad = (row: CellValue[]): CellValue[] => [...row, ...new Array<CellValue>(Math.max(0, width - row.length)).fill('')];

  const scenarioTop = inputTop + inputs.length + 1;
  // Scenario inputs: price and benchmark multipliers, a row a scenario.
  const scenarioRow = (s: number): number => scenarioTop + 2 + s; // 0-based
  const priceFactor = (s: number): string => `$B$${scenarioRow(s) + 1}`;
  const benchmarkFactor = (s: number): string => `$C$${scenarioRow(s) + 1}`;
  const header = scenarioTop + 2 + SCENARIOS.length + 1;
  const first = header + 1;
  const r = (i: number): number => first + i + 1; // 1-based row of year i
  const last = r(years.length - 1);

  const yearRows = years.map((_, i): CellValue[] => {
    const n = r(i);
    const y = `A${n}`;
    const grow = (start: InputKey, change: InputKey): string => `=${ref(start)}*(1+N(${ref(change)}))^(${y}-${ref('firstYear')})`;
    const phaseTwoYears = `COUNTIF($B$${r(0)}:B${n},"II")`;
    // The allocation multiplies the emissions given (column E); without them it works out output × intensity itself.
    const givenEmissions = `IF(${ref('emissions')}="","",E${n})`;
    const intensityCell = `IF(${ref('embedded')}="",${ref('country')},${ref('embedded')})`;
    const exported = `${col('Exported to the EU (t)')}${n}`;
    // The price paid at home per tonne of good, in the certificate's currency (Reg. 2023/956 art. 9: what was paid for
    // the goods, never more — a default value was never priced at home, so no price per tCO2e multiplies it). None paid
    // needs no exchange rate (a blank one then is no problem); a price paid with a blank rate shows #DIV/0! in the CBAM
    // cells rather than dropping the deduction.
    const effective = `${col('Carbon price effectively paid (CNY/tCO2e)')}${n}`;
    const paidPerTonne = `IF(${effective}=0,0,ETS.CBAM.PRICEDUE(J${n},E${n},G${n},C${n})/${ref('fx')})`;
    const cbamCertificates = `ETS.CBAM.CERTIFICATES(${exported},${intensityCell},${y},${ref('cnCode')},,${col('Certificate price (EUR)')}${n},${ref('cscf')},${paidPerTonne})`;
    const laterCertificates = `ETS.CBAM.CERTIFICATES(${exported},IF(${ref('embedded')}="",ETS.CBAM.DEFAULT(${ref('cnCode')},${ref('country')},${y}),${ref('embedded')}),${y},${ref('laterBenchmark')},,${col('Certificate price (EUR)')}${n},${ref('cscf')},${paidPerTonne})`;
    const cells: Record<YearColumn, CellValue> = {
      Year: i === 0 ? `=${ref('firstYear')}` : `=A${n - 1}+1`,
      Phase: `=ETS.PHASE(${y})`,
      'Output (t)': grow('output', 'outputChange'),
      'Intensity (tCO2e/t)': grow('intensity', 'intensityChange'),
      // Given emissions (steel: the enterprise's, which its ironmaking + sintering intensity cannot give) grow by their
      // own change; otherwise they are output × intensity.
      'Verified emissions (tCO2e)': `=IF(${ref('emissions')}="",C${n}*D${n},${ref('emissions')}*(1+N(${ref('emissionsChange')}))^(${y}-${ref('firstYear')}))`,
      // Phase II years count from the first: the benchmark tightens by its change a year from there.
      'Phase II benchmark (your assumption)': `=IF(OR(B${n}<>"II",${ref('benchmark')}=""),"",${ref('benchmark')}*(1+N(${ref('benchmarkChange')}))^(${phaseTwoYears}-1))`,
      'Allocation (tCO2e)': `=ETS.ALLOCATION(${ref('sector')},C${n},D${n},,${optional(ref('balanceValue'))},${y},${optional(`F${n}`)},${givenEmissions})`,
      'Balance (tCO2e)': `=ETS.BALANCE(G${n},E${n})`,
      'Cumulative position (tCO2e)': i === 0 ? `=N(${ref('openingBank')})+H${n}` : `=I${n - 1}+H${n}`,
      'CEA price (CNY/t)': grow('ceaPrice', 'ceaPriceChange'),
      'Compliance cost (CNY)': `=ETS.COST(G${n},E${n},J${n},${optional(ref('ccerPrice'))},${optional(ref('ccerShare'))})`,
      'Penalty exposure if short (CNY)': `=IF(H${n}<0,ETS.PENALTY(-H${n},J${n}),0)`,
      'Exported to the EU (t)': `=C${n}*N(${ref('exportShare')})`,
      'Carbon price effectively paid (CNY/tCO2e)': `=ETS.EFFECTIVEPRICE(G${n},E${n},J${n})`,
      // Before CBAM, or with nothing exported, there is nothing to surrender; the years after the benchmark table use
      // the assumption when one is given, and otherwise show the function's #N/A asking for it.
      'CBAM certificates': `=IF(OR(${exported}=0,ISNA(ETS.CBAM.FACTOR(${y}))),"",IFNA(${cbamCertificates},IF(${ref('laterBenchmark')}="",${cbamCertificates},${laterCertificates})))`,
      'Certificate price (EUR)': grow('euaPrice', 'euaPriceChange'),
      'CBAM cost (EUR)': `=IF(O${n}="","",O${n}*P${n})`,
      'Discount factor': `=1/(1+N(${ref('discountRate')}))^(${y}-${ref('firstYear')})`,
    };
    const scenarioCells = SCENARIOS.flatMap((_, s) => {
      const allocation = `ETS.ALLOCATION(${ref('sector')},C${n},D${n},,${optional(ref('balanceValue'))},${y},IF(F${n}="","",F${n}*${benchmarkFactor(s)}),${givenEmissions})`;
      const column = columnLetters(YEAR_HEADERS.length + s * 2);
      return [`=${allocation}`, `=ETS.COST(${column}${n},E${n},J${n}*${priceFactor(s)},${optional(ref('ccerPrice'))},${optional(ref('ccerShare'))})`];
    });
    return [...YEAR_HEADERS.map((h) => cells[h]), ...scenarioCells];
  });

  const sum = (c: string): string => `=SUM(${c}${r(0)}:${c}${last})`;
  const npv = (c: string): string => `=SUMPRODUCT(${c}${r(0)}:${c}${last},R${r(0)}:R${last})`;
  const scenarioCostCol = (s: number): string => columnLetters(YEAR_HEADERS.length + s * 2 + 1);
  const totalRow = first + years.length + 1; // 0-based
  const totals: CellValue[] = [t('md.s.total'), '', '', '', sum('E'), '', sum('G'), sum('H'), '', '', sum('K'), sum('L'), sum('M'), '', sum('O'), '', sum('Q'), '',
    ...SCENARIOS.flatMap((_, s) => [sum(columnLetters(YEAR_HEADERS.length + s * 2)), sum(scenarioCostCol(s))])];
  const discounted: CellValue[] = [t('md.s.discounted'), '', '', '', '', '', '', '', '', '', npv('K'), npv('L'), '', '', '', '', npv('Q'), '',
    ...SCENARIOS.flatMap((_, s) => ['', npv(scenarioCostCol(s))])];

  const scenarioBlock: CellValue[][] = [
    [t('md.s.scenarios')],
    [t('md.s.scenario'), t('md.s.price-x'), t('md.s.benchmark-x'), t('md.s.total-cost'), t('md.s.discounted-cost')],
    ...SCENARIOS.map((name, s) => [scenarioName(name), 1 + (s - 1) * PRICE_SPREAD, 1 - (s - 1) * BENCHMARK_SPREAD,
      `=${columnLetters(YEAR_HEADERS.length + s * 2 + 1)}${totalRow + 1}`, `=${scenarioCostCol(s)}${totalRow + 2}`]),
  ];

  const chartTop = totalRow + 3;
  const chartRows: CellValue[][] = [
    [t('md.s.chart-data'), headerText('Balance (tCO2e)'), headerText('Compliance cost (CNY)'), headerText('CBAM cost (EUR)')],
    ...years.map((_, i) => [`=A${r(i)}`, `=H${r(i)}`, `=K${r(i)}`, `=IF(Q${r(i)}="",0,Q${r(i)})`]),
  ];

  const rows: CellValue[][] = [
    [t('md.s.title', { sector: String(values.sector) })],
    [statusLine(years)],
    [t('md.s.inputs')],
    ...inputs.map((input) => [input.label, input.value, input.note]),
    [''],
    ...scenarioBlock,
    [''],
    [...YEAR_HEADERS.map(headerText), ...SCENARIOS.flatMap((s) => [t('md.s.allocation-of', { scenario: scenarioName(s).toLowerCase() }),
      t('md.s.cost-of', { scenario: scenarioName(s).toLowerCase() })])],
    ...yearRows,
    [''],
    totals,
    discounted,
    [''],
    ...chartRows,
  ].map(pad);

  // Column A holds the labels; B the values; from C on, the year table's headers set the width (the notes in C run on
  // over the empty cells to their right, as Excel shows text).
  const labelRows = [...inputs.map((input) => [input.label, input.value]), ...scenarioBlock.slice(1), totals.slice(0, 1), discounted.slice(0, 1), chartRows[0]!];
  const headerRow = rows[header]!;
  const widths = [
    ...fitColumns([...labelRows, headerRow], 2, { min: 64, max: 340 }),
    ...fitColumns([headerRow.slice(2)], width - 2, { min: 64, max: 150 }),
  ];

  return {
    values: rows,
    layout: {
      widths,
      inputs: { sheet: '', top: inputTop, left: 1, rows: inputs.length, cols: 1 },
      header,
      firstYearRow: first,
      years,
      totalRow,
      scenarioHeader: scenarioTop + 1,
      scenarioRows: SCENARIOS.map((_, s) => scenarioRow(s)),
      chartData: { sheet: '', top: chartTop, left: 0, rows: years.length + 1, cols: 4 },
      formats: [
        ...YEAR_HEADERS.map((h, i) => ({ col: i, format: FORMATS[h] })),
        ...SCENARIOS.flatMap((_, s) => [{ col: YEAR_HEADERS.length + s * 2, format: '#,##0' }, { col: YEAR_HEADERS.length + s * 2 + 1, format: '#,##0;[Red]-#,##0' }]),
      ],
    },
  };
}
