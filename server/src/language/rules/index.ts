import { frontMatterRule } from './front-matter';
import { numberingGapRule } from './numbering-gap';
import { pseudoHeadingRule } from './pseudo-heading';
import type { PolicyRule } from './types';

/** The registry: every rule the engine runs, in the order their findings are listed. */
export const allRules: readonly PolicyRule[] = [frontMatterRule, pseudoHeadingRule, numberingGapRule];

export function getRule(id: string): PolicyRule | undefined {
  return allRules.find((rule) => rule.id === id);
}
