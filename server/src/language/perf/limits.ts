import type { PolicyDiagnostic } from '../features/diagnostics';
import type { MessageLanguage, PolicyRule } from '../rules/types';

/**
 * Above this many UTF-8 bytes a document gets only the cheap checks: a full parse of 5 MB takes
 * seconds and over a gigabyte, and no editor stays usable while that runs on every edit.
 */
export const defaultMaxFullAnalysisSize = 2_000_000;

/** Why a document was analysed only in part; carried by the build so diagnostics can say so. */
export interface AnalysisLimit {
  readonly size: number;
  readonly limit: number;
}

/** UTF-8 length, counted only when the UTF-16 length cannot decide against the limit on its own. */
export function exceedsFullAnalysisSize(text: string, limit = defaultMaxFullAnalysisSize): AnalysisLimit | undefined {
  if (!(limit > 0) || text.length * 3 <= limit) return undefined;
  let size = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) size += 1;
    else if (code < 0x800) size += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      size += 4;
      i++;
    } else size += 3;
  }
  return size > limit ? { size, limit } : undefined;
}

/**
 * How much a rule costs on a large document. 'cheap' rules read only the text, the lines and the
 * front matter and still run above the limit; everything else (the default) needs the full model.
 */
export type RuleCost = 'cheap' | 'full';

export function ruleCost(rule: PolicyRule): RuleCost {
  return rule.cost ?? 'full';
}

/** The rules to run on a document: all of them, or only the cheap ones above the limit. */
export function rulesWithinLimit(rules: readonly PolicyRule[], limited: AnalysisLimit | undefined): readonly PolicyRule[] {
  return limited ? rules.filter((rule) => ruleCost(rule) === 'cheap') : rules;
}

const megabytes = (bytes: number) => (bytes / 1_000_000).toFixed(1);

/** The one information diagnostic that says why most checks did not run, at the top of the document. */
export function limitNotice(limited: AnalysisLimit, language: MessageLanguage): PolicyDiagnostic {
  const message = {
    ja: `この文書は ${megabytes(limited.size)} MB あり、全体検査の上限 ${megabytes(limited.limit)} MB を超えているため、軽い検査（フロントマターなど）だけを実行しました。入力中も編集を快適に保つためです。すべての検査を行うには、文書を分割するか、設定 policyMarkdown.maxFullAnalysisSize を大きくしてください。`,
    en: `This document is ${megabytes(limited.size)} MB, above the ${megabytes(limited.limit)} MB limit for full analysis, so only the cheap checks (such as front matter) ran, to keep the editor responsive while you type. Split the document or raise the setting policyMarkdown.maxFullAnalysisSize to run every check.`,
  };
  return { ruleId: 'analysis-limit', messageId: 'size-limit', severity: 'info', message: message[language], span: { start: 0, end: 0 }, fixes: [] };
}
