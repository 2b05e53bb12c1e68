import { contentRules } from './content';
import { frontMatterRule } from './front-matter';
import { legalRules } from './legal';
import { numberingGapRule } from './numbering-gap';
import { pseudoHeadingRule } from './pseudo-heading';
import type { PolicyRule } from './types';
import { writingRules } from './writing';

/** The registry: every rule the engine runs, in the order their findings are listed. */
export const allRules: readonly PolicyRule[] = [frontMatterRule, pseudoHeadingRule, numberingGapRule, ...legalRules, ...writingRules, ...contentRules];

export function getRule(id: string): PolicyRule | undefined {
  return allRules.find((rule) => rule.id === id);
}
