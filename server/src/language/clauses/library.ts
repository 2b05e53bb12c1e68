import { appiClauseSets } from './library.appi';
import { gdprClauseSets } from './library.gdpr';
import type { ClauseItem, ClauseSet } from './types';

/** Every statutory list the checker knows, APPI first, in article order. */
export const clauseSets: readonly ClauseSet[] = [...appiClauseSets, ...gdprClauseSets];

const setsById = new Map(clauseSets.map((set) => [set.id, set]));
const itemsById = new Map(clauseSets.flatMap((set) => set.items.map((item) => [item.id, item] as const)));

export function getClauseSet(id: string): ClauseSet | undefined {
  return setsById.get(id);
}

export function getClauseItem(id: string): ClauseItem | undefined {
  return itemsById.get(id);
}
