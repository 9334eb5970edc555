import { strict as assert } from 'node:assert';
import { setLanguage } from '../../src/taskpane/i18n/messages';
import { answer, type QuickInput } from '../../src/taskpane/views/quick-check';

const base: QuickInput = { sector: 'cement', basis: 'direct', direct: '', co2: '', cf4: '', c2f6: '', gwpSet: 'AR5', scheme: 'CN', year: '2025' };

describe('task pane: quick check', () => {
  it('asks for emissions until there are some', () => {
    assert.equal(answer(base).state, 'empty');
  });

  it('answers covered, with the reason, the gases and the scope', () => {
    const a = answer({ ...base, direct: '31,200' });
    assert.equal(a.state, 'covered');
    assert.equal(a.reason, 'Covered: cement, 31,200 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
    assert.match(a.detail, /Gases counted: CO2\. Only direct emissions count; indirect \(Scope 2\)/);
  });

  it('reads emissions as analysts type them: 3.1万, 2.6万吨, 1.2 kt', () => {
    assert.equal(answer({ ...base, direct: '3.1万' }).reason, 'Covered: cement, 31,000 tCO2e direct ≥ 26,000 threshold (CN ETS, 2025)');
    assert.equal(answer({ ...base, direct: '2.6万吨' }).state, 'covered');
    assert.equal(answer({ ...base, direct: '25.9 kt' }).state, 'not-covered');
    assert.equal(answer({ ...base, sector: 'aluminium', basis: 'gases', co2: '2万吨', cf4: '1000 kg', gwpSet: 'AR4' }).detail.startsWith('CO2e 27,390 t (AR4).'), true);
    const ambiguous = answer({ ...base, direct: '0.03 MT' });
    assert.equal(ambiguous.state, 'error');
    assert.match(ambiguous.reason, /"0\.03 MT" writes its unit as "MT", which is metric tons to some readers and megatonnes to others/);
  });

  it('converts gas masses with the chosen GWP set', () => {
    const a = answer({ ...base, sector: 'aluminium', basis: 'gases', co2: '20000', cf4: '1', gwpSet: 'AR4' });
    // 20,000 + 1 × 7,390 = 27,390 ≥ threshold
    assert.equal(a.state, 'covered');
    assert.match(a.detail, /^CO2e 27,390 t \(AR4\)\. Gases counted: CO2, CF4, C2F6\./);
  });

  it('says "depends" where another scheme\'s rule cannot be settled from the figures', () => {
    const a = answer({ ...base, direct: '30000', scheme: 'EU' });
    assert.equal(a.state, 'depends');
    assert.match(a.reason, /^Depends: EU ETS inclusion is activity-based/);
    assert.equal(answer({ ...base, direct: '30000', scheme: 'US-CA' }).state, 'covered');
  });

  it('says "reporting obligation" for stand-alone EAF steel, rolling and non-Portland clinker from 26,000 t, in English and Chinese', () => {
    const eaf = answer({ ...base, sector: 'steel-eaf', direct: '31,200' });
    assert.equal(eaf.state, 'reporting');
    assert.equal(eaf.verdict, 'Reporting obligation — no allowances to surrender');
    assert.match(eaf.reason, /^Reporting only: stand-alone electric-arc-furnace steel, 31,200 tCO2e direct ≥ 26,000 threshold: reporting obligation \(annual emission report and its verification\), no allowance obligation/);
    assert.match(eaf.detail, /^Gases reported: CO2\. Only direct emissions count/);
    const mill = answer({ ...base, sector: 'steel-rolling', direct: '2.5万' });
    assert.equal(mill.state, 'not-covered');
    assert.match(mill.reason, /25,000 tCO2e direct < 26,000 threshold: no reporting obligation/);
    // Non-Portland clinker reports in 2026 and is on the cement list from the 2027 list on.
    assert.equal(answer({ ...base, sector: 'cement-non-portland', direct: '26000', year: '2026' }).state, 'reporting');
    assert.equal(answer({ ...base, sector: 'cement-non-portland', direct: '26000', year: '2027' }).state, 'covered');
    try {
      setLanguage('zh-CN');
      const zh = answer({ ...base, sector: 'steel-eaf', direct: '31200' });
      assert.equal(zh.verdict, '有报告义务——无配额清缴义务');
      assert.match(zh.reason, /^仅报告：独立电炉短流程炼钢，直接排放 31,200 吨二氧化碳当量 ≥ 门槛 26,000：有报告义务/);
      assert.match(zh.detail, /^报告的气体：CO2。/);
    } finally {
      setLanguage('en');
    }
  });

  it('explains reporting-only sectors and bad input in plain words', () => {
    assert.match(answer({ ...base, sector: 'paper', direct: '90000' }).reason, /^Reporting only: paper/);
    const bad = answer({ ...base, direct: '-3' });
    assert.equal(bad.state, 'error');
    assert.match(bad.reason, /^Direct emissions: -3 is out of range/);
    assert.match(answer({ ...base, direct: '30000', year: '2041' }).reason, /^Year: 2041 is out of range/);
  });

  it('says which gas masses it ignored: CF4 and C2F6 do not count for cement', () => {
    const a = answer({ ...base, basis: 'gases', co2: '30000', cf4: '2', c2f6: '0.5' });
    assert.equal(a.state, 'covered');
    // CO2e is the CO2 alone: 30,000 t, not 30,000 + 2 × 6,630 + 0.5 × 11,100.
    assert.match(a.detail, /^CO2e 30,000 t \(AR5\)\. CF4 and C2F6 are not counted for cement: their masses were ignored\. /);
    const only = answer({ ...base, basis: 'gases', cf4: '2' });
    assert.equal(only.state, 'error');
    assert.match(only.reason, /^Direct emissions: blank — give direct emissions or the masses of the gases that count \(CF4 does not count for this sector\)/);
    // A zero is nothing to ignore.
    assert.doesNotMatch(answer({ ...base, basis: 'gases', co2: '30000', cf4: '0' }).detail, /ignored/);
  });

  it('names the gas whose mass is wrong, with the label on screen', () => {
    const a = answer({ ...base, sector: 'aluminium', basis: 'gases', co2: '20000', cf4: '-1' });
    assert.equal(a.state, 'error');
    assert.match(a.reason, /^CF4 \(t\): -1 is out of range\. Accepted: a number ≥ 0/);
    assert.match(answer({ ...base, sector: 'aluminium', basis: 'gases', c2f6: 'lots' }).reason, /^C2F6 \(t\): "lots" is not a number/);
    assert.match(answer({ ...base, sector: 'cemnt', direct: '30000' }).reason, /^Sector: "cemnt" is not a known sector\. Did you mean cement\?/);
  });
});
