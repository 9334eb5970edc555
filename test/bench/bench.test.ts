import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const FIGURES = ['recalc_vs_native', 'range_vs_double', 'cold_start_ms', 'functions_gzip_kb', 'taskpane_gzip_kb', 'table_check_50k_s', 'long_text_broadcast_ms', 'cbam_tables_gzip_kb', 'chinese_texts_gzip_kb', 'cbam_default_vs_allocation', 'emissions_vs_allocation', 'model_50x12_s', 'grid_100k_vs_1k', 'open_template_vs_read', 'open_template_s', 'paste_150k_vs_write', 'paste_150k_s', 'open_largest_vs_read', 'open_largest_s'];

describe('npm run bench (a quick run, for the shape of results.json)', function () {
  this.timeout(180000);

  it('writes every figure with value, unit, target and pass', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'ets-bench-')), 'results.json');
    const root = join(__dirname, '..', '..');
    const printed = execFileSync(process.execPath,
      ['--expose-gc', '-r', 'ts-node/register/transpile-only', join(root, 'bench', 'run.ts'), '--quick'],
      { cwd: root, env: { ...process.env, BENCH_OUT: out }, encoding: 'utf8' });
    const results = JSON.parse(readFileSync(out, 'utf8')) as Record<string, Record<string, unknown>>;
    assert.deepEqual(Object.keys(results).sort(), [...FIGURES].sort());
    for (const [name, f] of Object.entries(results)) {
      assert.deepEqual(Object.keys(f).sort(), ['pass', 'target', 'unit', 'value'], name);
      assert.ok(typeof f.value === 'number' && Number.isFinite(f.value) && f.value >= 0, `${name}.value`);
      assert.ok(typeof f.unit === 'string' && f.unit.length > 0, `${name}.unit`);
      assert.ok(typeof f.target === 'number' && f.target > 0, `${name}.target`);
      assert.equal(f.pass, (f.value as number) <= (f.target as number), `${name}.pass`);
      assert.match(printed, new RegExp(`^${name}\\s`, 'm'), `${name} is printed`);
    }
  });
});
