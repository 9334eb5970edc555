import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIGURES = ['recalc_vs_native', 'range_vs_double', 'cold_start_ms', 'functions_gzip_kb', 'taskpane_gzip_kb', 'table_check_50k_s', 'long_text_broadcast_ms', 'cbam_tables_gzip_kb', 'chinese_texts_gzip_kb', 'cbam_default_vs_allocation', 'emissions_vs_co2e', 'model_50x12_s', 'grid_100k_vs_1k', 'open_template_vs_read', 'open_template_s', 'paste_150k_vs_write', 'paste_150k_s', 'open_largest_vs_read', 'open_largest_s'];

/** Sizes are one measurement each: no runs, no spread. */
const SIZES = ['functions_gzip_kb', 'taskpane_gzip_kb', 'cbam_tables_gzip_kb', 'chinese_texts_gzip_kb'];

describe('npm run bench (a quick run, for the shape of results.json)', function () {
  this.timeout(300000); // seven runs of every speed figure, on small inputs: about two minutes on a busy 2-core machine

  it('writes every figure with value, unit, target and pass; speed figures with their runs and spread', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ets-bench-')), 'results.json');
    const root = join(__dirname, '..', '..');
    const printed = execFileSync(process.execPath,
      ['--expose-gc', '-r', 'ts-node/register/transpile-only', join(root, 'bench', 'run.ts'), '--quick'],
      { cwd: root, env: { ...process.env, BENCH_OUT: out }, encoding: 'utf8' });
    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(results).sort(), [...FIGURES].sort());
    for (const [name, f] of Object.entries(results)) {
      const size = SIZES.includes(name);
      assert.deepEqual(Object.keys(f).sort(), size ? ['pass', 'target', 'unit', 'value'] : ['pass', 'runs', 'spread', 'target', 'unit', 'value'], name);
      if (!size) {
        // A median of at least 7 runs, lying within its spread (the least and greatest run).
        const { min, max } = f.spread as { min: number; max: number };
        assert.ok(Number.isInteger(f.runs) && (f.runs as number) >= 7, `${name}.runs`);
        assert.ok(Number.isFinite(min) && Number.isFinite(max) && min >= 0 && min <= (f.value as number) && (f.value as number) <= max,
          `${name}.spread ${min}–${max} around ${String(f.value)}`);
        assert.match(printed, new RegExp(`^${name}\\s+\\S+\\s+${min}–${max} \\(${String(f.runs)}\\)`, 'm'), `${name}'s spread is printed`);
      }
      assert.ok(typeof f.value === 'number' && Number.isFinite(f.value) && f.value >= 0, `${name}.value`);
      assert.ok(typeof f.unit === 'string' && f.unit.length > 0, `${name}.unit`);
      assert.ok(typeof f.target === 'number' && f.target > 0, `${name}.target`);
      assert.equal(f.pass, (f.value as number) <= (f.target as number), `${name}.pass`);
      assert.match(printed, new RegExp(`^${name}\\s`, 'm'), `${name} is printed`);
    }
  });
});
