import type { PolicyRule } from '../types';
import { contactFormatRule } from './contact-format';
import { crossReferenceRule } from './cross-reference';
import { dateRule } from './date';
import { definedTermRule } from './defined-term';
import { knownMisspellingRule } from './known-misspelling';
import { leftoverPlaceholderRule } from './leftover-placeholder';

/** The content rules, in the order their findings are listed. */
export const contentRules: readonly PolicyRule[] = [definedTermRule, knownMisspellingRule, leftoverPlaceholderRule, contactFormatRule, dateRule, crossReferenceRule];
