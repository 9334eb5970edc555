import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { rulebookYears, rules } from '../../src/core';

const ROOT = join(__dirname, '..', '..');
const SRC = join(ROOT, 'src');
const STATUSES = new Set(['final', 'draft', 'secondary']);

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return tsFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

/** Every number held anywhere in the rulebook: values, nested values and years. */
function ruleNumbers(): Set<number> {
  const found = new Set<number>();
  const walk = (v: unknown): void => {
    if (typeof v === 'number') found.add(v);
    else if (v && typeof v === 'object') Object.values(v).forEach(walk);
  };
  for (const [, records] of rules.allRules()) for (const r of records) walk([r.value, r.years]);
  return found;
}

const RULE_NUMBERS = (() => {
  const numbers = ruleNumbers();
  // Small whole numbers are counts everywhere in code (5 rows, base 10, 16 hex digits, 20 undo steps); the rule values
  // among them (the penalty multiples 5 and 10, the 2023–2024 load curve's 16 and 20) have their own tests.
  for (let n = 0; n <= 20; n += 1) numbers.delete(n);
  return numbers;
})();

/** Numbers in code (comments stripped) that equal a rulebook number; 80% counts as 0.8 and 26,000 as 26000. */
function ruleNumbersIn(source: string): string[] {
  const code = stripComments(source);
  return [...code.matchAll(/(?<![\w.])(\d{1,3}(?:,\d{3})+|\d+(?:\.\d+)?)(%?)(?![\w.])/g)]
    .filter((m) => RULE_NUMBERS.has(Number(m[1]!.replace(/,/g, '')) / (m[2] ? 100 : 1)))
    .map((m) => m[0]);
}

/** Source text without comments, so the check is about code and the strings users see. */
const stripComments = (text: string): string =>
  text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');

describe('rulebook integrity', () => {
  it('gives every record a status, a unit and a source', () => {
    const all = rules.allRules();
    assert.ok(all.length > 50, 'the rulebook should hold the CN rules and GWP tables');
    for (const [key, records] of all) {
      assert.ok(records.length > 0, `${key} has no records`);
      for (const r of records) {
        assert.ok(STATUSES.has(r.status), `${key}: status ${String(r.status)}`);
        assert.ok(typeof r.source === 'string' && r.source.trim().length > 5, `${key}: source missing`);
        assert.ok(typeof r.unit === 'string' && r.unit.trim().length > 0, `${key}: unit missing`);
      }
    }
  });

  it('never marks a record final on the strength of a draft: the first document it cites must be adopted text', () => {
    const DRAFT = /draft|征求意见稿|consultation/i;
    const offenders = rules.allRules().flatMap(([key, records]) => records
      .filter((r) => r.status === 'final' && DRAFT.test(r.source.split(/;\s*/)[0]!))
      .map((r) => `${key} ${r.years ? `${r.years.from}–${r.years.to ?? ''}` : ''}: ${r.source}`));
    assert.deepEqual(offenders, []);
  });

  it('cites a place in every source: an article, section, annex, table, recital or a dated item', () => {
    const PLACE = /§|\bss?\. ?\d|VAC\d|\bart(s)?\.|article|annex|table|recital|section|¶|\bpara|\bp\. ?\d|chapter|schedule|reg(ulation)?s? \d|\d{1,2} (jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)\w* \d{4}|csv/i;
    const offenders = rules.allRules().flatMap(([key, records]) => records.filter((r) => !PLACE.test(r.source)).map((r) => `${key}: ${r.source}`));
    assert.deepEqual([...new Set(offenders)], []);
  });

  it('never lets two records of one key apply to the same year, in any year the rulebook speaks for', () => {
    for (const [key, records] of rules.allRules()) {
      const { from, to } = rulebookYears();
      for (let y = from; y <= to; y += 1) {
        const matching = records.filter((r) => !r.years || (y >= r.years.from && (r.years.to === undefined || y <= r.years.to)));
        assert.ok(matching.length <= 1, `${key} has ${matching.length} records for ${y}`);
      }
    }
  });

  it('marks 2025 and 2026 power benchmarks draft, 2023 and 2024 final', () => {
    for (const key of ['power:coal-large', 'power:coal-small', 'power:coal-unconventional', 'power:gas', 'heat:coal', 'heat:gas']) {
      assert.equal(rules.findRule(key, 2023)?.status, 'final', key);
      assert.equal(rules.findRule(key, 2024)?.status, 'final', key);
      assert.equal(rules.findRule(key, 2025)?.status, 'draft', key);
      assert.equal(rules.findRule(key, 2026)?.status, 'draft', key);
    }
  });

  it('keeps rule numbers out of src/ except in src/core/rules/', () => {
    const leaks = tsFiles(SRC)
      .filter((f) => !f.startsWith(join(SRC, 'core', 'rules')))
      .flatMap((f) => ruleNumbersIn(readFileSync(f, 'utf8')).map((n) => `${relative(ROOT, f)}: ${n}`));
    assert.deepEqual(leaks, []);
  });

  it('the leak check finds rule numbers in code and strings, as digits, grouped or percent, but not in comments', () => {
    const code = "const t = 26000; // 0.7902\nconst m = `below 26,000 and 80% and 0.05`; /* 2027 */ const ok = 12345;";
    assert.deepEqual(ruleNumbersIn(code), ['26000', '26,000', '80%', '0.05']);
  });

  it('keeps the core free of Office, the DOM and Node: only relative imports and decimal.js', () => {
    const offenders: string[] = [];
    for (const file of tsFiles(join(SRC, 'core'))) {
      const code = stripComments(readFileSync(file, 'utf8'));
      for (const m of code.matchAll(/\b(?:from|import|require)\s*\(?\s*['"]([^'"]+)['"]/g)) {
        const spec = m[1]!;
        if (!(spec.startsWith('./') || spec.startsWith('../') || spec === 'decimal.js')) offenders.push(`${relative(ROOT, file)}: ${spec}`);
        if (spec.startsWith('../') && !join(file, '..', spec).startsWith(join(SRC, 'core'))) offenders.push(`${relative(ROOT, file)}: ${spec}`);
      }
      for (const m of code.matchAll(/\b(window|document|Office|Excel|CustomFunctions|process|globalThis|navigator|localStorage)\s*[.[]/g)) {
        offenders.push(`${relative(ROOT, file)}: ${m[1]}`);
      }
    }
    assert.deepEqual(offenders, []);
  });
});
