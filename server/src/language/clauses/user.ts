// An organisation's own clause sets from `.policymd.json` (a standard outsourcing clause, a
// house list of exceptions …), validated here and merged with the statutory library per
// configuration, never into the shared built-in tables: two workspaces may define different sets.
import { profileIds, type ProfileId } from '../model/types';
import { clauseSets as builtInSets } from './library';
import type { ClauseItem, ClauseSet, LocalizedText } from './types';

/** One item of a user set, as written in `.policymd.json`. */
export interface UserClauseItem {
  /** Unique within its set; the item's library id is `<set id>.<item id>`. */
  readonly id: string;
  /** The exact text the organisation uses; inserted and rendered as written. */
  readonly text: string;
  /** Label for completion lists and messages; the start of the text when absent. */
  readonly short?: string | LocalizedText;
  /** False: offered by completion but never reported missing. Default true. */
  readonly core?: boolean;
}

export interface UserClauseSet {
  /** `acme-outsourcing`: at least two parts; `appi-` and `gdpr-` are reserved for the statute. */
  readonly id: string;
  readonly title: LocalizedText;
  /** Phrases of the sentence introducing the list (「委託先との契約」). Plain text, no patterns. */
  readonly introduction?: readonly string[];
  readonly items: readonly UserClauseItem[];
  readonly profiles?: readonly ProfileId[];
}

export interface UserClauseProblem {
  readonly path: string;
  readonly message: string;
}

export const clauseSetLimits = { sets: 50, items: 30, introduction: 20, text: 1000, short: 200, id: 100 } as const;

/** Kept in step with schemas/policymd.schema.json (test/unit/configSchema.test.ts checks both). */
export const userSetIdPattern = /^(?!appi-|gdpr-)[a-z][a-z0-9]*(?:-[a-z0-9]+)+$/u;
export const userItemIdPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/u;

const setKeys = new Set(['id', 'title', 'introduction', 'items', 'profiles']);
const itemKeys = new Set(['id', 'text', 'short', 'core']);

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

const isText = (value: unknown, max: number): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= max;

function isLocalized(value: unknown, max: number): value is LocalizedText {
  return isPlainObject(value) && Object.keys(value).every((key) => key === 'ja' || key === 'en') && isText(value.ja, max) && isText(value.en, max);
}

function unknownKey(value: Record<string, unknown>, known: ReadonlySet<string>): string | undefined {
  return Object.keys(value).find((key) => !known.has(key));
}

function validateItem(raw: unknown, path: string, seen: Set<string>, problems: UserClauseProblem[]): UserClauseItem | undefined {
  const fail = (message: string) => {
    problems.push({ path, message });
    return undefined;
  };
  if (!isPlainObject(raw)) return fail('A clause item must be an object { id, text, short?, core? }.');
  const extra = unknownKey(raw, itemKeys);
  if (extra !== undefined) return fail(`Unknown key "${extra}" in a clause item (id, text, short, core).`);
  if (typeof raw.id !== 'string' || raw.id.length > 50 || !userItemIdPattern.test(raw.id)) return fail('A clause item needs an "id" of lower-case letters, digits and single "-".');
  if (seen.has(raw.id)) return fail(`The item id "${raw.id}" is used twice in this set.`);
  // One line, because it becomes one list item when inserted.
  if (!isText(raw.text, clauseSetLimits.text) || /[\r\n]/u.test(raw.text)) return fail(`A clause item needs a "text" of one line and at most ${clauseSetLimits.text} characters.`);
  if (raw.short !== undefined && !isText(raw.short, clauseSetLimits.short) && !isLocalized(raw.short, clauseSetLimits.short)) {
    return fail('"short" must be a label or { "ja", "en" } labels.');
  }
  if (raw.core !== undefined && typeof raw.core !== 'boolean') return fail('"core" must be true or false.');
  seen.add(raw.id);
  return {
    id: raw.id,
    text: raw.text,
    ...(raw.short !== undefined ? { short: raw.short as string | LocalizedText } : {}),
    ...(raw.core !== undefined ? { core: raw.core } : {}),
  };
}

function validateSet(raw: unknown, path: string, seen: Set<string>, problems: UserClauseProblem[]): UserClauseSet | undefined {
  const fail = (message: string) => {
    problems.push({ path, message });
    return undefined;
  };
  if (!isPlainObject(raw)) return fail('A clause set must be an object { id, title, items, introduction?, profiles? }.');
  const extra = unknownKey(raw, setKeys);
  if (extra !== undefined) return fail(`Unknown key "${extra}" in a clause set (id, title, introduction, items, profiles).`);
  if (typeof raw.id !== 'string' || raw.id.length > clauseSetLimits.id || !userSetIdPattern.test(raw.id)) {
    return fail('A clause set needs an "id" such as "acme-outsourcing": lower-case parts joined by "-", not starting with the reserved "appi-" or "gdpr-".');
  }
  if (seen.has(raw.id) || builtInSets.some((set) => set.id === raw.id)) return fail(`The clause set id "${raw.id}" is already taken.`);
  if (!isLocalized(raw.title, clauseSetLimits.short)) return fail('A clause set needs a "title" with "ja" and "en" texts.');
  let introduction: string[] | undefined;
  if (raw.introduction !== undefined) {
    if (!Array.isArray(raw.introduction) || raw.introduction.length > clauseSetLimits.introduction || !raw.introduction.every((phrase) => isText(phrase, clauseSetLimits.short))) {
      return fail(`"introduction" must be a list of at most ${clauseSetLimits.introduction} phrases.`);
    }
    introduction = raw.introduction as string[];
  }
  let profiles: ProfileId[] | undefined;
  if (raw.profiles !== undefined) {
    if (!Array.isArray(raw.profiles) || raw.profiles.length === 0 || !raw.profiles.every((p) => (profileIds as readonly unknown[]).includes(p))) {
      return fail(`"profiles" must be a non-empty list of ${profileIds.join(', ')}.`);
    }
    profiles = raw.profiles as ProfileId[];
  }
  if (!Array.isArray(raw.items) || raw.items.length < 2 || raw.items.length > clauseSetLimits.items) {
    return fail(`A clause set needs "items": a list of 2 to ${clauseSetLimits.items} items.`);
  }
  const itemIds = new Set<string>();
  const items = raw.items.flatMap((item, index) => validateItem(item, `${path}.items.${index}`, itemIds, problems) ?? []);
  // A list is only recognised from two items on, so a set left with fewer could never match.
  if (items.length < 2) return fail('Fewer than two valid items are left; the set is ignored.');
  seen.add(raw.id);
  return { id: raw.id, title: { ja: raw.title.ja, en: raw.title.en }, items, ...(introduction ? { introduction } : {}), ...(profiles ? { profiles } : {}) };
}

/** Bad sets and items are dropped, each with a problem; nothing is thrown. */
export function validateClauseSets(raw: unknown, problems: UserClauseProblem[]): UserClauseSet[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ path: 'clauseSets', message: '"clauseSets" must be a list of { id, title, items }.' });
    return undefined;
  }
  if (raw.length > clauseSetLimits.sets) problems.push({ path: 'clauseSets', message: `At most ${clauseSetLimits.sets} clause sets; the rest are ignored.` });
  const seen = new Set<string>();
  return raw.slice(0, clauseSetLimits.sets).flatMap((entry, index) => validateSet(entry, `clauseSets.${index}`, seen, problems) ?? []);
}

function shortOf(item: UserClauseItem): LocalizedText {
  if (typeof item.short === 'string') return { ja: item.short, en: item.short };
  if (item.short) return item.short;
  const text = item.text.replace(/\s+/gu, ' ').trim().replace(/[。.]$/u, '');
  const label = text.length > 24 ? `${text.slice(0, 24)}…` : text;
  return { ja: label, en: label };
}

function toClauseSet(set: UserClauseSet): ClauseSet {
  return {
    id: set.id,
    law: 'user',
    title: set.title,
    // A user set cites no article; its title stands where the article would.
    article: { current: set.title.ja, older: [] },
    kind: 'items',
    items: set.items.map((item, index): ClauseItem => ({
      id: `${set.id}.${item.id}`,
      number: index + 1,
      statute: item.text,
      short: shortOf(item),
      english: item.text,
      academic: false,
      verbatim: true,
      ...(item.core === false ? { optional: true } : {}),
    })),
    ...(set.introduction ? { introduction: set.introduction } : {}),
    ...(set.profiles ? { profiles: set.profiles } : {}),
  };
}

/** The clause sets in force for a document: the statute's and, after them, the configuration's. */
export interface ClauseLibrary {
  /** Identifies the user sets, for caches of what was matched against them; '' for none. */
  readonly key: string;
  readonly sets: readonly ClauseSet[];
  readonly userSets: readonly ClauseSet[];
  getSet(id: string): ClauseSet | undefined;
  getItem(id: string): ClauseItem | undefined;
}

function makeLibrary(userSets: readonly ClauseSet[], key: string): ClauseLibrary {
  const sets = [...builtInSets, ...userSets];
  const setsById = new Map(sets.map((set) => [set.id, set]));
  const itemsById = new Map(sets.flatMap((set) => set.items.map((item) => [item.id, item] as const)));
  return { key, sets, userSets, getSet: (id) => setsById.get(id), getItem: (id) => itemsById.get(id) };
}

export const builtInLibrary: ClauseLibrary = makeLibrary([], '');

/** Validated configurations are reused (per directory, per settings change), so one library each. */
const libraries = new WeakMap<readonly UserClauseSet[], ClauseLibrary>();

export function clauseLibrary(config?: { readonly clauseSets?: readonly UserClauseSet[] }): ClauseLibrary {
  const sets = config?.clauseSets;
  if (!sets || sets.length === 0) return builtInLibrary;
  let library = libraries.get(sets);
  if (!library) {
    library = makeLibrary(sets.map(toClauseSet), JSON.stringify(sets));
    libraries.set(sets, library);
  }
  return library;
}

/** The user sets that apply under a profile. */
export function userSetsFor(library: ClauseLibrary, profile: ProfileId): ClauseSet[] {
  return library.userSets.filter((set) => !set.profiles || set.profiles.includes(profile));
}

/** Whether the sentence before a list names a user set (its introduction phrases, NFKC, any case). */
export function introducesUserSet(set: ClauseSet, introduction: string): boolean {
  if (!set.introduction || set.introduction.length === 0) return false;
  const sentence = introduction.normalize('NFKC').toLowerCase();
  return set.introduction.some((phrase) => sentence.includes(phrase.normalize('NFKC').toLowerCase()));
}
