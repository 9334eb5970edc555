/**
 * The table check's writes as a list of steps, carried out in order with a log of what landed. If Excel refuses one
 * (a sync rejected half-way), the log says exactly what was written, what was not, and which of the cells the user
 * chose to replace were overwritten — nothing is left partly overwritten without the user being told.
 */
import { address, intersection, subtractAll } from '../ports/area';
import { t } from '../i18n/messages';
import { whole } from '../format';
import type { Area } from '../ports/port';

export interface Step {
  /** What the step does, for people, in the pane's language: "results", "summary", "highlights" … */
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
const count = whole;
const describe = (s: Step, part?: Area): string => {
  if (!s.area) return s.what;
  if (!part || part.rows === s.area.rows) return t('tc.step.where', { what: s.what, address: address(s.area) });
  const from = part.top - s.area.top + 1;
  return t('tc.step.part', { what: s.what, from: count(from), to: count(from + part.rows - 1), rows: count(s.area.rows), address: address(part) });
};

/** What became of the cells the user chose to replace, given the areas whose values were overwritten. */
function replacedNote(replaced: readonly Area[], overwritten: readonly Area[]): string {
  if (replaced.length === 0) return '';
  const list = (as: readonly Area[]) => as.map(address).join(', ');
  const hit = replaced.flatMap((r) => overwritten.flatMap((w) => intersection(r, w) ?? []));
  if (hit.length === 0) return t('tc.w.none-replaced', { cells: list(replaced) });
  const spared = replaced.flatMap((r) => subtractAll(r, hit));
  return t('tc.w.replaced', { cells: list(replaced), hit: list(hit), spared: spared.length ? t('tc.w.spared', { cells: list(spared) }) : '' });
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
      const message = t('tc.w.stopped', {
        message: (e as Error).message, written: written.length ? written.join(t('tc.w.sep')) : t('tc.w.nothing'),
        notWritten: notWritten.join(t('tc.w.sep')), replaced: replacedNote(replaced, overwritten),
      });
      throw new WriteStopped(message, written, notWritten);
    }
    written.push(describe(step));
    if (step.overwrites && step.area) overwritten.push(step.area);
  }
}
