import type { ProfileId, SectionKind } from '../model/types';
import type { LocalizedText, Severity } from '../rules/types';

/**
 * A practice that makes a requirement apply: the law asks for joint-use items only from a business
 * that uses data jointly, for foreign-transfer information only from one that sends data abroad.
 * The legal rules decide from the document whether the practice is present.
 */
export type Practice =
  | 'joint-use' // the document speaks of 共同利用
  | 'foreign-transfer' // a recipient abroad is named
  | 'fee-charged' // a fee for requests is mentioned
  | 'corporation' // the business is a legal person (法人にあっては)
  | 'dpo' // the document names a data protection officer
  | 'consent' // processing relies on consent
  | 'third-country-transfer'; // a GDPR transfer outside the EEA is mentioned

/** Keys of the items a profile can require; stable, reported as the finding's messageId. */
export type ItemKey =
  | 'organization-name'
  | 'address'
  | 'representative'
  | 'request-procedure'
  | 'fee'
  | 'complaint-contact'
  | 'security-measures-detail'
  | 'established-date'
  | 'revised-date'
  | 'inquiry-contact'
  | 'commitment-proper-handling'
  | 'commitment-compliance'
  | 'commitment-leak-prevention'
  | 'commitment-complaints'
  | 'commitment-improvement'
  | 'controller-identity'
  | 'controller-contact'
  | 'legal-basis'
  | 'retention-period'
  | 'data-subject-rights'
  | 'withdraw-consent'
  | 'complaint-authority'
  | 'dpo-contact'
  | 'transfers'
  | 'recipients';

export interface SectionRequirement {
  readonly kind: SectionKind;
  /** Section kinds whose sections satisfy the requirement as well (a 苦情 section for contact). */
  readonly satisfiedBy?: readonly SectionKind[];
  readonly when?: Practice;
  /** The article that makes it required, as cited in messages. */
  readonly basis: LocalizedText;
  /** A heading the writer can use. */
  readonly heading: LocalizedText;
  /** What the section has to say. */
  readonly content: LocalizedText;
  /** Overrides the rule's severity: common practice rather than a statutory duty is 'info'. */
  readonly severity?: Exclude<Severity, 'off'>;
}

export interface ItemRequirement {
  readonly key: ItemKey;
  readonly when?: Practice;
  /** The section kind the item belongs in; when that section is missing, required-section reports it instead. */
  readonly section?: SectionKind;
  readonly basis: LocalizedText;
  readonly label: LocalizedText;
  /** What to add, in a sentence. */
  readonly advice: LocalizedText;
  /** Another rule checks this item in detail (e.g. the fee amount by `fee-amount`). */
  readonly checkedBy?: string;
  readonly severity?: Exclude<Severity, 'off'>;
}

/** A legal profile as data: what a policy under this regime must contain. */
export interface Profile {
  readonly id: ProfileId;
  readonly title: LocalizedText;
  /** The law as applied, with the date from which this reading is in force. */
  readonly law: LocalizedText;
  readonly inForceSince?: string;
  /** Amendments that changed what a policy must say; a policy last revised before one is out of date. */
  readonly amendments: readonly { readonly date: string; readonly what: LocalizedText }[];
  readonly sections: readonly SectionRequirement[];
  readonly items: readonly ItemRequirement[];
  /** Statutory clause sets (clauses/library ids) whose lists the exception-list rules compare against. */
  readonly clauseSets: readonly string[];
}
