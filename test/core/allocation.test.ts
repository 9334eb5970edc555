import { strict as assert } from 'node:assert';
import { allocation, alpha, benchmark, phase, power, source } from '../../src/core';
import { throwsEts } from '../helpers';

describe('core: α (balance-value adjustment)', () => {
  it('is 0.15 × X inside the band (worked example I = 0.80, BP = 0.85)', () => {
    // X = 0.05 / 0.85 = 0.0588235294…, α = 0.15 × X = 0.00882352941176470588…
    assert.equal(alpha(0.8, 0.85), 0.008823529411764706);
  });

  it('reaches exactly ±3% at X = ±20% and stays there beyond', () => {
    assert.equal(alpha(0.8, 1), 0.03); // X = +0.2
    assert.equal(alpha(1.2, 1), -0.03); // X = −0.2
    assert.equal(alpha(0.5, 1), 0.03); // X = +0.5
    assert.equal(alpha(1.1, 0.85), -0.03); // X = −0.294…
    assert.equal(alpha(0.81, 1), 0.0285); // X = 0.19, just inside: 0.15 × 0.19
    assert.equal(alpha(1.19, 1), -0.0285);
    assert.equal(alpha(1, 1), 0);
  });

  it('applies in 2025 and 2026 only', () => {
    assert.equal(alpha(0.9, 1, 2026), 0.015);
    throwsEts(() => alpha(0.9, 1, 2024), 'not-available', /applies in 2025–2026, not in 2024/);
  });

  it('refuses a zero or missing reference and a negative intensity', () => {
    throwsEts(() => alpha(0.9, 0), 'number', /^reference: 0 is out of range/);
    throwsEts(() => alpha(0.9, undefined), 'value', /^reference: blank — a value is required/);
    throwsEts(() => alpha(-0.1, 1), 'number', /^intensity: -0.1 is out of range/);
  });
});

describe('core: industrial allocation (cement, steel, aluminium)', () => {
  it('matches the catalogue example: cement, 1.25 Mt clinker at 0.8 against 0.85, Phase I', () => {
    // E = 1,000,000; α = 0.15 × 0.05 / 0.85; A = 1,008,823.53 issued as whole tonnes rounded down (draft table 2-3 note 3).
    assert.equal(allocation('cement', 1250000, 0.8, 1, 0.85), 1008823);
  });

  it('clamps a poor performer at −3%: E = 1.1 Mt, I = 1.10, BP = 0.85 → 1,067,000', () => {
    assert.equal(allocation('steel', 1000000, 1.1, 'I', 0.85, 2025, undefined, 1100000), 1067000);
    assert.equal(allocation('cement', 1000000, 1.1, 'I', 0.85, 2025), 1067000);
  });

  it('gives A = E in 2024 whatever the reference', () => {
    assert.equal(allocation('aluminium', 400000, 1.7, undefined, 0.85, 2024), 680000);
    assert.equal(allocation('cement', 3, 0.1, undefined, undefined, 2024), 0.3); // exact, not 0.30000000000000004
  });

  it('gives A = E in 2025–2026 when no balance value is passed (α = 0)', () => {
    assert.equal(allocation('cement', 1000000, 0.85), 850000);
    assert.equal(allocation('cement', 1000000, 0.85, 'Phase I', undefined, 2026), 850000);
  });

  it('uses the 2026 (draft) rule for 2026 with α', () => {
    assert.equal(allocation('aluminium', 100000, 1.9, 1, 2, 2026), 191425); // E = 190,000; X = 0.05, α = 0.0075
  });

  it('needs the benchmark (7th argument) in Phase II: A = output × benchmark', () => {
    throwsEts(() => allocation('cement', 1000000, 0.8, 2), 'not-available', /^benchmark: 2027 is in Phase II, whose benchmarks are not published; pass the benchmark/);
    assert.equal(allocation('cement', 1000000, 0.8, 'II', undefined, undefined, 0.78), 780000);
    assert.equal(allocation('steel', 1000000, 1.9, undefined, undefined, 2027, 1.75), 1750000);
  });

  it('never takes a balance value for a Phase II benchmark: a row copied from 2025 to 2027 asks for the benchmark', () => {
    // The same arguments across years, as a row of formulas copied along: E = 1,000,000 × 0.8, balance value 0.85.
    const row = (year: number, benchmark?: number) => allocation('cement', 1000000, 0.8, undefined, 0.85, year, benchmark);
    assert.equal(row(2024), 800000);
    assert.equal(row(2025), 807058); // ⌊800,000 + 800,000 × 0.15 × 0.05 / 0.85⌋ = ⌊800,000 + 6,000 / 0.85⌋
    assert.equal(row(2026, 0.7), row(2025), 'the benchmark is ignored in Phase I');
    for (const year of [2027, 2030]) throwsEts(() => row(year), 'not-available', /^benchmark: .* pass the benchmark .*balance value is used in Phase I only/);
    assert.equal(row(2027, 0.78), 780000, 'Phase II: output × benchmark, the balance value unused');
  });

  it('settles phase and year: phase alone, year alone, contradictions', () => {
    assert.equal(phase(2024), 'I');
    assert.equal(phase(2026), 'I');
    assert.equal(phase(2027), 'II');
    throwsEts(() => phase(2023), 'not-available', /2023 is before the phases/);
    throwsEts(() => allocation('cement', 1, 1, 'II', undefined, 2025), 'value', /^phase: "II" contradicts year 2025, which is in Phase I/);
    throwsEts(() => allocation('cement', 1, 1, 2, undefined, 2026), 'value', /contradicts year 2026/);
    throwsEts(() => allocation('cement', 1, 1, 3), 'value', /^phase: "3" is not a known phase/);
  });

  it('has no allocation for sectors without an obligation', () => {
    throwsEts(() => allocation('steel-eaf', 1, 1), 'not-available', /stand-alone electric-arc-furnace steel reports emissions but has no allowance obligation/);
    throwsEts(() => allocation('paper', 1, 1), 'not-available', /no allowance obligation/);
    throwsEts(() => allocation('cement', 1, 1, undefined, undefined, 2023), 'not-available', /enters the CN ETS in compliance year 2024/);
  });

  it('refuses negative output, intensity and non-positive reference', () => {
    throwsEts(() => allocation('cement', -1, 0.8), 'number', /^output: -1 is out of range/);
    throwsEts(() => allocation('cement', 1, -0.8), 'number', /^intensity: -0.8 is out of range/);
    throwsEts(() => allocation('cement', 1, 0.8, 1, 0), 'number', /^balance_value: 0 is out of range/);
    throwsEts(() => allocation('cement', 1, 0.8, 2, undefined, undefined, -0.7), 'number', /^benchmark: -0.7 is out of range/);
    throwsEts(() => allocation(undefined, 1, 0.8), 'value', /^sector: blank — a value is required/);
  });
});

describe('core: power allocation', () => {
  it('asks for the unit category when sector is plain power', () => {
    throwsEts(() => allocation('power', 1000, 0.8), 'value', /^sector: "power" needs the unit category.*power:coal-large/);
  });

  it('is output × benchmark of the category and year, before any unit or entity adjustment (coal ≥ 400 MW, 2024: 0.7910)', () => {
    assert.equal(allocation('power:coal-large', 1000000, 0.95, undefined, undefined, 2024), 791000);
    // No coal floor here: it is an entity-level rule (ETS.POWER.UNIT applies it for a single-unit entity).
    assert.equal(allocation('power:coal-large', 1000000, 1.1, undefined, undefined, 2024), 791000);
    // No gas top-up either (ETS.POWER.UNIT with verified emissions applies it): 500,000 × 0.3288.
    assert.equal(allocation('power:gas', 500000, 0.4, undefined, undefined, 2025), 164400);
    // intensity plays no part for a power unit; emissions are refused (the top-up and floor need ETS.POWER.UNIT).
    assert.equal(allocation('power:gas', 500000, undefined, undefined, undefined, 2025), 164400);
    throwsEts(() => allocation('power:gas', 500000, 0.4, undefined, undefined, 2025, undefined, 200000), 'value', /^emissions: 200000 is not used for a power unit/);
    // 2025 (draft): whole tonnes rounded down, 1,234.5 × 0.7902 = 975.499; 2024 (the final plan states no rounding): as computed.
    assert.equal(allocation('power:coal-large', 1234.5, 0, undefined, undefined, 2025), 975);
    assert.equal(allocation('power:coal-large', 1234.5, 0, undefined, undefined, 2024), 976.4895);
  });

  it('lets benchmark override the published one, needs it where none is published, and refuses a balance value', () => {
    assert.equal(allocation('power:coal-small', 1000, 0.5, undefined, undefined, 2024, 0.7), 700);
    throwsEts(() => allocation('power:coal-small', 1000, 0.5, undefined, undefined, 2027), 'not-available', /no power:coal-small benchmark for 2027.*2023–2026/);
    assert.equal(allocation('power:coal-small', 1000, 0.5, undefined, undefined, 2027, 0.7), 700);
    throwsEts(() => allocation('power:gas', 1000, 0.5, undefined, 0.7, 2025), 'value', /^balance_value: 0.7 is a Phase I sector balance value .* a power unit has none/);
  });

  it('POWER: generation × benchmark × Ff + heat × heat benchmark (2025, coal ≥ 400 MW)', () => {
    // 1,000,000 × 0.7902 + 2,000,000 × 0.1027 = 790,200 + 205,400
    assert.equal(power('power:coal-large', 1000000, 2000000), 995600);
    // Ff = 1.01: 798,102 + 205,400
    assert.equal(power('power:coal-large', 1000000, 2000000, 2025, 1.01), 1003502);
    // floor: 0.8 × 1,300,000 = 1,040,000
    assert.equal(power('power:coal-large', 1000000, 2000000, 2025, 1, 1300000), 1040000);
    // gas, 2026: 100,000 × 0.3288 + 50,000 × 0.0533 = 32,880 + 2,665; top-up to 40,000
    assert.equal(power('power:gas', 100000, 50000, 2026), 35545);
    assert.equal(power('power:gas', 100000, 50000, 2026, undefined, 40000), 40000);
  });

  it('POWER takes the category as users type it inside a power function', () => {
    const gas2025 = power('power:gas', 1000);
    for (const name of ['gas', 'Gas', 'power:gas', 'power: gas', '燃气机组', '燃气发电', 'gas-fired']) assert.equal(power(name, 1000), gas2025, name);
    const large = power('power:coal-large', 1000);
    for (const name of ['coal-large', 'Coal Large', 'coal_large', '300MW等级以上常规燃煤机组']) assert.equal(power(name, 1000), large, name);
    assert.equal(power('300MW等级及以下常规燃煤机组', 1000), power('coal-small', 1000));
    for (const name of ['燃煤矸石、煤泥、水煤浆等非常规燃煤机组（含燃煤循环流化床机组）', '循环流化床机组', 'CFB', 'coal-unconventional']) {
      assert.equal(power(name, 1000), power('power:coal-unconventional', 1000), name);
    }
  });

  it('POWER refuses a load correction for gas and categories that are not power units', () => {
    throwsEts(() => power('power:gas', 1000, 0, 2025, 1.1), 'value', /^load_correction: 1.1 applies to conventional coal units only .*Accepted: 1 or blank for power:gas/);
    throwsEts(() => power('coal-unconventional', 1000, 0, 2025, 1.02), 'value', /^load_correction: 1.02 applies to conventional coal units only/);
    throwsEts(() => power('gas', 1000, 0, 2025, 0.4), 'value', /^load_correction: 0.4 applies to conventional coal units only/);
    assert.equal(power('coal-unconventional', 1000, 0, 2025, 1), 816, 'a factor of 1 is what the plans give it: 1,000 × 0.8162 = 816.2, rounded down');
    throwsEts(() => power('cement', 1000), 'value', /^category: "cement" is not a known power unit category\. Accepted: power:coal-large/);
    throwsEts(() => power('coal', 1000), 'value', /^category: "coal" is ambiguous: .*power:coal-large, power:coal-small or power:coal-unconventional/);
    throwsEts(() => power('power:coal-large', 1000, 0, 2025, 0), 'value', /^load_correction: 0 is out of range.*share of rated output above 0/);
    throwsEts(() => power('power:coal-large', 1000, 0, 2025, -1), 'number', /^load_correction: -1 is out of range/);
    throwsEts(() => power('power:coal-large', 1000, 0, 2022), 'not-available', /no power:coal-large benchmark for 2022/);
  });

  it('BENCHMARK returns published values at the year edges, draft or final', () => {
    assert.equal(benchmark('power:coal-large', 2023), 0.795);
    assert.equal(benchmark('power:coal-small', 2023), 0.809);
    assert.equal(benchmark('power:coal-unconventional', 2026), 0.808);
    assert.equal(benchmark('power:gas', 2024), 0.3288);
    assert.equal(benchmark('heat:coal'), 0.1027);
    assert.equal(benchmark('Heat: Gas', 2023), 0.0536);
    assert.equal(benchmark('燃气机组', 2026), 0.3288);
    throwsEts(() => benchmark('power:coal-large', 2027), 'not-available', /2023–2026/);
    throwsEts(() => benchmark('power'), 'value', /^name: "power" is not a known benchmark/);
    assert.equal(benchmark('hot-metal', 2025, 'EU'), 1.288);
    assert.equal(benchmark('Hot Metal', 2026, 'EU'), 1.248);
    assert.equal(benchmark('grey-clinker', 2020, 'EU'), 0.766);
    assert.equal(benchmark('cbam:aluminium-primary', 2026, 'EU'), 1.423);
    // 2021–2025 (IR 2021/447), which the rulebook lacked; 2026–2030 is in IR 2026/1412, whose annex we could not read.
    assert.equal(benchmark('grey-clinker', 2023, 'EU'), 0.693);
    assert.equal(benchmark('white-clinker', 2021, 'EU'), 0.957);
    assert.equal(benchmark('primary aluminium', 2025, 'EU'), 1.464);
    throwsEts(() => benchmark('grey-clinker', 2026, 'EU'), 'not-available', /no grey-clinker benchmark for 2026 .*2013–2025/);
    assert.match(source('hot-metal', 2027), /^secondary — IR \(EU\) 2026\/1412 annex .*adopted 26 Jun 2026/);
    throwsEts(() => benchmark('power:gas', 2025, 'EU'), 'value', /not a known EU benchmark/);
    throwsEts(() => benchmark('power:gas', 2025, 'KR'), 'not-available', /no benchmarks for KR; it has them for CN, EU/);
  });
});
