/**
 * The accepted names closest to a name nobody knows, for "did you mean …?" messages. Edit distance on short inputs
 * only (a pasted paragraph gets no suggestion, and costs nothing), plus known names found inside the input
 * ("Cement plant" → cement).
 */

/** Inputs longer than this get no edit-distance suggestion. */
const MAX_INPUT = 40;

/** Levenshtein distance with an early exit once every entry of a row exceeds `limit`. */
function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    let best = i;
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      best = Math.min(best, current[j]!);
    }
    if (best > limit) return limit + 1;
    previous = current;
  }
  return previous[b.length]!;
}

const hasHan = (s: string): boolean => /[\u3400-\u9fff]/.test(s);

/** True when `name` stands in `input` as a word (Chinese: as a substring of two characters or more). */
function containsName(input: string, name: string): boolean {
  if (hasHan(name)) return name.length >= 2 && input.includes(name);
  if (name.length < 3) return false;
  const at = input.indexOf(name);
  if (at < 0) return false;
  const before = input[at - 1];
  const after = input[at + name.length];
  const boundary = (c: string | undefined) => c === undefined || !/[a-z0-9]/.test(c);
  return boundary(before) && boundary(after);
}

/**
 * Ids whose names are closest to `input` (already in key form): all ids at the smallest edit distance within a third
 * of the input's length (at least 1, at most 3), else the ids of names found inside the input. At most four.
 * @example closestIds('cemnt', new Map([['cement', 'cement'], ['steel', 'steel']])) // ['cement']
 */
export function closestIds<T extends string>(input: string, names: ReadonlyMap<string, T>): T[] {
  if (input === '' || input.length > MAX_INPUT) return [];
  const limit = Math.min(3, Math.max(1, Math.floor(input.length / 3)));
  let best = limit + 1;
  let ids: T[] = [];
  for (const [name, id] of names) {
    const d = distance(input, name, Math.min(limit, best));
    if (d < best) {
      best = d;
      ids = [id];
    } else if (d === best && !ids.includes(id)) {
      ids.push(id);
    }
  }
  if (best > limit) ids = [];
  if (ids.length === 0) {
    for (const [name, id] of names) if (containsName(input, name) && !ids.includes(id)) ids.push(id);
  }
  return ids.slice(0, 4);
}
