import { strict as assert } from 'node:assert';
import { allRules, CBAM_ROUTES, type RuleRecord } from '../../src/core/rules';
import { DATA_ZH } from '../../src/core/rules/zh-CN';

/**
 * Fields of a rule value that hold words for people: a sector rule's label, the comparison table's columns
 * (SchemeInfo), the emissions threshold's unit and note, a period's label, and the gases by sector.
 */
const TEXT_FIELDS = new Set(['label', 'name', 'sectors', 'gases', 'threshold', 'scope2', 'allocation', 'share', 'capacityRule',
  'unit', 'note', 'gasesBySector']);
/** Fields of a rule value that hold codes a function reads (scheme ids, roles, membership), never shown as words. */
const CODE_FIELDS = new Set(['id', 'role', 'otherSectors', 'sectorMembership', 'curve', 'treatment']);

/** A text needs a translation when it has words in it; "—" and "~60%" read the same in Chinese. */
const hasWords = (text: string): boolean => /[A-Za-z]/.test(text);
const CJK = /[\u3400-\u9fff]/;
const digitRuns = (text: string): string[] => text.match(/\d+/g) ?? [];

interface Found {
  /** Every user-visible text, with the first place it was found. */
  readonly texts: Map<string, string>;
  /** Every place a text was found, e.g. "scheme:KR[0].value.periods.label". */
  readonly places: string[];
  /** Named fields holding words that are neither known text nor known codes: each needs a decision. */
  readonly unclassified: string[];
}

function addText(found: Found, text: string, where: string): void {
  if (!hasWords(text)) return;
  if (!found.texts.has(text)) found.texts.set(text, where);
  found.places.push(where);
}

/**
 * Walks a rule value. A string is a text when its field is a text field, or when it has a space in it (a rule value
 * that is a sentence, e.g. a special case or a CBAM scope). A bare word in a value or list (a phase "I", a method
 * "benchmark", a gas "CO2", a date) is a code.
 */
function walkValue(value: unknown, where: string, found: Found, field?: string): void {
  if (typeof value === 'string') {
    if ((field !== undefined && TEXT_FIELDS.has(field)) || /\s/.test(value)) addText(found, value, where);
    else if (field !== undefined && !/^\d+$/.test(field) && hasWords(value)) found.unclassified.push(`${where}: ${field} = ${value}`);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((v) => walkValue(v, where, found, field));
    return;
  }
  if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (field === 'gasesBySector') walkValue(v, where, found, field);
      else if (!CODE_FIELDS.has(key)) walkValue(v, `${where}.${key}`, found, key);
    }
  }
}

/** Every record's source and note, and the texts inside its value, across every rule table of the rulebook. */
function rulebookTexts(): Found {
  const found: Found = { texts: new Map(), places: [], unclassified: [] };
  for (const [key, records] of allRules()) {
    records.forEach((r: RuleRecord, i) => {
      const where = `${key}[${i}]`;
      addText(found, r.source, `${where}.source`);
      if (r.note !== undefined) addText(found, r.note, `${where}.note`);
      walkValue(r.value, `${where}.value`, found);
    });
  }
  // The CBAM route legend is rule data outside the records: messages and SOURCE name routes by it.
  for (const [letter, route] of Object.entries(CBAM_ROUTES)) addText(found, route.label, `CBAM_ROUTES.${letter}.label`);
  return found;
}

describe('Chinese texts of the rulebook (DATA_ZH)', () => {
  const { texts, places, unclassified } = rulebookTexts();

  it('finds the texts to translate in every kind of rule table', () => {
    assert.ok(texts.size > 150, `only ${texts.size} texts found`);
    for (const kind of ['threshold', 'sector:cement', 'deadline:surrender', 'gwp:AR5:CO2', 'cbam:factor', 'grey-clinker', 'scheme:KR', 'default-year']) {
      assert.ok(places.some((p) => p.startsWith(`${kind}[`)), `no text found under ${kind}`);
    }
    for (const field of ['.value.label', '.value.name', '.value.capacityRule', '.value.emissionsThreshold.unit', '.value.periods.label', '.value.gasesBySector', '.note']) {
      assert.ok(places.some((p) => p.endsWith(field)), `no text found in ${field}`);
    }
  });

  it('knows every named field of a rule value as either words for people or a code', () => {
    assert.deepEqual(unclassified, []);
  });

  it('has a Chinese entry for every text of the rulebook', () => {
    const missing = [...texts].filter(([text]) => !(DATA_ZH[text] ?? '').trim()).map(([text, where]) => `${where}: ${text}`);
    assert.deepEqual(missing, [], `${missing.length} texts without a translation in src/core/rules/zh-CN.ts`);
  });

  it('writes every entry in Chinese', () => {
    const notChinese = Object.entries(DATA_ZH).filter(([, zh]) => !CJK.test(zh)).map(([en, zh]) => `${en} → ${zh}`);
    assert.deepEqual(notChinese, []);
  });

  it('has no stale entries: every key is a text the rulebook holds now', () => {
    const stale = Object.keys(DATA_ZH).filter((en) => !texts.has(en));
    assert.deepEqual(stale, []);
  });

  it('keeps every number of the English unchanged in the Chinese', () => {
    const lost = Object.entries(DATA_ZH).flatMap(([en, zh]) => {
      const runs = new Set(digitRuns(zh));
      return digitRuns(en).filter((d) => !runs.has(d)).map((d) => `${d} in ${en} → ${zh}`);
    });
    assert.deepEqual(lost, []);
  });
});
