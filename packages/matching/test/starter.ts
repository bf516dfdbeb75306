import { createStarterGazetteer, createStarterTaxonomy, type Concept } from '@passerelle/core';

/** The built-in taxonomy and gazetteer every matcher of the tests uses by default. */
export const TAXONOMY = createStarterTaxonomy();
export const GAZETTEER = createStarterGazetteer();

/** The id of the starter concept with this English preferred label; throws on an unknown label. */
function idOf(concepts: readonly Concept[], label: string): string {
  const concept = concepts.find((c) => c.labels.en.preferred === label);
  if (concept === undefined) throw new RangeError(`No starter concept is labelled "${label}".`);
  return concept.id;
}

/** A starter skill id by its English label. */
export const skillId = (label: string): string => idOf(TAXONOMY.skills, label);
/** A starter occupation id by its English label. */
export const occupationId = (label: string): string => idOf(TAXONOMY.occupations, label);

/** Starter skills the tests name (forklift, reach truck and pallet truck share `group:material-handling`). */
export const SKILLS = {
  forklift: skillId('operate forklift'),
  reachTruck: skillId('operate reach truck'),
  palletTruck: skillId('operate pallet truck'),
  telehandler: skillId('use telescopic handlers'),
  handlingEquipment: skillId('operate material handling equipment'),
  pickOrders: skillId('pick orders for dispatching'),
  stackGoods: skillId('stack goods'),
  receiveGoods: skillId('receive goods'),
  stockRotation: skillId('carry out stock rotation'),
  packGoods: skillId('pack goods'),
  liftHeavy: skillId('lift heavy weights'),
  cooperate: skillId('cooperate with colleagues'),
} as const;

/** Starter skills of other trades (cleaning, kitchen, care): sharing no group with {@link SKILLS}. */
export const OTHER_TRADE_SKILLS: readonly string[] = [
  'clean surfaces',
  'clean rooms',
  'handle chemical cleaning agents',
  'use cooking techniques',
  'comply with food safety and hygiene',
  'operate dishwashing machine',
  'tend to elderly people',
  'provide basic support to patients',
].map(skillId);

/** Starter occupations with ISCO groups that share 4, 3, 2, 1 or no digits. */
export const OCCUPATIONS = {
  forkliftOperator: occupationId('forklift operator'), // 8344
  cargoDriver: occupationId('cargo vehicle driver'), // 8332
  deliveryDriver: occupationId('car and van delivery driver'), // 8322
  warehouseWorker: occupationId('warehouse worker'), // 9333
  orderPicker: occupationId('warehouse order picker'), // 9333
  handPacker: occupationId('hand packer'), // 9321
  buildingCleaner: occupationId('building cleaner'), // 9112
  domesticCleaner: occupationId('domestic cleaner'), // 9111
  cashier: occupationId('cashier'), // 5230
} as const;
