/**
 * The sources the Emissions view offers per sector: the typical ones of each MEE accounting guideline, each with the
 * kind of ETS formula that accounts for it. Names on the sheet are the catalogue's (em.src.*), in the pane's language;
 * the core reads both languages, and a test checks each name resolves to its source.
 */
import { EtsError, fuelCo2, say } from '../../core';
import { isGaseous } from '../../core/accounting/fuel';
import type { Fuel } from '../../core/accounting/names';
import { t, type MessageKey } from '../i18n/messages';

export const EMISSION_SECTORS = ['steel', 'cement', 'aluminium', 'power'] as const;
export type EmissionSector = (typeof EMISSION_SECTORS)[number];

/** How a row is accounted: fuels burnt, process materials (inputs add, products and substitutes take off), the rest. */
export type SourceKind = 'fuel' | 'material' | 'anode' | 'anode-effect' | 'aluminium' | 'output' | 'electricity';

export interface Source {
  /** The id the core knows it by (a fuel, a material, or a report item). */
  readonly id: string;
  readonly kind: SourceKind;
  /** The row the guideline divides by for intensity (crude steel, clinker, aluminium, a plant's output). */
  readonly output?: true;
}

const fuel = (id: Fuel): Source => ({ id, kind: 'fuel' });
const material = (id: string): Source => ({ id, kind: 'material' });
const ELECTRICITY: Source = { id: 'electricity', kind: 'electricity' };

export const SECTOR_SOURCES: Readonly<Record<EmissionSector, readonly Source[]>> = {
  steel: [
    fuel('bituminous'), fuel('coke'), fuel('natural-gas'), material('limestone'), material('dolomite'), material('electrode'),
    material('scrap'), material('pig-iron-purchased'), { ...material('crude-steel'), output: true }, material('tar'), material('crude-benzol'), ELECTRICITY,
  ],
  cement: [fuel('bituminous'), { ...material('portland'), output: true }, material('carbide-slag'), ELECTRICITY],
  aluminium: [{ id: 'anode', kind: 'anode' }, { id: 'anode-effect', kind: 'anode-effect' }, { id: 'aluminium', kind: 'aluminium', output: true },
    fuel('natural-gas'), ELECTRICITY],
  power: [fuel('bituminous'), fuel('natural-gas'), { id: 'output', kind: 'output', output: true }, ELECTRICITY],
};

/** The source's name as the sheet writes it and the pane lists it, in the pane's language. */
export const sourceName = (source: Source): string => t(`em.src.${source.id}` as MessageKey);

/** The sector as the sheet writes it (the functions read it in either language). */
export const sectorName = (sector: EmissionSector): string => t(`em.sector.${sector}`);

/** The unit a row's quantities are typed in, as the core's messages word it. */
export function sourceUnit(source: Source, sector: EmissionSector): string {
  switch (source.kind) {
    case 'fuel': return say(isGaseous(source.id as Fuel) ? 'unit.10k-nm3' : 'unit.t');
    case 'anode-effect': return say('unit.aem');
    case 'electricity': return say('unit.mwh');
    // A power plant's output is its electricity supplied; every other output is tonnes of product.
    case 'output': return say(sector === 'power' ? 'unit.mwh' : 'unit.t');
    default: return say('unit.t');
  }
}

/**
 * The fuels whose guideline holds no default for some parameter in that year (the core says so by throwing #N/A):
 * their measured values go in the parameter columns, and until then the sheet shows #N/A asking for them.
 */
export function needingMeasuredValues(sector: EmissionSector, sources: readonly Source[], year: number): Source[] {
  return sources.filter((s) => {
    if (s.kind !== 'fuel') return false;
    try {
      fuelCo2(s.id, 1, sector, undefined, undefined, undefined, year);
      return false;
    } catch (e) {
      if (e instanceof EtsError && e.category === 'not-available') return true;
      throw e;
    }
  });
}
