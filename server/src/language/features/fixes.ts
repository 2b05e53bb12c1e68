import type { TextEdit } from '../rules/types';
import type { PolicyDiagnostic } from './diagnostics';

/** Applies non-overlapping edits to a text; edits are given in offsets of that text. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
  let result = '';
  let cursor = 0;
  for (const edit of sorted) {
    if (edit.span.start < cursor) continue;
    result += text.slice(cursor, edit.span.start) + edit.newText;
    cursor = edit.span.end;
  }
  return result + text.slice(cursor);
}

/**
 * The edits of every safe fix that does not overlap an earlier one, in document order.
 * One pass; callers repeat until nothing changes to reach a fixed point.
 */
export function collectSafeEdits(diagnostics: readonly PolicyDiagnostic[]): TextEdit[] {
  const chosen: TextEdit[] = [];
  const taken: { start: number; end: number }[] = [];
  const overlaps = (edit: TextEdit) =>
    taken.some((range) => edit.span.start < range.end && edit.span.end > range.start || (edit.span.start === range.start && edit.span.end === range.end));
  for (const diagnostic of diagnostics) {
    const fix = diagnostic.fixes.find((candidate) => candidate.safe);
    if (!fix || fix.edits.some(overlaps)) continue;
    for (const edit of fix.edits) {
      chosen.push(edit);
      taken.push(edit.span);
    }
  }
  // Document order, an insertion before a replacement that starts at the same place: clients that sort
  // edits stably by start only (vscode-languageserver-textdocument) otherwise reject them as overlapping.
  return chosen.sort((a, b) => a.span.start - b.span.start || a.span.end - b.span.end);
}
