import { parseArgs, type ParseArgsConfig } from 'node:util';
import { profileIds, type ProfileId } from '../language/model/types';
import { allRules } from '../language/rules';
import { severities, type MessageLanguage, type Severity } from '../language/rules/types';
import { fail } from './errors';

type Options = NonNullable<ParseArgsConfig['options']>;

/** Options shared by the commands that analyse documents. */
export const analysisOptions = {
  profile: { type: 'string' },
  config: { type: 'string' },
  rule: { type: 'string', multiple: true },
  'message-language': { type: 'string' },
} as const satisfies Options;

export const standardOptions = {
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const satisfies Options;

/** node:util parseArgs, with its long hints about `--` shortened to one line for our users. */
export function parseCommandLine<T extends Options>(command: string, args: string[], options: T) {
  try {
    return parseArgs({ args, options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(message);
    if (unknown) fail(`${command}: unknown option ${unknown[1]} (see policymd ${command} --help)`);
    fail(`${command}: ${message.split('. ')[0]}`);
  }
}

function closest(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Math.max(2, Math.floor(word.length / 3)) + 1;
  for (const candidate of candidates) {
    const distance = editDistance(word, candidate);
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length];
}

function didYouMean(word: string, candidates: readonly string[]): string {
  const suggestion = closest(word, candidates);
  return suggestion ? `; did you mean "${suggestion}"?` : '';
}

export function parseProfile(value: string | undefined): ProfileId | undefined {
  if (value === undefined) return undefined;
  if (!(profileIds as readonly string[]).includes(value)) fail(`unknown profile "${value}" (use ${profileIds.join(', ')})`);
  return value as ProfileId;
}

export function parseMessageLanguage(value: string | undefined): MessageLanguage | undefined {
  if (value === undefined) return undefined;
  if (value !== 'ja' && value !== 'en') fail(`unknown message language "${value}" (use ja or en)`);
  return value;
}

/** `--rule id=severity`, repeatable; a later one for the same rule wins, as on most command lines. */
export function parseRuleOverrides(values: readonly string[] | undefined): Record<string, Severity> {
  const rules: Record<string, Severity> = Object.create(null);
  const ids = allRules.map((rule) => rule.id);
  for (const value of values ?? []) {
    const match = /^([^=:\s]+)\s*[=:]\s*(\S+)$/.exec(value);
    if (!match) fail(`--rule expects id=severity (e.g. --rule pseudo-heading=error), got "${value}"`);
    const [, id, severity] = match;
    if (!ids.includes(id)) fail(`--rule: unknown rule "${id}"${didYouMean(id, ids)} (see policymd rules)`);
    if (!(severities as readonly string[]).includes(severity)) fail(`--rule ${id}: unknown severity "${severity}" (use ${severities.join(', ')})`);
    rules[id] = severity as Severity;
  }
  return rules;
}

export function parseCount(name: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) fail(`--${name} expects a whole number ≥ 0, got "${value}"`);
  return Number(value);
}

export function oneOf<T extends string>(name: string, value: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(value)) fail(`unknown ${name} "${value}" (use ${allowed.join(', ')})`);
  return value as T;
}
