import type { Diagnostic } from 'vscode-languageserver-types';
import type { PolicyConfig } from '../config';
import { isSuppressed } from '../model/suppressions';
import type { PolicyDocument } from '../model/types';
import { allRules } from '../rules';
import { defaultSeverityFor, type Finding, type Fix, type MessageLanguage, type PolicyRule, type Severity } from '../rules/types';
import type { Span } from '../text/positions';

export const diagnosticSource = 'policymd';
export const rulesDocumentationUrl = 'https://github.com/policy-markdown/policy-markdown/blob/main/README.md';

export interface AnalysisSettings {
  readonly messageLanguage: MessageLanguage;
  /** Per-rule severities from the editor settings; they override the profile and the config file. */
  readonly rules?: Readonly<Record<string, Severity>>;
  readonly config?: PolicyConfig;
}

/** One finding, resolved to a severity and a language; offsets, not positions. */
export interface PolicyDiagnostic {
  readonly ruleId: string;
  readonly messageId: string;
  readonly severity: Exclude<Severity, 'off'>;
  readonly message: string;
  readonly span: Span;
  readonly fixes: readonly Fix[];
}

export function ruleSeverity(rule: PolicyRule, document: PolicyDocument, settings: AnalysisSettings): Severity {
  return settings.rules?.[rule.id] ?? settings.config?.rules?.[rule.id] ?? defaultSeverityFor(rule, document.profile);
}

function clampSpan(span: Span, length: number): Span {
  const start = Math.max(0, Math.min(Number.isFinite(span.start) ? span.start : 0, length));
  const end = Math.max(start, Math.min(Number.isFinite(span.end) ? span.end : start, length));
  return { start, end };
}

/**
 * Runs every enabled rule over the model. A rule that throws yields one diagnostic naming it and
 * never stops the others; findings outside the document are clamped into it.
 */
export function computeDiagnostics(
  document: PolicyDocument,
  settings: AnalysisSettings,
  rules: readonly PolicyRule[] = allRules,
  isCancelled: () => boolean = () => false,
): PolicyDiagnostic[] {
  const diagnostics: PolicyDiagnostic[] = [];
  const language = settings.messageLanguage;
  for (const rule of rules) {
    if (isCancelled()) return diagnostics;
    const severity = ruleSeverity(rule, document, settings);
    if (severity === 'off') continue;
    const found: Finding[] = [];
    try {
      rule.check({ document, config: settings.config, report: (finding) => found.push(finding) });
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      diagnostics.push({
        ruleId: rule.id,
        messageId: 'rule-error',
        severity: 'warning',
        message:
          language === 'ja'
            ? `ルール ${rule.id} の実行中にエラーが起きたため、このルールの検査結果はありません: ${reason}`
            : `Rule ${rule.id} failed on this document, so its findings are missing: ${reason}`,
        span: { start: 0, end: 0 },
        fixes: [],
      });
      continue;
    }
    for (const finding of found) {
      const span = clampSpan(finding.span, document.text.length);
      if (isSuppressed(document.suppressions, rule.id, document.lines.lineAt(span.start))) continue;
      diagnostics.push({
        ruleId: rule.id,
        messageId: finding.messageId,
        severity: finding.severity ?? severity,
        message: finding.message[language],
        span,
        fixes: (finding.fixes ?? []).map((fix) => ({
          ...fix,
          // In document order (see collectSafeEdits): some clients reject an insertion listed after a replacement at the same start.
          edits: fix.edits.map((edit) => ({ span: clampSpan(edit.span, document.text.length), newText: edit.newText })).sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end),
        })),
      });
    }
  }
  return diagnostics.sort((a, b) => a.span.start - b.span.start || a.ruleId.localeCompare(b.ruleId));
}

const lspSeverity = { error: 1, warning: 2, info: 3, hint: 4 } as const;

/** Data attached to each LSP diagnostic: enough to build its quick fixes without recomputing. */
export interface DiagnosticData {
  readonly ruleId: string;
  readonly messageId: string;
  readonly version: number;
  readonly fixes: readonly { readonly title: string; readonly safe: boolean; readonly edits: readonly { range: Diagnostic['range']; newText: string }[] }[];
}

export function toLspDiagnostic(diagnostic: PolicyDiagnostic, document: PolicyDocument, language: MessageLanguage): Diagnostic {
  const data: DiagnosticData = {
    ruleId: diagnostic.ruleId,
    messageId: diagnostic.messageId,
    version: document.version,
    fixes: diagnostic.fixes.map((fix) => ({
      title: fix.title[language],
      safe: fix.safe,
      edits: fix.edits.map((edit) => ({ range: document.lines.rangeOf(edit.span), newText: edit.newText })),
    })),
  };
  return {
    range: document.lines.rangeOf(diagnostic.span),
    severity: lspSeverity[diagnostic.severity],
    code: diagnostic.ruleId,
    codeDescription: { href: `${rulesDocumentationUrl}#${diagnostic.ruleId}` },
    source: diagnosticSource,
    message: diagnostic.message,
    data,
  };
}
