import type { PolicyConfig } from '../config';
import type { PolicyDocument, ProfileId } from '../model/types';
import type { Span } from '../text/positions';

export type Severity = 'off' | 'hint' | 'info' | 'warning' | 'error';
export const severities: readonly Severity[] = ['off', 'hint', 'info', 'warning', 'error'];

export type MessageLanguage = 'ja' | 'en';

/** Every text a writer reads exists in both languages; the type makes a missing one a compile error. */
export interface LocalizedText {
  readonly ja: string;
  readonly en: string;
}

export interface TextEdit {
  readonly span: Span;
  readonly newText: string;
}

export interface Fix {
  readonly title: LocalizedText;
  readonly edits: readonly TextEdit[];
  /** Safe fixes change only what they say and are applied by fix-all and `policymd fix`. */
  readonly safe: boolean;
}

export interface Finding {
  readonly span: Span;
  /** A stable key for the specific case (e.g. the missing item), reported as `messageId`. */
  readonly messageId: string;
  readonly message: LocalizedText;
  readonly fixes?: readonly Fix[];
  /** Overrides the rule's severity for this finding (e.g. an unknown key that is a likely typo). */
  readonly severity?: Exclude<Severity, 'off'>;
}

export interface RuleContext {
  readonly document: PolicyDocument;
  /** The validated `.policymd.json` in force, for rules whose data users can extend. */
  readonly config?: PolicyConfig;
  report(finding: Finding): void;
}

/** A rule: metadata plus a pure check over the document model (one rule per file). */
export interface PolicyRule {
  readonly id: string;
  readonly description: LocalizedText;
  readonly tags: readonly string[];
  readonly defaultSeverity: Exclude<Severity, 'off'>;
  /** Severities that differ from the default under a profile; 'off' disables the rule there. */
  readonly profileSeverity?: Readonly<Partial<Record<ProfileId, Severity>>>;
  /** Why the rule exists, with its legal basis where it has one. */
  readonly rationale: LocalizedText;
  readonly legalBasis?: string;
  readonly fixable: boolean;
  /** 'cheap' rules read only the text, lines and front matter and still run above the size limit. */
  readonly cost?: 'cheap' | 'full';
  check(context: RuleContext): void;
}

export function defaultSeverityFor(rule: PolicyRule, profile: ProfileId): Severity {
  return rule.profileSeverity?.[profile] ?? rule.defaultSeverity;
}
