import type { PolicyRule } from '../types';
import { brokenLineRule } from './broken-line';
import { doubleBulletRule } from './double-bullet';
import { doubledCharacterRule } from './doubled-character';
import { headingStructureRule } from './heading-structure';
import { notationVariantRule } from './notation-variant';

/** The writing rules, in the order their findings are listed. */
export const writingRules: readonly PolicyRule[] = [headingStructureRule, doubledCharacterRule, brokenLineRule, doubleBulletRule, notationVariantRule];
