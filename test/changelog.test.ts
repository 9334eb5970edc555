/**
 * CHANGELOG.md in step with what ships: its newest version is package.json's (and so the manifest's), every release
 * is dated and says what changed under Keep a Changelog's headings, and every deprecated function name is announced
 * under Deprecated and listed in the function reference since the same version.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEPRECATED } from './functions/catalogue';

const ROOT = join(__dirname, '..');
const read = (file: string): string => readFileSync(join(ROOT, file), 'utf8');
const HEADINGS = ['Added', 'Changed', 'Deprecated', 'Removed', 'Fixed', 'Security'];

describe('CHANGELOG.md', () => {
  const log = read('CHANGELOG.md');
  const releases = [...log.matchAll(/^## \[(\d+\.\d+\.\d+)\] — (\d{4}-\d{2}-\d{2})$/gm)].map((m) => ({ version: m[1]!, date: m[2]!, at: m.index! }));

  it('starts with the version package.json and manifest.xml carry', () => {
    const version = JSON.parse(read('package.json')).version as string;
    assert.equal(releases[0]?.version, version);
    assert.match(read('manifest.xml'), new RegExp(`<Version>${version.replace(/\./g, '\\.')}\\.0</Version>`));
    assert.equal(JSON.parse(read('package-lock.json')).version, version);
  });

  it('lists releases newest first, each dated, with only Keep a Changelog\'s headings', () => {
    assert.ok(releases.length >= 2);
    const numeric = releases.map((r) => r.version.split('.').map(Number));
    for (let i = 1; i < numeric.length; i += 1) {
      const [a, b] = [numeric[i - 1]!, numeric[i]!];
      assert.ok(a[0]! > b[0]! || (a[0] === b[0] && (a[1]! > b[1]! || (a[1] === b[1] && a[2]! > b[2]!))), `${releases[i - 1]!.version} before ${releases[i]!.version}`);
      assert.ok(releases[i - 1]!.date >= releases[i]!.date, 'dates fall with the versions');
    }
    for (const heading of log.matchAll(/^### (.+)$/gm)) assert.ok(HEADINGS.includes(heading[1]!), heading[1]);
  });

  it('announces each deprecated function under Deprecated, with the version the reference gives', () => {
    const reference = read('docs/functions.md');
    for (const [old, current] of Object.entries(DEPRECATED)) {
      const row = new RegExp(`\\| \`ETS\\.${old}\` \\| \\[\`ETS\\.${current.replace('.', '\\.')}\`\\]\\([^)]*\\) \\| (\\d+\\.\\d+\\.\\d+) \\|`).exec(reference);
      assert.ok(row, `docs/functions.md lists ETS.${old}`);
      const release = releases.find((r) => r.version === row[1]);
      assert.ok(release, `no release ${row[1]} in the changelog`);
      const next = releases.find((r) => r.at > release.at)?.at ?? log.length;
      const section = log.slice(release.at, next);
      const deprecated = section.slice(section.indexOf('### Deprecated'));
      assert.ok(section.includes('### Deprecated') && deprecated.includes(`\`ETS.${old}\` — use \`ETS.${current}\``), `ETS.${old} under ${row[1]}'s Deprecated`);
    }
  });
});
