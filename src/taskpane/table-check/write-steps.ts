/**
 * The table check's writes as a list of steps, carried out in order with a log of what landed. If Excel refuses one
 * (a sync rejected half-way), the log says exactly what was written, what was not, and which of the cells the user
 * chose to replace were overwritten — nothing is left partly overwritten without the user being told.
 */
import { address, intersection, subtractAll } from '../ports/area';
import type { Area } from '../ports/port';

export interface Step {
  /** What the step does, for people: "results", "summary", "highlights" … */
  readonly what: string;
  /** The cells it writes, when it writes cells. */
  readonly area?: Area;
  /** True when it puts values into cells (and so overwrites what was there). */
  readonly overwrites?: boolean;
  /** Runs the step; progress reports rows of `area` done so far, from its top. */
  run(progress: (rowsDone: number) => void): Promise<void>;
}

export class WriteStopped extends Error {
  constructor(message: string, readonly written: readonly string[], readonly notWritten: readonly string[]) {
    super(message);
    this.name = 'WriteStopped';
  }
}

const rowsOf = (a: Area, from: number, to: number): Area => ({ ...a, top: a.top + from, rows: to - from });
const count = (n: number): string => n.toLocaleString('en-US');
const describe = (s: Step, part?: Area): string => {
  if (!s.area) return s.what;
  if (!part || part.rows === s.area.rows) return `${s.what} (${address(s.area)})`;
  const from = part.top - s.area.top + 1;
  return `${s.what}, rows ${count(from)}–${count(from + part.rows - 1)} of ${count(s.area.rows)} (${address(part)})`;
};

/** What became of the cells the user chose to replace, given the areas whose values were overwritten. */
function replacedNote(replaced: readonly Area[], overwritten: readonly Area[]): string {
  if (replaced.length === 0) return '';
  const list = (as: readonly Area[]) => as.map(address).join(', ');
  const hit = replaced.flatMap((r) => overwritten.flatMap((w) => intersection(r, w) ?? []));
  if (hit.length === 0) return ` None of the cells you chose to replace (${list(replaced)}) was written over.`;
  const spared = replaced.flatMap((r) => subtractAll(r, hit));
  return ` Of the cells you chose to replace (${list(replaced)}), ${list(hit)} now hold results: what was there is gone` +
    `${spared.length ? `; ${list(spared)} are as they were` : ''}.`;
}

/**
 * Runs the steps in order. On a failure, throws WriteStopped whose message lists what was written and what was not.
 * `replaced` are the non-empty cells the user agreed to write over.
 */
export async function carryOut(steps: readonly Step[], replaced: readonly Area[] = []): Promise<void> {
  const written: string[] = [];
  const overwritten: Area[] = [];
  for (const [i, step] of steps.entries()) {
    let done = 0;
    try {
      await step.run((rows) => { done = rows; });
    } catch (e) {
      const notWritten = steps.slice(i + 1).map((s) => describe(s));
      if (step.area && done > 0) {
        written.push(describe(step, rowsOf(step.area, 0, done)));
        if (step.overwrites) overwritten.push(rowsOf(step.area, 0, done));
        notWritten.unshift(describe(step, rowsOf(step.area, done, step.area.rows)));
      } else {
        notWritten.unshift(describe(step));
      }
      const message = `Writing stopped: ${(e as Error).message}. ` +
        `Written: ${written.length ? written.join('; ') : 'nothing'}. Not written: ${notWritten.join('; ')}.` +
        replacedNote(replaced, overwritten) + ' Run the check again to finish: it refreshes its own output and asks before writing over anything else.';
      throw new WriteStopped(message, written, notWritten);
    }
    written.push(describe(step));
    if (step.overwrites && step.area) overwritten.push(step.area);
  }
}
