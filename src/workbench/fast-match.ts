/**
 * MATCH(key, range, 0) without reading the whole range on every call. HyperFormula 3.5 copies and normalises every
 * value of the range for each exact match: the CBAM template's 24,769 MATCH calls over columns such as
 * Translations!$B:$B spent most of its first evaluation there. Here a range's values are indexed (key → first
 * position) once and each call is a lookup. The index is kept where HyperFormula keeps its own per-range results
 * (SUM's, COUNTIF's): in the range's vertex, whose cache the engine clears whenever a cell of the range changes,
 * before it computes any formula that reads the range.
 *
 * Excel compares text without regard to case and with regard to accents (HyperFormula's own MATCH ignores them; this
 * one does as Excel does), and reads * (any text), ? (one character) and ~ (the next one as itself) in text keys as
 * wildcards (HyperFormula's takes them literally). Approximate matches (type 1 and -1) and ranges of more than one
 * row and column go to HyperFormula's own MATCH, which this plugin extends. DOM-free.
 */
import {
  CellError, EmptyValue, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue, type FunctionPluginDefinition,
} from 'hyperformula';

type Key = string | number | boolean;
interface Corner { sheet: number; row: number; col: number }
/** The per-range cache of HyperFormula's range vertices (its SUM and COUNTIF keep their results there too). */
interface RangeCache { getFunctionValue(name: string): unknown; setFunctionValue(name: string, value: unknown): void }
/** What the plugin uses of HyperFormula's LookupPlugin, which it extends. */
interface LookupSelf {
  runFunction(args: unknown[], state: unknown, metadata: unknown, fn: (key: unknown, range: SimpleRangeValue, type: number) => unknown): unknown;
  metadata(name: string): unknown;
  doMatch(key: unknown, range: SimpleRangeValue, type: number): unknown;
  dependencyGraph: { getRange(start: Corner, end: Corner): RangeCache | undefined };
}

const CACHE_KEY = 'ETS.MATCH.INDEX';

/** A value as an exact match compares it: text in lower case, numbers (dates too) as numbers; undefined: never equal. */
function keyOf(v: unknown): Key | undefined {
  if (typeof v === 'string') return v.toLowerCase();
  if (typeof v === 'number' || typeof v === 'boolean') return v;
  if (typeof v === 'object' && v !== null && typeof (v as { val?: unknown }).val === 'number') return (v as { val: number }).val;
  return undefined;
}

/** The values of a one-row or one-column range, in order. */
const line = (range: SimpleRangeValue): unknown[] => (range.width() === 1 ? range.data.map((row) => row[0]) : range.data[0] ?? []);

/** Each value's first position in a one-row or one-column range. */
function positions(range: SimpleRangeValue): Map<Key, number> {
  const map = new Map<Key, number>();
  line(range).forEach((v, i) => {
    const key = v === EmptyValue ? undefined : keyOf(v);
    if (key !== undefined && !map.has(key)) map.set(key, i);
  });
  return map;
}

/** Excel's wildcard text as a regular expression over a whole value, without regard to case. */
function wildcardPattern(text: string): RegExp {
  const body = text.replace(/~([*?~])|([*?])|([.+^${}()|[\]\\/])/g, (_, escaped?: string, wild?: string, special?: string) =>
    (escaped ? `\\${escaped}` : wild ? (wild === '*' ? '[\\s\\S]*' : '[\\s\\S]') : `\\${special}`));
  return new RegExp(`^${body}$`, 'i');
}

const notFound = (): CellError => new CellError(ErrorType.NA, 'Value not found.');

function fastMatchPlugin(): FunctionPluginDefinition {
  const Lookup = HyperFormula.getFunctionPlugin('MATCH') as unknown as typeof FunctionPlugin;
  class FastMatch extends Lookup {
    match(ast: { args: unknown[] }, state: unknown): unknown {
      const self = this as unknown as LookupSelf;
      return self.runFunction(ast.args, state, self.metadata('MATCH'), (rawKey, range, type) => {
        const key = rawKey === EmptyValue ? 0 : rawKey;
        const k = keyOf(key);
        if (type !== 0 || k === undefined || (range.width() > 1 && range.height() > 1)) return self.doMatch(key, range, type);
        if (typeof k === 'string' && /[*?]/.test(k)) {
          const pattern = wildcardPattern(k);
          const found = line(range).findIndex((v) => typeof v === 'string' && pattern.test(v));
          return found < 0 ? notFound() : found + 1;
        }
        const ref = range.range;
        const cache = ref ? self.dependencyGraph.getRange(ref.start, ref.end) : undefined;
        let index = cache?.getFunctionValue(CACHE_KEY) as Map<Key, number> | undefined;
        if (!index) {
          index = positions(range);
          cache?.setFunctionValue(CACHE_KEY, index);
        }
        const at = index.get(k);
        return at === undefined ? notFound() : at + 1;
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
