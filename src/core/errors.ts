import { say } from './messages';

/**
 * The core's one error kind. Its category says which Excel error it becomes (value → #VALUE!, number → #NUM!,
 * not-available → #N/A; Excel shows the message with #VALUE! and #N/A only); its message is for people: it names the argument, what came in and what is accepted, in the
 * message language (messages/).
 */
export type ErrorCategory = 'value' | 'number' | 'not-available';

export class EtsError extends Error {
  override readonly name = 'EtsError';

  constructor(
    readonly category: ErrorCategory,
    message: string,
    /** The argument at fault, when there is one. */
    readonly argument?: string,
  ) {
    super(message);
  }
}

const MAX_SHOWN = 40;

/** How a received value is shown in a message: text quoted and shortened, blanks named. */
export function describe(value: unknown): string {
  if (value === undefined || value === null) return say('received.blank');
  if (typeof value === 'string') {
    if (value.trim() === '') return say('received.empty');
    // Cut before splitting into characters: a pasted 100,000-character text costs no more than a short one.
    const chars = Array.from(value.slice(0, MAX_SHOWN * 2 + 2));
    const shown = chars.length > MAX_SHOWN || value.length > MAX_SHOWN * 2 + 2 ? `${chars.slice(0, MAX_SHOWN).join('')}…` : value;
    return say('received.text', { text: shown });
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE';
  if (typeof value === 'number') return Number.isNaN(value) ? say('received.nan') : String(value);
  return typeof value;
}

/** #VALUE!: wrong type, unknown name, inconsistent arguments. */
export const valueError = (argument: string, received: unknown, problem: string, accepted?: string): EtsError =>
  new EtsError('value', say('frame.value', { argument, received: describe(received), problem, ...(accepted ? { accepted } : {}) }), argument);

/** #NUM!: a number outside its allowed range. */
export const numberError = (argument: string, received: unknown, accepted: string): EtsError =>
  new EtsError('number', say('frame.number', { argument, received: describe(received), accepted }), argument);

/**
 * #VALUE! for a number outside a range that a rule or a unit sets (a share from 0 to 1, the legal penalty multiple, a
 * plan's pre-allocation share, an anode's composition): Excel shows a custom function's message only with #VALUE! and
 * #N/A, and here the user needs the message to know why — 45 for a load rate means 4,500%, 12 for a multiple is
 * outside the regulation's 5–10. #NUM! stays for numbers outside arithmetic's reach (negative, not finite, too large).
 */
export const boundError = (argument: string, received: unknown, accepted: string): EtsError =>
  new EtsError('value', say('frame.number', { argument, received: describe(received), accepted }), argument);

/** #N/A: the rules do not provide this value. */
export const notAvailable = (message: string, argument?: string): EtsError =>
  new EtsError('not-available', message, argument);
