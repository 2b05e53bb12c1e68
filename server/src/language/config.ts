import { validateClauseSets, type UserClauseSet } from './clauses/user';
import { isSectionKind } from './model/sectionKinds';
import { profileIds, type ProfileId, type SectionKind } from './model/types';
import { severities, type MessageLanguage, type Severity } from './rules/types';

/** The contents of `.policymd.json`, after validation. */
export interface PolicyConfig {
  readonly profile?: ProfileId;
  readonly messageLanguage?: MessageLanguage;
  readonly rules?: Readonly<Record<string, Severity>>;
  readonly headingSynonyms?: Readonly<Partial<Record<SectionKind, readonly string[]>>>;
  readonly vocabulary?: Vocabulary;
  readonly requiredItems?: readonly UserRequiredItem[];
  /** The organisation's own clause sets, merged with the statutory library (clauses/user.ts). */
  readonly clauseSets?: readonly UserClauseSet[];
}

/**
 * A writer's own required item (a company's DPO line, a certification number …), checked by
 * required-item like the profile's items. Present when a keyword or a pattern occurs in the text
 * (in a section of `section` kind when the document has one).
 */
export interface UserRequiredItem {
  /** Reported as the finding's messageId. */
  readonly id: string;
  readonly keywords?: readonly string[];
  /** Regular expressions (no nested quantifiers, at most 200 characters), matched case-insensitively. */
  readonly patterns?: readonly string[];
  readonly message: { readonly ja: string; readonly en: string };
  readonly section?: SectionKind;
  readonly severity?: Exclude<Severity, 'off'>;
  /** Profiles the item applies to; all but `none` when absent. */
  readonly profiles?: readonly ProfileId[];
  /** Text the quick fix inserts (in the section, else at the end). */
  readonly insert?: string;
}

/** A writer's own spelling variants and misspellings; plain strings only (no patterns, so no ReDoS). */
export interface Vocabulary {
  readonly variants?: readonly { readonly id: string; readonly language: 'ja' | 'en'; readonly forms: readonly string[] }[];
  readonly disabledVariants?: readonly string[];
  readonly misspellings?: readonly { readonly wrong: string; readonly right: string }[];
}

export interface ConfigProblem {
  /** JSON path of the offending value, e.g. `rules.pseudo-heading`. */
  readonly path: string;
  readonly message: string;
}

const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);
const knownTopLevel = ['$schema', 'profile', 'messageLanguage', 'rules', 'headingSynonyms', 'vocabulary', 'requiredItems', 'clauseSets'];
const maxEntries = 1000;
const maxStringLength = 200;

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * Validates untrusted configuration. Bad parts are dropped with a problem each, never thrown, so a
 * broken `.policymd.json` leaves the defaults in force. Keys such as `__proto__` are refused.
 */
export function validateConfig(raw: unknown): { config: PolicyConfig; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  if (!isPlainObject(raw)) return { config: {}, problems: [{ path: '', message: 'The configuration must be a JSON object.' }] };
  const config: { -readonly [K in keyof PolicyConfig]: PolicyConfig[K] } = {};
  for (const key of Object.keys(raw)) {
    if (forbiddenKeys.has(key)) problems.push({ path: key, message: `The key "${key}" is not allowed.` });
    else if (!knownTopLevel.includes(key)) problems.push({ path: key, message: `Unknown setting "${key}". Known settings: ${knownTopLevel.slice(1).join(', ')}.` });
  }
  if (raw.profile !== undefined) {
    if (typeof raw.profile === 'string' && (profileIds as readonly string[]).includes(raw.profile)) config.profile = raw.profile as ProfileId;
    else problems.push({ path: 'profile', message: `"profile" must be one of ${profileIds.join(', ')}.` });
  }
  if (raw.messageLanguage !== undefined) {
    if (raw.messageLanguage === 'ja' || raw.messageLanguage === 'en') config.messageLanguage = raw.messageLanguage;
    else problems.push({ path: 'messageLanguage', message: '"messageLanguage" must be "ja" or "en".' });
  }
  if (raw.rules !== undefined) {
    if (!isPlainObject(raw.rules)) problems.push({ path: 'rules', message: '"rules" must be an object of rule ids to severities.' });
    else {
      const rules: Record<string, Severity> = Object.create(null);
      for (const [id, value] of Object.entries(raw.rules).slice(0, maxEntries)) {
        if (forbiddenKeys.has(id)) problems.push({ path: `rules.${id}`, message: `The key "${id}" is not allowed.` });
        else if (typeof value === 'string' && (severities as readonly string[]).includes(value)) rules[id] = value as Severity;
        else problems.push({ path: `rules.${id}`, message: `Severity of "${id}" must be one of ${severities.join(', ')}.` });
      }
      config.rules = rules;
    }
  }
  if (raw.headingSynonyms !== undefined) {
    if (!isPlainObject(raw.headingSynonyms)) problems.push({ path: 'headingSynonyms', message: '"headingSynonyms" must map section kinds to lists of words.' });
    else {
      const synonyms: Partial<Record<SectionKind, string[]>> = Object.create(null);
      for (const [kind, words] of Object.entries(raw.headingSynonyms).slice(0, maxEntries)) {
        if (!isSectionKind(kind)) problems.push({ path: `headingSynonyms.${kind}`, message: `"${kind}" is not a section kind.` });
        else if (!Array.isArray(words) || !words.every((word) => typeof word === 'string' && word.length > 0 && word.length <= maxStringLength)) {
          problems.push({ path: `headingSynonyms.${kind}`, message: `Synonyms for "${kind}" must be a list of non-empty strings.` });
        } else synonyms[kind] = words.slice(0, maxEntries) as string[];
      }
      config.headingSynonyms = synonyms;
    }
  }
  if (raw.vocabulary !== undefined) config.vocabulary = validateVocabulary(raw.vocabulary, problems);
  if (raw.requiredItems !== undefined) config.requiredItems = validateRequiredItems(raw.requiredItems, problems);
  if (raw.clauseSets !== undefined) config.clauseSets = validateClauseSets(raw.clauseSets, problems);
  return { config, problems };
}

const isShortText = (value: unknown): value is string => typeof value === 'string' && value.length > 0 && value.length <= maxStringLength;

function validateVocabulary(raw: unknown, problems: ConfigProblem[]): Vocabulary | undefined {
  if (!isPlainObject(raw)) {
    problems.push({ path: 'vocabulary', message: '"vocabulary" must be an object with variants, disabledVariants and misspellings.' });
    return undefined;
  }
  const vocabulary: { -readonly [K in keyof Vocabulary]: Vocabulary[K] } = {};
  if (raw.variants !== undefined) {
    if (!Array.isArray(raw.variants)) problems.push({ path: 'vocabulary.variants', message: '"variants" must be a list of { id, language, forms }.' });
    else {
      vocabulary.variants = raw.variants.slice(0, maxEntries).flatMap((entry, index) => {
        if (isPlainObject(entry) && isShortText(entry.id) && (entry.language === 'ja' || entry.language === 'en') && Array.isArray(entry.forms) && entry.forms.length >= 2 && entry.forms.every(isShortText)) {
          return [{ id: entry.id, language: entry.language, forms: entry.forms.slice(0, 20) as string[] }];
        }
        problems.push({ path: `vocabulary.variants.${index}`, message: 'A variant group needs an id, a language (ja or en) and at least two forms.' });
        return [];
      });
    }
  }
  if (raw.disabledVariants !== undefined) {
    if (Array.isArray(raw.disabledVariants) && raw.disabledVariants.every(isShortText)) vocabulary.disabledVariants = raw.disabledVariants.slice(0, maxEntries) as string[];
    else problems.push({ path: 'vocabulary.disabledVariants', message: '"disabledVariants" must be a list of variant group ids.' });
  }
  if (raw.misspellings !== undefined) {
    if (!Array.isArray(raw.misspellings)) problems.push({ path: 'vocabulary.misspellings', message: '"misspellings" must be a list of { wrong, right }.' });
    else {
      vocabulary.misspellings = raw.misspellings.slice(0, maxEntries).flatMap((entry, index) => {
        if (isPlainObject(entry) && isShortText(entry.wrong) && isShortText(entry.right) && entry.wrong !== entry.right) return [{ wrong: entry.wrong, right: entry.right }];
        problems.push({ path: `vocabulary.misspellings.${index}`, message: 'A misspelling needs a "wrong" and a different "right" text.' });
        return [];
      });
    }
  }
  return vocabulary;
}

/** A pattern nested quantifiers cannot blow up on ((a+)+, (a*)*): refused, as a ReDoS guard. */
const nestedQuantifier = /\((?:[^()\\]|\\.)*[+*}](?:[^()\\]|\\.)*\)\s*[+*{]/;

function compilePattern(source: unknown): RegExp | undefined {
  if (!isShortText(source) || nestedQuantifier.test(source)) return undefined;
  try {
    return new RegExp(source, 'iu');
  } catch {
    return undefined;
  }
}

function validateRequiredItems(raw: unknown, problems: ConfigProblem[]): UserRequiredItem[] | undefined {
  if (!Array.isArray(raw)) {
    problems.push({ path: 'requiredItems', message: '"requiredItems" must be a list of { id, keywords or patterns, message: { ja, en } }.' });
    return undefined;
  }
  const seen = new Set<string>();
  return raw.slice(0, maxEntries).flatMap((entry, index): UserRequiredItem[] => {
    const path = `requiredItems.${index}`;
    const fail = (message: string) => {
      problems.push({ path, message });
      return [];
    };
    if (!isPlainObject(entry)) return fail('A required item must be an object.');
    if (!isShortText(entry.id) || !/^[A-Za-z0-9][\w.-]*$/.test(entry.id) || forbiddenKeys.has(entry.id)) return fail('A required item needs an "id" of letters, digits, "-", "_" or ".".');
    if (seen.has(entry.id)) return fail(`The id "${entry.id}" is used twice.`);
    const keywords = entry.keywords === undefined ? [] : Array.isArray(entry.keywords) && entry.keywords.every(isShortText) ? (entry.keywords.slice(0, 50) as string[]) : undefined;
    if (keywords === undefined) return fail('"keywords" must be a list of non-empty strings.');
    const patterns = entry.patterns === undefined ? [] : Array.isArray(entry.patterns) ? entry.patterns.slice(0, 50) : undefined;
    if (patterns === undefined) return fail('"patterns" must be a list of regular expressions.');
    const bad = patterns.findIndex((pattern) => compilePattern(pattern) === undefined);
    if (bad >= 0) return fail(`Pattern ${bad} is not a valid regular expression of at most ${maxStringLength} characters without nested quantifiers.`);
    if (keywords.length + patterns.length === 0) return fail('A required item needs "keywords" or "patterns".');
    const message = entry.message;
    if (!isPlainObject(message) || typeof message.ja !== 'string' || typeof message.en !== 'string' || !message.ja || !message.en || message.ja.length > 1000 || message.en.length > 1000) {
      return fail('A required item needs a "message" with "ja" and "en" texts.');
    }
    if (entry.section !== undefined && !(typeof entry.section === 'string' && isSectionKind(entry.section))) return fail(`"section" must be a section kind.`);
    if (entry.severity !== undefined && !(typeof entry.severity === 'string' && entry.severity !== 'off' && (severities as readonly string[]).includes(entry.severity))) {
      return fail('"severity" must be hint, info, warning or error.');
    }
    if (entry.profiles !== undefined && !(Array.isArray(entry.profiles) && entry.profiles.every((p) => (profileIds as readonly string[]).includes(p as string)))) {
      return fail(`"profiles" must be a list of ${profileIds.join(', ')}.`);
    }
    if (entry.insert !== undefined && !(typeof entry.insert === 'string' && entry.insert.trim() !== '' && entry.insert.length <= 1000)) return fail('"insert" must be a non-empty text.');
    seen.add(entry.id);
    return [
      {
        id: entry.id,
        keywords,
        patterns: patterns as string[],
        message: { ja: message.ja, en: message.en },
        ...(entry.section !== undefined ? { section: entry.section as SectionKind } : {}),
        ...(entry.severity !== undefined ? { severity: entry.severity as Exclude<Severity, 'off'> } : {}),
        ...(entry.profiles !== undefined ? { profiles: entry.profiles as ProfileId[] } : {}),
        ...(entry.insert !== undefined ? { insert: entry.insert as string } : {}),
      },
    ];
  });
}

/** The compiled patterns of a validated user item. */
export function userItemPatterns(item: UserRequiredItem): RegExp[] {
  return (item.patterns ?? []).flatMap((source) => compilePattern(source) ?? []);
}
