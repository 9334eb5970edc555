import { strict as assert } from 'node:assert';
import { CATALOGUE, isOptional, parameterName } from './catalogue';
import { loadBundle, readMetadata } from './bundle';

describe('functions.json (generated metadata)', () => {
  const metadata = readMetadata();
  const byId = new Map(metadata.functions.map((f) => [f.id as string, f]));

  it('lets error cells and data-type cells reach the functions (set by the build: the generator cannot emit it)', () => {
    const top = metadata as unknown as Record<string, unknown>;
    assert.equal(top.allowErrorForDataTypeAny, true);
    assert.equal(top.allowCustomDataForDataTypeAny, true);
  });

  it('lists exactly the catalogue functions', () => {
    assert.deepEqual([...byId.keys()].sort(), Object.keys(CATALOGUE).sort());
  });

  for (const [id, params] of Object.entries(CATALOGUE)) {
    it(`${id}: parameter names, order, optional flags, matrix dimensionality, help URL`, () => {
      const f = byId.get(id)!;
      assert.equal(f.name, id);
      assert.ok(typeof f.description === 'string' && f.description.length > 20, 'description');
      assert.match(f.helpUrl, new RegExp(`/docs/functions\\.html#ets${id.toLowerCase().replace(/\./g, '')}$`));
      assert.deepEqual(f.parameters.map((p) => p.name), params.map(parameterName));
      for (const [i, p] of params.entries()) {
        const meta = f.parameters[i]!;
        assert.equal(meta.type, 'any', `${id}.${meta.name} type`);
        assert.equal(meta.dimensionality, 'matrix', `${id}.${meta.name} accepts ranges`);
        assert.equal(Boolean(meta.optional), isOptional(p), `${id}.${meta.name} optional`);
        assert.ok(meta.description && meta.description.length > 5, `${id}.${meta.name} description`);
      }
      assert.equal(f.result.dimensionality, 'matrix', 'results spill');
    });
  }

  it('every function in functions.json is registered by the bundle, and nothing else', () => {
    assert.deepEqual(Object.keys(loadBundle()).sort(), [...byId.keys()].sort());
  });
});
