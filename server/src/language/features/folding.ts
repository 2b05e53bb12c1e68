import { FoldingRangeKind, type FoldingRange } from 'vscode-languageserver-types';
import { spanOf } from '../model/text';
import type { PolicyDocument } from '../model/types';
import type { Span } from '../text/positions';
import type { Nodes } from 'mdast';

/** The last line of a span that has something on it: a fold never swallows the blank lines before the next block. */
function lastFilledLine(document: PolicyDocument, span: Span): number {
  let end = Math.max(span.start, span.end - 1);
  while (end > span.start && /\s/.test(document.text[end])) end--;
  return document.lines.lineAt(end);
}

function rangeOf(document: PolicyDocument, span: Span, kind?: FoldingRangeKind): FoldingRange | undefined {
  const startLine = document.lines.lineAt(span.start);
  const endLine = lastFilledLine(document, span);
  if (endLine <= startLine) return undefined;
  return kind ? { startLine, endLine, kind } : { startLine, endLine };
}

/** Fenced code and multi-line HTML comments anywhere in the tree (suppression blocks, notes to editors). */
function blockFolds(document: PolicyDocument, node: Nodes, into: FoldingRange[]): void {
  const span = spanOf(node);
  if (span && node.type === 'code') pushRange(into, rangeOf(document, span));
  if (span && node.type === 'html' && node.value.trimStart().startsWith('<!--')) pushRange(into, rangeOf(document, span, FoldingRangeKind.Comment));
  if ('children' in node) for (const child of node.children as Nodes[]) blockFolds(document, child, into);
}

function pushRange(into: FoldingRange[], range: FoldingRange | undefined): void {
  if (range) into.push(range);
}

/**
 * Folds for front matter, sections (real and pseudo-headings), lists and their multi-line items,
 * tables (pseudo-tables too), code and comments. Editors keep one fold per start line, so where two
 * start on the same line the larger one is kept.
 */
export function foldingRanges(document: PolicyDocument): FoldingRange[] {
  const ranges: FoldingRange[] = [];
  if (document.frontMatter) pushRange(ranges, rangeOf(document, document.frontMatter.span));
  for (const section of document.sections) pushRange(ranges, rangeOf(document, section.span));
  for (const list of document.lists) {
    pushRange(ranges, rangeOf(document, list.span));
    for (const item of list.items) pushRange(ranges, rangeOf(document, item.span));
  }
  for (const table of document.tables) pushRange(ranges, rangeOf(document, table.span));
  blockFolds(document, document.root, ranges);
  const byStart = new Map<number, FoldingRange>();
  for (const range of ranges) {
    const kept = byStart.get(range.startLine);
    if (!kept || kept.endLine < range.endLine) byStart.set(range.startLine, range);
  }
  return [...byStart.values()].sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
