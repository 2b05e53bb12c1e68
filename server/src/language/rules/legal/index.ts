import type { PolicyRule } from '../types';
import { alteredExceptionItemRule } from './altered-exception-item';
import { duplicateRecipientRule } from './duplicate-recipient';
import { duplicateSectionRule } from './duplicate-section';
import { duplicateTableItemRule } from './duplicate-table-item';
import { feeAmountRule } from './fee-amount';
import { foreignRecipientInfoRule } from './foreign-recipient-info';
import { incompleteExceptionListRule } from './incomplete-exception-list';
import { jointUseItemsRule } from './joint-use-items';
import { mismatchedExceptionListRule } from './mismatched-exception-list';
import { pseudoTableRule } from './pseudo-table';
import { recipientMismatchRule } from './recipient-mismatch';
import { requiredItemRule } from './required-item';
import { requiredSectionRule } from './required-section';
import { staleArticleReferenceRule } from './stale-article-reference';
import { stalePolicyRule } from './stale-policy';
import { tableShapeRule } from './table-shape';
import { undeclaredDataItemRule } from './undeclared-data-item';
import { vaguePurposeRule } from './vague-purpose';

/** The legal rules, in the order their findings are listed. */
export const legalRules: readonly PolicyRule[] = [
  requiredSectionRule,
  requiredItemRule,
  duplicateSectionRule,
  pseudoTableRule,
  tableShapeRule,
  duplicateTableItemRule,
  duplicateRecipientRule,
  undeclaredDataItemRule,
  recipientMismatchRule,
  jointUseItemsRule,
  foreignRecipientInfoRule,
  feeAmountRule,
  vaguePurposeRule,
  staleArticleReferenceRule,
  stalePolicyRule,
  incompleteExceptionListRule,
  mismatchedExceptionListRule,
  alteredExceptionItemRule,
];
