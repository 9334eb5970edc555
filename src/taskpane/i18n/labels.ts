/**
 * The pane speaks in the labels a user sees, not in the functions' argument names: the core's messages start with
 * the argument ("mass_t: …", "CF4 mass: …"), and each view maps those to its own field labels here.
 */
import { massArgument, type EtsError } from '../../core';

export type Labels = Readonly<Record<string, string>>;

export const QUICK_CHECK_LABELS: Labels = {
  sector: 'Sector',
  direct_emissions: 'Direct emissions',
  [massArgument('CO2')]: 'CO2 (t)',
  [massArgument('CF4')]: 'CF4 (t)',
  [massArgument('C2F6')]: 'C2F6 (t)',
  gwp_set: 'GWP set',
  scheme: 'Scheme',
  year: 'Year',
};

export const CBAM_LABELS: Labels = {
  quantity_t: 'Quantity',
  embedded_intensity: 'Embedded',
  cbam_benchmark: 'CBAM benchmark',
  cscf: 'CSCF',
  certificate_price: 'Certificate price',
  origin_allocation: 'Allocation',
  verified_emissions: 'Verified',
  origin_emissions: 'Verified',
  origin_price: 'Carbon price at home',
  price: 'Carbon price at home',
  allocation: 'Allocation',
  from_year: 'From year',
  to_year: 'To year',
  year: 'Year',
};

/** In product mode the CN code and country fields stand for cbam_benchmark and embedded_intensity. */
export const PRODUCT_LABELS: Labels = {
  ...CBAM_LABELS,
  cbam_benchmark: 'CN code',
  cn_code: 'CN code',
  embedded_intensity: 'Country of origin',
  later_benchmark: 'CBAM benchmark after the table',
  actual_intensity: 'Actual embedded',
  actual_benchmark: 'Benchmark with actual data',
  year: 'Year',
  route: 'Route',
};

/** A core message with its leading argument name replaced by the field's label, e.g. "CF4 (t): -1 is out of range …". */
export function onScreen(error: EtsError, labels: Labels): string {
  const { argument, message } = error;
  const label = argument === undefined ? undefined : labels[argument];
  return label !== undefined && message.startsWith(`${argument}:`) ? `${label}:${message.slice(argument!.length + 1)}` : message;
}
