import { SymbolKind, type DocumentSymbol } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../model/types';

/** The sections as an outline, nested by level, with the recognised kind in the detail. */
export function documentSymbols(document: PolicyDocument): DocumentSymbol[] {
  const roots: DocumentSymbol[] = [];
  const byIndex = new Map<number, DocumentSymbol>();
  for (const section of document.sections) {
    const name = (section.numbering && !section.title.startsWith(section.numbering.text) ? `${section.numbering.text} ` : '') + section.title;
    const range = document.lines.rangeOf(section.span);
    const selectionRange = document.lines.rangeOf(section.titleSpan.end > section.titleSpan.start ? section.titleSpan : section.headingSpan);
    const symbol: DocumentSymbol = {
      name: name.trim() || '(untitled)',
      detail: [section.kinds.join(', '), section.pseudo ? 'pseudo-heading' : ''].filter(Boolean).join(' · '),
      kind: section.pseudo ? SymbolKind.Key : SymbolKind.String,
      range,
      selectionRange,
      children: [],
    };
    byIndex.set(section.index, symbol);
    const parent = section.parent !== undefined ? byIndex.get(section.parent) : undefined;
    if (parent) parent.children?.push(symbol);
    else roots.push(symbol);
  }
  return roots;
}
