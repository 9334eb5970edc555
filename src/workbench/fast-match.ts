/**
 * MATCH(key, range, 0) without reading the whole range on every call. HyperFormula 3.5 copies and normalises every
 * value of the range for each exact match: the CBAM template's 24,769 MATCH calls over columns such as
 * Translations!$B:$B spent most of its first evaluation there. Here a range's values are indexed once per
 * calculation (key → first position) and each call is a lookup. Excel compares text without regard to case, and
 * with regard to accents (HyperFormula's own MATCH ignores them; this one does as Excel does).
 *
 * The index lives as long as the values do: until the engine reports changed values, adds, removes or renames a
 * sheet or a name. Within one calculation a range is computed before any formula that reads it, so an index built
 * during it stays right to its end. An exact match of text with wildcards (* any text, ? one character, ~ before
 * either for itself) looks through the range, as Excel's does (HyperFormula's MATCH takes them literally). The rest —
 * approximate matches, ranges of more than one row and column — goes to HyperFormula's own MATCH, which this plugin
 * extends. DOM-free.
 */
import { CellError, EmptyValue, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition } from 'hyperformula';

type Key = string | number | boolean;
interface RangeRef { sheet: number; start: { row: number; col: number }; end: { row: number; col: number } }
/** What the plugin uses of HyperFormula's LookupPlugin, which it extends. */
interface LookupSelf {
  runFunction(args: unknown[], state: unknown, metadata: unknown, fn: (key: unknown, range: SimpleRangeValue, type: number) => unknown): unknown;
  metadata(name: string): unknown;
  doMatch(key: unknown, range: SimpleRangeValue, type: number): unknown;
  dependencyGraph: object;
}

/** A value as an exact match compares it: text in lower case, numbers (dates too) as numbers; undefined: never equal. */
function keyOf(v: unknown): Key | undefined {
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && v !== null && typeof (v as { val?: unknown }).val === 'number') return (v as { val: number }).val;
  return undefined;
}

/** Indexes by engine: ranges by their address, range values without one (a named range's) by the value itself. */
const indexes = new WeakMap<object, { byRange: Map<string, Map<Key, number>>; byValue: WeakMap<object, Map<Key, number>> }>();

function indexFor(graph: object): { byRange: Map<string, Map<Key, number>>; byValue: WeakMap<object, Map<Key, number>> } {
  let found = indexes.get(graph);
  if (!found) indexes.set(graph, (found = { byRange: new Map(), byValue: new WeakMap() }));
  return found;
}

/** Each value's first position in a one-row or one-column range. */
function positions(range: SimpleRangeValue): Map<Key, number> {
  const map = new Map<Key, number>();
  const values = range.width() === 1 ? range.data.map((row) => row[0]) : range.data[0] ?? [];
  values.forEach((v, i) => {
    const key = v === EmptyValue ? undefined : keyOf(v);
    if (key !== undefined && !map.has(key)) map.set(key, i);
  });
  return map;
}

const WILDCARD = /[*?]/;

/** Excel's wildcard text as a regular expression over a whole value, without regard to case. */
function wildcardPattern(text: string): RegExp {
  const body = text.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\/])/g, (_, escaped?: string, wild?: string, special?: string) =>
    (escaped ? `\\${escaped}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${special}`));
  return new RegExp(`^${body}$`, 'i');
}

/** The first position of a text matching the pattern in a one-row or one-column range. */
function firstMatching(range: SimpleRangeValue, pattern: RegExp): number {
  const values = range.width() === 1 ? range.data.map((row) => row[0]) : range.data[0] ?? [];
  return values.findIndex((v) => typeof v === 'string' && pattern.test(v));
}

function fastMatchPlugin(): FunctionPluginDefinition {
  const Lookup = HyperFormula.getFunctionPlugin('MATCH') as unknown as typeof FunctionPlugin;
  class FastMatch extends Lookup {
    match(ast: { args: unknown[] }, state: unknown): unknown {
      const self = this as unknown as LookupSelf;
      return self.runFunction(ast.args, state, self.metadata('MATCH'), (rawKey, range, type) => {
        const key = rawKey === EmptyValue ? 0 : rawKey;
        const k = keyOf(key);
        const oneLine = range.width() === 1 || range.height() === 1;
        if (type !== 0 || k === undefined || !oneLine) return self.doMatch(key, range, type);
        if (typeof k === 'string' && WILDCARD.test(k)) {
          const found = firstMatching(range, wildcardPattern(k));
          return found < 0 ? new CellError(ErrorType.NA, 'Value not found.') : found + 1;
        }
        const index = indexFor(self.dependencyGraph);
        let map: Map<Key, number> | undefined;
        const ref = range.range as unknown as RangeRef | undefined;
        if (ref) {
          const id = `${ref.sheet}:${ref.start.row}:${ref.start.col}:${ref.end.row}:${ref.end.col}`;
          map = index.byRange.get(id);
          if (!map) index.byRange.set(id, (map = positions(range)));
        } else {
          map = index.byValue.get(range);
          if (!map) index.byValue.set(range, (map = positions(range)));
        }
        const at = map.get(k);
        return at === undefined ? new CellError(ErrorType.NA, 'Value not found.') : at + 1;
      });
    }
  }
  return FastMatch as unknown as FunctionPluginDefinition;
}

let registered = false;

/** Registers the faster MATCH for the page (before an engine is built: an engine takes the functions registered then). */
export function registerFastMatch(): void {
  if (registered) return;
  HyperFormula.registerFunction('MATCH', fastMatchPlugin());
  registered = true;
}

/** The engine's indexes are dropped whenever its values or names might have changed. */
export function forgetIndexesOnChange(hf: HyperFormula): void {
  const forget = (): void => { indexes.delete(hf.dependencyGraph); };
  for (const event of ['valuesUpdated', 'sheetAdded', 'sheetRemoved', 'sheetRenamed', 'namedExpressionAdded', 'namedExpressionRemoved'] as const) {
    hf.on(event, forget);
  }
}
