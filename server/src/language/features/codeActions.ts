import type { CodeAction, Diagnostic, Range, TextEdit as LspTextEdit } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../model/types';
import { diagnosticSource, type DiagnosticData, type PolicyDiagnostic } from './diagnostics';
import { collectSafeEdits } from './fixes';

export const fixAllKind = 'source.fixAll.policymd';

const isPosition = (value: unknown): boolean =>
  typeof value === 'object' && value !== null && Number.isInteger((value as { line?: unknown }).line) && Number.isInteger((value as { character?: unknown }).character);

/** The data comes back from the client and may be stale or forged: one bad entry must not fail the whole request. */
function isFix(value: unknown): value is DiagnosticData['fixes'][number] {
  if (typeof value !== 'object' || value === null) return false;
  const fix = value as { title?: unknown; edits?: unknown };
  return (
    typeof fix.title === 'string' &&
    Array.isArray(fix.edits) &&
    fix.edits.every((edit: unknown) => {
      const e = edit as { range?: { start?: unknown; end?: unknown }; newText?: unknown } | null;
      return typeof e === 'object' && e !== null && typeof e.newText === 'string' && typeof e.range === 'object' && e.range !== null && isPosition(e.range.start) && isPosition(e.range.end);
    })
  );
}

function isDiagnosticData(value: unknown): value is DiagnosticData {
  return typeof value === 'object' && value !== null && Array.isArray((value as DiagnosticData).fixes) && (value as DiagnosticData).fixes.every(isFix);
}

/** Quick fixes for the diagnostics the client sends back; they carry their own edits (stateless server). */
export function quickFixes(uri: string, diagnostics: readonly Diagnostic[], version: number): CodeAction[] {
  const actions: CodeAction[] = [];
  for (const diagnostic of diagnostics) {
    if (diagnostic.source !== diagnosticSource || !isDiagnosticData(diagnostic.data)) continue;
    // Edits computed for an older version would land in the wrong place.
    if (diagnostic.data.version !== version) continue;
    diagnostic.data.fixes.forEach((fix, index) => {
      actions.push({
        title: fix.title,
        kind: 'quickfix',
        diagnostics: [diagnostic],
        isPreferred: index === 0,
        edit: { changes: { [uri]: fix.edits.map((edit): LspTextEdit => ({ range: edit.range, newText: edit.newText })) } },
      });
    });
  }
  return actions;
}

/** `source.fixAll.policymd`: every safe fix at once, recomputed from the current text. */
export function fixAllAction(document: PolicyDocument, diagnostics: readonly PolicyDiagnostic[], title: string): CodeAction | undefined {
  const edits = collectSafeEdits(diagnostics);
  if (edits.length === 0) return undefined;
  return {
    title,
    kind: fixAllKind,
    edit: { changes: { [document.uri]: edits.map((edit) => ({ range: document.lines.rangeOf(edit.span), newText: edit.newText })) } },
  };
}

export function rangesOverlap(a: Range, b: Range): boolean {
  const before = (x: Range['start'], y: Range['start']) => x.line < y.line || (x.line === y.line && x.character <= y.character);
  return before(a.start, b.end) && before(b.start, a.end);
}
