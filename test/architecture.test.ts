/**
 * The layers import one way only (docs/architecture.md): core → functions → task pane and commands → workbench.
 * Each source file's imports are resolved to the layer they land in; an import that points up a layer fails here,
 * whatever the build or the bundler would have made of it.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';

const SRC = join(__dirname, '..', 'src');
type Layer = 'core' | 'functions' | 'taskpane' | 'commands' | 'workbench';

/** The layers each layer may import, itself included, and the packages it may use. */
const ALLOWED: Readonly<Record<Layer, { layers: readonly Layer[]; packages: readonly string[] }>> = {
  core: { layers: ['core'], packages: ['decimal.js'] },
  functions: { layers: ['core', 'functions'], packages: [] },
  taskpane: { layers: ['core', 'functions', 'taskpane'], packages: [] },
  commands: { layers: ['core', 'functions', 'taskpane', 'commands'], packages: [] },
  workbench: { layers: ['core', 'functions', 'taskpane', 'commands', 'workbench'], packages: ['hyperformula', 'exceljs', 'jszip'] },
};

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.ts$/.test(name) ? [path] : [];
  });
}

const layerOf = (path: string): Layer | 'outside' => {
  const rel = relative(SRC, path);
  return rel.startsWith('..') ? 'outside' : rel.split(sep)[0] as Layer;
};

/** Every module a file imports or re-exports (type-only imports too: a type is a dependency of the reader's mind). */
const importsOf = (text: string): string[] => [...text.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)]
  .map((m) => m[1] ?? m[2]!);

describe('architecture: imports point down the layers only', () => {
  const all = files(SRC);

  it('finds the five layers', () => {
    assert.deepEqual([...new Set(all.map(layerOf))].sort(), ['commands', 'core', 'functions', 'taskpane', 'workbench']);
  });

  for (const layer of Object.keys(ALLOWED) as Layer[]) {
    it(`${layer} imports only ${ALLOWED[layer].layers.join(', ')}${ALLOWED[layer].packages.length ? ` and ${ALLOWED[layer].packages.join(', ')}` : ''}`, () => {
      const wrong: string[] = [];
      for (const file of all.filter((f) => layerOf(f) === layer)) {
        for (const spec of importsOf(readFileSync(file, 'utf8'))) {
          const where = relative(SRC, file);
          if (spec.startsWith('.')) {
            const target = layerOf(resolve(dirname(file), spec));
            // The example facilities (examples/) are the one data outside src/ the pane and the workbench may read.
            const examples = (layer === 'taskpane' || layer === 'workbench') && /\/examples\/[\w-]+\.json$/.test(spec);
            if (target === 'outside' ? !examples : !ALLOWED[layer].layers.includes(target)) wrong.push(`${where} → ${spec}`);
          } else if (!ALLOWED[layer].packages.some((p) => spec === p || spec.startsWith(`${p}/`))) {
            wrong.push(`${where} → ${spec} (package)`);
          }
        }
      }
      assert.deepEqual(wrong, []);
    });
  }

  it('the check catches an upward import', () => {
    assert.deepEqual(importsOf("import { t } from '../taskpane/i18n/messages';\nexport { x } from './y';"), ['../taskpane/i18n/messages', './y']);
    assert.equal(layerOf(resolve(SRC, 'core', '..', 'taskpane', 'i18n', 'messages')), 'taskpane');
  });
});
