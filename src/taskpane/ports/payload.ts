/**
 * Sizes of requests to Excel. Excel refuses to read a range of more than 5,000,000 cells, and Excel on the web refuses
 * a request or a response over 5 MB (RichAPI.Error); both limits are Microsoft's ("Resource limits and performance
 * optimization for Office Add-ins"). Blocks are sized from an estimate of the JSON the values travel as, kept under a
 * budget with room for the request's envelope.
 */
import { CHUNK_ROWS, type CellValue } from './port';

export const MAX_READ_CELLS = 5_000_000;
/** Bytes of values per request or response: under the 5 MB limit with a margin for the envelope. */
export const PAYLOAD_BUDGET = 4_000_000;
/** Bytes a cell is assumed to take before anything has been read: generous, so the first block is small enough. */
const FIRST_GUESS_PER_CELL = 64;

/** UTF-8 bytes of a string, quotes and escapes included (an upper bound for astral characters). */
function stringBytes(s: string): number {
  let n = 3; // quotes and the comma
  for (let i = 0; i < s.length; i += 1) {
    const c = s.charCodeAt(i);
    n += c < 0x20 ? 6 : c === 0x22 || c === 0x5c ? 2 : c < 0x80 ? 1 : c < 0x800 ? 2 : 3;
  }
  return n;
}

/** Bytes a cell's value takes as JSON. */
export function cellBytes(v: CellValue): number {
  if (typeof v === 'string') return stringBytes(v);
  if (typeof v === 'number') return String(v).length + 1;
  return v === null ? 5 : 6;
}

export const rowBytes = (row: readonly CellValue[]): number => row.reduce((n: number, v) => n + cellBytes(v), 2);

/** Row ranges [start, end) of at most CHUNK_ROWS rows and about `budget` bytes each (one row at least). */
export function payloadChunks(values: readonly (readonly CellValue[])[], budget = PAYLOAD_BUDGET): Array<[number, number]> {
  const chunks: Array<[number, number]> = [];
  let start = 0;
  let bytes = 0;
  values.forEach((row, i) => {
    const b = rowBytes(row);
    if (i > start && (i - start >= CHUNK_ROWS || bytes + b > budget)) {
      chunks.push([start, i]);
      start = i;
      bytes = 0;
    }
    bytes += b;
  });
  if (start < values.length) chunks.push([start, values.length]);
  return chunks;
}

/**
 * Rows to read in the next block of a range `cols` wide: within the cell limit and, judged by the largest row read so
 * far (or a generous guess before the first block), within the payload budget.
 */
export function readBlockRows(cols: number, largestRowSoFar: number | undefined): number {
  const perRow = largestRowSoFar ?? cols * FIRST_GUESS_PER_CELL;
  return Math.max(1, Math.min(Math.floor(MAX_READ_CELLS / cols), Math.floor(PAYLOAD_BUDGET / perRow)));
}
