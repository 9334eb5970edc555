/**
 * Total and subtotal rows in a facility list: 水泥小计, 合计, Total, "Cement subtotal", or a row whose emissions cell
 * adds up the rows above it (=SUM(D3:D5), =SUBTOTAL(9,…), =D3+D4). They are not facilities: counting them would
 * count every facility above them twice.
 */
import { columnIndex, type CellValue } from '../ports/port';

/** Chinese total words, as a whole label, its end (水泥小计, 合 计, 总计：) or its start before a bracket (合计（万吨）). */
const CHINESE = /^(小计|合计|总计|共计|总和|汇总)([:：(（[【].*)?$|(小计|合计|总计|共计)[:：]?$/;
/** English: "Total", "Subtotal", "Sub-total", "Grand total", "Total:", "Total (all sites)", "Cement subtotal", "Total for cement". */
const ENGLISH = [/^(grand\s+|sub-?\s*)?totals?\s*([:：(-].*)?$/i, /\bsub-?\s*totals?\s*[:：]?$/i, /\s(grand\s+)?totals?\s*[:：]?$/i, /^(sub-?\s*)?totals?\s+(for|of)\s/i];

/**
 * Is this a total row's label?
 * @example isTotalLabel('水泥小计') // true
 * @example isTotalLabel('Total Petrochemicals Plant') // false
 */
export function isTotalLabel(v: CellValue | undefined): boolean {
  if (typeof v !== 'string') return false;
  const text = v.normalize('NFKC').trim();
  if (text === '') return false;
  return CHINESE.test(text.replace(/\s+/g, '')) || ENGLISH.some((p) => p.test(text));
}

/** Cell references of a formula on its own sheet, as rectangles (0-based); references to other sheets are left out. */
function references(formula: string): Array<{ top: number; left: number; bottom: number; right: number }> {
  const code = formula.replace(/"(?:[^"]|"")*"/g, '""');
  const refs = [];
  for (const m of code.matchAll(/(?<![A-Za-z0-9_!.$])(?:'[^']*'!|[A-Za-z0-9_.]+!)?\$?([A-Z]{1,3})\$?(\d+)(?::\$?([A-Z]{1,3})\$?(\d+))?(?![A-Za-z0-9_(])/g)) {
    if (m[0].includes('!')) continue;
    const [r1, c1] = [Number(m[2]) - 1, columnIndex(m[1]!)];
    const [r2, c2] = m[3] ? [Number(m[4]) - 1, columnIndex(m[3])] : [r1, c1];
    refs.push({ top: Math.min(r1, r2), left: Math.min(c1, c2), bottom: Math.max(r1, r2), right: Math.max(c1, c2) });
  }
  return refs;
}

/**
 * Does the formula in (row, col) add up cells above it in its own column? SUM, SUBTOTAL, AGGREGATE, SUMIF(S) over
 * them, or a sum of them cell by cell — at least two cells in all.
 * @example sumsAbove('=SUM(D3:D5)', 5, 3) // true (D6 adds D3:D5)
 */
export function sumsAbove(formula: string, row: number, col: number): boolean {
  const f = formula.trim();
  if (!f.startsWith('=')) return false;
  const refs = references(f);
  const above = refs.filter((r) => r.left === col && r.right === col && r.bottom < row);
  const cells = above.reduce((n, r) => n + r.bottom - r.top + 1, 0);
  if (above.length === 0 || cells < 2) return false;
  if (/^=\s*(SUM|SUBTOTAL|AGGREGATE|SUMIFS?)\s*\(/i.test(f)) return true;
  // A plain sum: only references and plus signs (and brackets), each reference a cell above in this column.
  return above.length === refs.length && /^=[\s()+$A-Z0-9:]+$/i.test(f) && !/[-*/]/.test(f);
}
