/**
 * An installation's emissions as the Commission's CBAM communication template computes them (the exporter's side of
 * the template, issue 25): fossil CO2 of each source stream (B_EmInst BD/BE), PFCs by the slope method (AN–AU), the
 * attributed direct and indirect emissions and the specific embedded emissions (SEE), and the carbon price section of
 * Summary_Products. The pane writes the template's cells; the arithmetic lives here, in decimal, once.
 */
import Decimal from 'decimal.js';
import { pfcCo2e } from './accounting';

const PERCENT = 100;
const GJ_PER_TJ = 1000;
/** The GWP set of the template's Parameters_Constants (B77:B78), which a test checks against the rulebook's. */
const TEMPLATE_GWPS = 'AR5';

export interface SourceStream {
  readonly name: string;
  readonly method: 'combustion' | 'process';
  readonly activity: number;
  readonly unit?: 't' | '1000Nm3';
  readonly ncv?: number;
  readonly emissionFactor: number;
  readonly oxidation?: number;
  readonly conversion?: number;
  readonly biomass?: number;
}

export interface PfcSlope {
  readonly technology: string;
  readonly aluminium: number;
  readonly frequency: number;
  readonly duration: number;
  readonly slope: number;
  readonly c2f6Fraction: number;
  readonly collectionEfficiency?: number;
}

export interface InstallationEmissions {
  readonly sourceStreams: readonly SourceStream[];
  readonly pfc?: PfcSlope;
  readonly electricity: { readonly mwh: number; readonly factor: number };
  readonly production: number;
}

export interface Attributed {
  readonly direct: number;
  readonly indirect: number;
  readonly seeDirect: number;
  readonly seeIndirect: number;
  readonly seeTotal: number;
}

/** A share 0–1 as the template's percent cells take it (exactly: 0.995 → 99.5). */
export const sharePercent = (share: number): number => new Decimal(share).times(PERCENT).toNumber();

/** A source stream's fossil tCO2 as the template computes it: combustion over NCV in GJ/t and a factor per TJ. */
export function streamCo2(s: SourceStream): Decimal {
  const fossil = new Decimal(1).minus(s.biomass ?? 0);
  if (s.method === 'combustion') {
    return new Decimal(s.activity).times(s.ncv ?? 0).dividedBy(GJ_PER_TJ).times(s.emissionFactor).times(s.oxidation ?? 1).times(fossil);
  }
  return new Decimal(s.activity).times(s.emissionFactor).times(s.conversion ?? 1).times(fossil);
}

/**
 * PFC tCO2e as the template computes it: the slope method, as ETS.PFC.CO2E computes it from anode-effect minutes per
 * cell-day (frequency × duration), at the template's GWPs, over the collection efficiency.
 */
export function templatePfc(p: PfcSlope): Decimal {
  const minutes = new Decimal(p.frequency).times(p.duration).toNumber();
  return new Decimal(pfcCo2e(p.aluminium, minutes, p.slope, p.c2f6Fraction, TEMPLATE_GWPS)).dividedBy(p.collectionEfficiency ?? 1);
}

/** The installation's direct and indirect emissions and SEE as the template computes them for its one process. */
export function attributed(data: InstallationEmissions): Attributed {
  const direct = data.sourceStreams.reduce((sum, s) => sum.plus(streamCo2(s)), new Decimal(0)).plus(data.pfc ? templatePfc(data.pfc) : 0);
  const indirect = new Decimal(data.electricity.mwh).times(data.electricity.factor);
  const seeDirect = direct.dividedBy(data.production);
  const seeIndirect = indirect.dividedBy(data.production);
  return {
    direct: direct.toNumber(), indirect: indirect.toNumber(),
    seeDirect: seeDirect.toNumber(), seeIndirect: seeIndirect.toNumber(), seeTotal: seeDirect.plus(seeIndirect).toNumber(),
  };
}

export interface CarbonPriceInput {
  readonly pricePerTonne: number;
  readonly coveredShare?: number;
  readonly freeAllocationPerTonne?: number;
}

export interface CarbonPriceDue {
  /** The share of the total SEE the price covers (direct only unless given). */
  readonly covered: number;
  /** The price due per t of product: the covered SEE at the price. */
  readonly duePerTonne: number;
  /** Free allocation as a share of the total SEE, and its worth per t of product; absent when none is given. */
  readonly rebateShare?: number;
  readonly rebatePerTonne?: number;
}

/**
 * The carbon price section of Summary_Products: the covered share of the SEE, the price due per t of product, and the
 * free allocation as the rebate — never more than what the price covers.
 */
export function carbonPriceDue(see: Pick<Attributed, 'seeDirect' | 'seeTotal'>, c: CarbonPriceInput): CarbonPriceDue {
  const covered = c.coveredShare ?? new Decimal(see.seeDirect).dividedBy(see.seeTotal).toNumber();
  const coveredSee = new Decimal(see.seeTotal).times(covered);
  const rebated = c.freeAllocationPerTonne === undefined ? undefined : Decimal.min(c.freeAllocationPerTonne, coveredSee);
  return {
    covered,
    duePerTonne: coveredSee.times(c.pricePerTonne).toNumber(),
    ...(rebated === undefined ? {} : { rebateShare: rebated.dividedBy(see.seeTotal).toNumber(), rebatePerTonne: rebated.times(c.pricePerTonne).toNumber() }),
  };
}
