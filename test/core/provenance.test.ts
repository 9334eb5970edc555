import { strict as assert } from 'node:assert';
import { info, names, rules, source } from '../../src/core';
import { throwsEts } from '../helpers';

describe('core: SOURCE and INFO', () => {
  it('cites power benchmarks as final to 2024 and draft from 2025', () => {
    assert.equal(source('power:coal-large', 2025), 'draft — draft 2025–2026 power allocation plan (MEE, Jul 2026), table 1');
    assert.equal(source('power:coal-large', 2024), 'final — 2023–2024 power allocation plan (MEE, Oct 2024), annex 2');
    assert.match(source('heat:gas', 2026), /^draft — /);
  });

  it('cites the threshold, the offset limit, the floors, α and the allocation method by year', () => {
    assert.match(source('threshold'), /^final — MEE notice on 2026 work \(27 Jan 2026\) §一\(一\) and annex 1 \(listing: .*art\. 8$/);
    assert.match(source('offset-limit'), /^final — 碳排放权交易管理办法（试行）\(2021\) art\. 29/);
    assert.match(source('coal-floor', 2024), /^final — 2023–2024 power allocation plan/);
    assert.match(source('gas-top-up', 2026), /^draft — /);
    assert.match(source('alpha', 2025), /^secondary — draft 2025–2026 allocation plan .*2025 follows the final 2024–2025 plan .*not read here/);
    assert.match(source('alpha', 2026), /^draft — /);
    assert.match(source('allocation', 2024), /^secondary — final 2024–2025 allocation plan .*17 Nov 2025.*A = E$/);
    assert.match(source('allocation', 2027), /benchmark values open/);
  });

  it('gives the reason for the defaults', () => {
    assert.match(source('default-year'), /surrendered by 31 Dec 2026/);
    assert.match(source('gwp-default'), /^secondary — UNFCCC decision 18\/CMA\.1.*pass gwp_set/);
  });

  it('resolves sectors, gases and GWP keys', () => {
    assert.match(source('cement'), /^final — .*140号.*clinker production lines/);
    assert.match(source('水泥'), /clinker production lines/);
    assert.match(source('power:gas', 2023), /^final — /);
    assert.match(source('gases:aluminum'), /^draft — draft 2025–2026 allocation plan \(MEE, Jul 2026\) §二\(二\) \(power, steel, cement: CO2; aluminium: CO2, CF4, C2F6\); .*final 2024–2025 plan .* not read here$/);
    assert.equal(source('CF4'), 'final — IPCC AR5 WG1 table 8.A.1');
    assert.equal(source('gwp:SAR:CF4'), 'secondary — IPCC SAR (1995) WG1 table 2.9 values, as used in UNFCCC reporting (decision 2/CP.3)');
    assert.match(source('gwp:AR6:CH4-fossil'), /AR6 WG1 table 7\.SM\.7/);
    assert.match(source('chemicals'), /MEE notice on 2026 work \(27 Jan 2026\) §四/);
    assert.match(source('Phase', 2027), /stricter benchmark-based allocation/);
  });

  it('cites the listing rule for captive power plants, by its name in either language', () => {
    for (const name of ['captive', 'captive power plant', '自备电厂', '企业自备电厂']) {
      assert.match(source(name), /^final — 2027 key-emitter list requirements \(annex 1 to MEE notice of 27 Jan 2026\) §一; .*4411 and 4412, captive power plants included/, name);
    }
  });

  it('cites power coverage by year: ICAP for the first cycles, the 2023–2024 plan §二 and the notices from 2023; the captive-plant rule as the 2027 list annex §一 words it', () => {
    assert.match(source('power', 2021), /^secondary — ICAP China national ETS factsheet \(first compliance cycle/);
    const listed = source('power', 2025);
    assert.match(listed, /^final — 2023–2024 power allocation plan \(MEE, Oct 2024\) §二 .*140号 .*\(一\) .*MEE notice on 2026 work \(27 Jan 2026\) §一\(一\) and annex 1 §一/);
    assert.match(listed, /industry codes 4411 and 4412, captive power plants included, except that a captive plant of an enterprise not on the power list whose fossil-fuel generating units co-fire \(or burn only\) the enterprise’s own secondary energy is listed under steel, cement or aluminium$/);
    assert.equal(source('power', 2023), listed);
    throwsEts(() => source('power', 2018), 'not-available', /sector:power for 2019 on, not for 2018/);
  });

  it('cites the gases: power CO2 final for 2023–2024 (plan §四), draft from 2025; the industrial sectors draft (§二(二)); reporting producers as their guidelines', () => {
    assert.match(source('gases:power', 2024), /^final — 2023–2024 power allocation plan \(MEE, Oct 2024\) §四 \(allowances are the generating units’ CO2 emission limits\) and §六$/);
    assert.match(source('gases:power', 2025), /^draft — draft 2025–2026 allocation plan \(MEE, Jul 2026\) §二\(二\)/);
    assert.match(source('gases:power', 2020), /^secondary — ICAP/);
    for (const s of ['cement', 'steel', 'aluminium']) assert.match(source(`gases:${s}`, 2026), /^draft — .*§二\(二\)/, s);
    assert.match(source('gases:steel-eaf'), /^final — steel accounting guideline CETS—AG—03\.01—V01—2024 .*§3\.1 note/);
    assert.match(source('gases:non-Portland clinker'), /^draft — .*cement: CO2.*not read here/);
  });

  it('refuses unknown parameters and years without a record', () => {
    throwsEts(() => source('price'), 'value', /^parameter: "price" is not a rulebook parameter\. Accepted: threshold/);
    throwsEts(() => source('gwp:AR9:CF4'), 'value', /not a rulebook parameter/);
    throwsEts(() => source('gases:paper2'), 'value', /not a rulebook parameter/);
    throwsEts(() => source(undefined), 'value', /^parameter: blank — a value is required/);
    throwsEts(() => source('power:coal-large', 2022), 'not-available', /power:coal-large for 2023–2026, not for 2022/);
    throwsEts(() => source('cement', 2023), 'not-available', /sector:cement for 2024 on, not for 2023/);
  });

  it('answers for every key a function lists as accepted, and for the new mechanics', () => {
    const accepted = [
      'threshold', 'scope2', 'phase', 'allocation', 'alpha', 'entity-floor', 'coal-floor', 'gas-top-up', 'offset-limit', 'ccer',
      'preallocation-share', 'carryover', 'penalty', 'default-year', 'gwp-default', 'years', 'cbam-factor', 'markup', 'de-minimis',
      ...names.COMPLIANCE_EVENTS, ...names.POWER_CATEGORIES, ...names.HEAT_BENCHMARKS, ...rules.EU_BENCHMARK_NAMES, ...rules.CBAM_BENCHMARK_NAMES,
      ...names.SCHEME_IDS.map((id) => `scheme:${id}`), ...names.SPECIAL_CASES.filter((c) => c !== 'steel:hydrogen-rich-bf'),
      'cement', 'steel', 'aluminium', 'paper', 'gases:aluminium', 'CF4', 'gwp:AR4:CH4',
    ];
    // A known key answers for some year its records cover (the CBAM factor from 2026, the 2023 report date …).
    const answers = (key: string): boolean => [undefined, 2023, 2024, 2026].some((y) => {
      try {
        return source(key, y).length > 0;
      } catch (e) {
        if ((e as { category?: string }).category === 'not-available') return false;
        throw e;
      }
    });
    for (const key of accepted) assert.ok(answers(key), key);
    assert.match(source('hot-metal'), /^secondary — IR \(EU\) 2021\/447/, 'an EU benchmark without its scheme');
    assert.match(source('scheme:KR'), /Korea Ministry of Environment/);
    assert.match(source('steel:hydrogen-rich-bf', 2026), /^draft — draft 2025–2026 allocation plan .*§三\(三\)/);
    assert.match(source('entity-floor', 2024), /^final — 2023–2024 power allocation plan \(MEE, Oct 2024\) §五\(三\)2 /);
    assert.match(source('carryover'), /^final — 2023–2024 power allocation plan .*annex 5/);
    assert.match(source('penalty'), /^final — 碳排放权交易管理暂行条例 .*art\. 24/);
    assert.match(source('surrender', 2023), /^final — 2023–2024 power allocation plan/);
    assert.match(source('deadline:verification', 2025), /^final — MEE notice on 2026 national carbon market work \(27 Jan 2026\) §二\(四\)$/);
    assert.match(source('preallocation-share', 2026), /^draft — .*§四\(一\)1.*power units; rounded down to whole tonnes$/);
    assert.match(source('preallocation-share', 2025), /^draft — .*§四\(一\)1/);
    assert.match(source('industry-preallocation-share', 2024), /^final — .*\(十\).*no pre-allocation for 2024$/);
    assert.match(source('industry-preallocation-share', 2025), /^secondary — final 2024–2025 allocation plan .*carry-over arrangements .* are open$/);
    assert.match(source('industry-preallocation-share', 2026), /^draft — .*§四\(一\)1/);
    assert.match(source('load-factor', 2024), /^final — 2023–2024 power allocation plan .*annex 3 table 1/);
    assert.match(source('load-factor', 2026), /^draft — .*table 2 .*F in %/);
    assert.match(source('coal-categories'), /^final — .*annex 1 table 1 .*400 MW/);
    assert.match(source('rounding', 2025), /^draft — .*table 2-1 note 2/);
    assert.match(source('rounding-industry', 2025), /^secondary — /);
    assert.match(source('steel-basis', 2026), /^draft — .*table 2-2 item ⑥/);
    assert.match(source('power:biomass', 2025), /^draft — .*§三\(三\)1\(1\)–\(9\)/);
    assert.match(source('power:应急备用', 2026), /^draft — .*§三\(三\)1/);
    assert.match(source('power:biomass', 2024), /^final — 2023–2024 power allocation plan .*annex 1 table 2/);
    assert.match(source('below-threshold-power', 2025), /^draft — .*§三\(三\)4\(3\)/);
    throwsEts(() => source('below-threshold', 2025), 'not-available', /2026/);
    throwsEts(() => source('preallocation-share', 2022), 'not-available', /preallocation:share for 2023–2026, not for 2022/);
    assert.match(source('ccer'), /^draft — .*§五\(二\)/);
    assert.match(source('gas-top-up', 2023), /§五\(三\)1 /);
    assert.match(source('gas-top-up', 2025), /^draft — .*§三\(一\)4\(1\)/);
    assert.match(source('preallocation-share', 2024), /^final — .*§五\(一\)/);
    assert.match(source('banking', 2026), /^draft — .*§五\(一\); 2025 and 2026 allowances may be used/);
    assert.match(source('below-threshold', 2026), /^draft — .*§三\(三\)/);
  });

  it('INFO gives version, date, defaults and lists', () => {
    assert.match(String(info()), /^ETS rulebook \d{4}\.\d{2}\.\d{2} \(\d{4}-\d{2}-\d{2}\): schemes CN, EU, UK, UK-CBAM, KR, US-CA, US-WA, JP, CA-OBPS, MX, ID, RGGI; years 2013–2040; default year 2025; default GWP set AR5$/);
    assert.equal(info('default-year'), 2025);
    assert.equal(info('GWP-Default'), 'AR5');
    assert.equal(info('gwp-sets'), 'SAR, AR4, AR5, AR6');
    assert.equal(info('years'), '2013–2040');
    assert.equal(info('schemes'), 'CN, EU, UK, UK-CBAM, KR, US-CA, US-WA, JP, CA-OBPS, MX, ID, RGGI');
    assert.match(String(info('sectors')), /cement, steel, aluminium/);
    assert.match(String(info('version')), /^\d{4}\.\d{2}\.\d{2}$/);
    assert.match(String(info('date')), /^\d{4}-\d{2}-\d{2}$/);
    throwsEts(() => info('colour'), 'value', /^topic: "colour" is not a RULEBOOK topic\. Accepted: version, date/);
  });
});
