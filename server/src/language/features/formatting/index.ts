import type { Nodes, Parent } from 'mdast';
import type { Range, TextEdit } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import { adjacentListGroups, formatListGroup } from './lists';
import { NumberedLineRuns } from './numberedLines';
import { formatTable } from './tables';
import type { FormatUnit, OffsetEdit } from './types';

/** Containers whose children are blocks the formatter looks into; code, HTML and front matter are left as written. */
const blockContainers = new Set(['root', 'blockquote', 'listItem', 'containerDirective', 'footnoteDefinition']);

function collectUnits(document: PolicyDocument): FormatUnit[] {
  const { text, lines } = document;
  const units: FormatUnit[] = [];
  const runs = new NumberedLineRuns(text, lines);

  function visit(parent: Parent): void {
    for (const group of adjacentListGroups(parent as { children: Nodes[] })) {
      const unit = formatListGroup(group, text, lines);
      if (unit) units.push(unit);
    }
    runs.reset();
    parent.children.forEach((child, index) => {
      if (child.type === 'paragraph') {
        runs.paragraph(child, parent.type === 'listItem' && index === 0);
        return;
      }
      runs.reset();
      if (child.type === 'table') {
        const unit = formatTable(child, text, lines);
        if (unit) units.push(unit);
      } else if (child.type === 'list') {
        for (const item of child.children) visit(item);
      } else if (blockContainers.has(child.type) && 'children' in child) visit(child as Parent);
      runs.reset();
    });
    runs.reset();
  }

  visit(document.root);
  units.push(...runs.units());
  return units;
}

function intersects(a: Span, b: Span): boolean {
  return a.start <= b.end && b.start <= a.end;
}

function toTextEdits(document: PolicyDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return [...edits].sort((a, b) => a.span.start - b.span.start).map((edit) => ({ range: document.lines.rangeOf(edit.span), newText: edit.newText }));
}

/**
 * Aligns GFM tables by display width and makes each list consistent in its markers and numbering.
 * Every edit stays within one line and leaves the line ending alone, so CRLF files stay CRLF.
 */
export function formatDocument(document: PolicyDocument): TextEdit[] {
  return toTextEdits(document, collectUnits(document).flatMap((unit) => unit.edits));
}

/** Formats the tables and lists that intersect the range, each as a whole. */
export function formatRange(document: PolicyDocument, range: Range): TextEdit[] {
  const wanted = document.lines.spanOf(range);
  return toTextEdits(
    document,
    collectUnits(document)
      .filter((unit) => intersects(unit.span, wanted))
      .flatMap((unit) => unit.edits),
  );
}
