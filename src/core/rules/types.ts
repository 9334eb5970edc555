/**
 * The shape of every bundled rule value. A rule key (e.g. `threshold`, `power:coal-large`) maps to one or more
 * records; each record holds the value for a span of compliance years with its unit, status and source, so that
 * ETS.SOURCE can tell a user exactly where a number comes from and whether it is law or a draft.
 */

/** How sure we are of a value: adopted text, consultation text, or read in a reputable secondary source. */
export type Status = 'final' | 'draft' | 'secondary';

/** Compliance (emissions) years a record applies to; `to` omitted = open-ended. */
export interface YearSpan {
  readonly from: number;
  readonly to?: number;
}

export interface RuleRecord<T = unknown> {
  readonly value: T;
  readonly unit: string;
  readonly status: Status;
  readonly source: string;
  /** Omitted = the value does not depend on the year. */
  readonly years?: YearSpan;
  /** A short why, shown by ETS.SOURCE after the source (e.g. why a default was chosen). */
  readonly note?: string;
}

/** A rule key with its records, in year order. */
export type RuleTable = Readonly<Record<string, readonly RuleRecord[]>>;

/** How a sector takes part in a scheme. */
export type SectorRole = 'covered' | 'reporting-only' | 'not-listed';

export interface SectorRule {
  readonly role: SectorRole;
  /** Human name used in messages, e.g. "cement (clinker production lines)". */
  readonly label: string;
  /**
   * Reporting-only sectors whose duty to report, and to have the report verified, starts where annual direct emissions
   * reach the inclusion threshold (the record `threshold`); without it the record states no threshold we can apply.
   */
  readonly reportsAtThreshold?: boolean;
}

/**
 * The load (peak-shaving) correction Ff of a conventional coal unit at load rate F, 1 at or above `below`:
 * `power` is base^(offset − slope × F) with F a share (2023–2024); `exponential` is
 * c0 − c1 × (1 − e^(−F/t1)) − c2 × (1 − e^(−F/t2)) with F in percent points (2025–2026 draft).
 */
export type LoadCurve =
  | { readonly curve: 'power'; readonly below: number; readonly base: number; readonly offset: number; readonly slope: number }
  | { readonly curve: 'exponential'; readonly below: number; readonly c0: number; readonly c1: number; readonly t1: number;
    readonly c2: number; readonly t2: number };

/** A power unit the plans treat apart: its allowances are its verified emissions, or it is outside allocation that year. */
export interface PowerSpecialCase {
  readonly label: string;
  readonly treatment: 'as-emitted' | 'excluded';
}

/** How industrial free allocation is computed in a year. */
export type IndustrialMethod = 'equal-to-emissions' | 'balance-value-adjusted' | 'benchmark';

/** The sector groups whose compliance dates can differ: power generation, and the industrial sectors of the expansion. */
export type DeadlineGroup = 'power' | 'industry';

/**
 * A compliance-cycle date as an ISO text (YYYY-MM-DD): one for every sector, or one per group where they differ.
 * A group left out has no such step in that cycle (the record's note says why).
 */
export type Deadline = string | Readonly<Partial<Record<DeadlineGroup, string>>>;
