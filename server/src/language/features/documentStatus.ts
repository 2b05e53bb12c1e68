import type { DocumentLanguage, PolicyDocument, ProfileId, SettingSource } from '../model/types';
import { allRules } from '../rules';
import { defaultSeverityFor, type MessageLanguage, type PolicyRule, type Severity } from '../rules/types';
import { ruleSeverity, type AnalysisSettings } from './diagnostics';

/** Where a rule's severity came from, so a writer can see which layer to change. */
export type RuleSeveritySource = 'settings' | 'config' | 'profile';

export interface RuleState {
  readonly id: string;
  readonly severity: Severity;
  readonly source: RuleSeveritySource;
  /** The profile's own severity, shown beside an override. */
  readonly defaultSeverity: Severity;
  /** One line, in the message language. */
  readonly description: string;
  readonly fixable: boolean;
}

/** What the status bar shows and `Show Rules` lists for one document. */
export interface DocumentStatus {
  readonly profile: ProfileId;
  readonly profileSource: SettingSource;
  /** Short name for the status bar: APPI, P-mark, GDPR. */
  readonly profileLabel: string;
  readonly language: DocumentLanguage;
  readonly languageSource: SettingSource;
  readonly messageLanguage: MessageLanguage;
  readonly rules: readonly RuleState[];
}

const profileLabels: Readonly<Record<ProfileId, { ja: string; en: string }>> = {
  'jp-appi': { ja: 'APPI', en: 'APPI' },
  'jp-pmark': { ja: 'Pマーク', en: 'P-mark' },
  'eu-gdpr': { ja: 'GDPR', en: 'GDPR' },
  none: { ja: 'プロファイルなし', en: 'No profile' },
};

function stateOf(rule: PolicyRule, document: PolicyDocument, settings: AnalysisSettings): RuleState {
  const defaultSeverity = defaultSeverityFor(rule, document.profile);
  const source: RuleSeveritySource = settings.rules?.[rule.id] ? 'settings' : settings.config?.rules?.[rule.id] ? 'config' : 'profile';
  // The severity itself comes from the function the diagnostics use, so the list cannot disagree with them.
  const severity = ruleSeverity(rule, document, settings);
  return { id: rule.id, severity, source, defaultSeverity, description: rule.description[settings.messageLanguage], fixable: rule.fixable };
}

export function documentStatus(document: PolicyDocument, settings: AnalysisSettings, rules: readonly PolicyRule[] = allRules): DocumentStatus {
  return {
    profile: document.profile,
    profileSource: document.profileSource,
    profileLabel: profileLabels[document.profile][settings.messageLanguage],
    language: document.language,
    languageSource: document.languageSource,
    messageLanguage: settings.messageLanguage,
    rules: rules.map((rule) => stateOf(rule, document, settings)),
  };
}
