/**
 * The pane speaks in the labels a user sees, not in the functions' argument names: the core's messages start with
 * the argument ("mass_t: …", "CF4 mass: …"), and each view maps those to its own field labels here, in the pane's
 * language.
 */
import { massArgument, type EtsError } from '../../core';
import { t, type MessageKey } from './messages';

/** Argument name → the catalogue key of its field label. Mass arguments are named as the core names them, per language. */
export type Labels = () => Readonly<Record<string, MessageKey>>;

export const QUICK_CHECK_LABELS: Labels = () => ({
  sector: 'lbl.sector',
  direct_emissions: 'lbl.direct',
  // The gas fields' own labels on the quick check.
  [massArgument('CO2')]: 'ui.label.qc-co2',
  [massArgument('CF4')]: 'ui.label.qc-cf4',
  [massArgument('C2F6')]: 'ui.label.qc-c2f6',
  gwp_set: 'lbl.gwp',
  scheme: 'lbl.scheme',
  year: 'lbl.year',
});

const CBAM: Readonly<Record<string, MessageKey>> = {
  quantity_t: 'lbl.quantity',
  embedded_intensity: 'lbl.embedded',
  cbam_benchmark: 'lbl.cbam-benchmark',
  cscf: 'lbl.cscf',
  certificate_price: 'lbl.certificate-price',
  origin_allocation: 'lbl.allocation',
  verified_emissions: 'lbl.verified',
  origin_emissions: 'lbl.verified',
  origin_price: 'lbl.home-price',
  origin_output: 'lbl.home-output',
  price: 'lbl.home-price',
  allocation: 'lbl.allocation',
  from_year: 'lbl.from-year',
  to_year: 'lbl.to-year',
  year: 'lbl.year',
};

export const CBAM_LABELS: Labels = () => CBAM;

/** In product mode the CN code and country fields stand for cbam_benchmark and embedded_intensity. */
export const PRODUCT_LABELS: Labels = () => ({
  ...CBAM,
  cbam_benchmark: 'lbl.cn-code',
  cn_code: 'lbl.cn-code',
  embedded_intensity: 'lbl.country',
  later_benchmark: 'lbl.later',
  actual_intensity: 'lbl.actual',
  actual_benchmark: 'lbl.actual-benchmark',
  year: 'lbl.year',
  route: 'lbl.route',
});

/**
 * A core message with its leading argument name replaced by the field's label, e.g. "CF4 (t): -1 is out of range …"
 * (the core writes "argument:" in English and "argument：" in Chinese).
 */
export function onScreen(error: EtsError, labels: Labels): string {
  const { argument, message } = error;
  const key = argument === undefined ? undefined : labels()[argument];
  const colon = argument === undefined ? undefined : [':', '：'].find((c) => message.startsWith(`${argument}${c}`));
  return key !== undefined && colon !== undefined ? `${t(key)}${colon}${message.slice(argument!.length + 1)}` : message;
}
