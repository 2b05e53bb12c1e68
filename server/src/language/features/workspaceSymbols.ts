import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import type { PolicyDocument } from '../model/types';
import { documentSymbols } from './documentSymbols';
import type { DocumentSymbol } from 'vscode-languageserver-types';

/**
 * One document's share of the workspace symbols: every section (its kinds in the container name,
 * so that a search for "third-party" finds it) and every defined term. The server gathers these
 * across the policy files of the workspace; the engine never looks at the file system.
 */
export function workspaceSymbolsOf(document: PolicyDocument): WorkspaceSymbol[] {
  const symbols: WorkspaceSymbol[] = [];
  const title = document.sections[0]?.title || document.uri.replace(/^.*\//, '');
  const visit = (symbol: DocumentSymbol, container: string) => {
    symbols.push({
      name: symbol.name,
      kind: symbol.kind,
      containerName: symbol.detail ? `${container} · ${symbol.detail}` : container,
      location: { uri: document.uri, range: symbol.selectionRange },
    });
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  for (const symbol of documentSymbols(document)) visit(symbol, document.uri.replace(/^.*\//, ''));
  for (const term of document.terms) {
    symbols.push({ name: term.term, kind: SymbolKind.Constant, containerName: title, location: { uri: document.uri, range: document.lines.rangeOf(term.span) } });
  }
  return symbols;
}

function normalize(value: string): string {
  return value.normalize('NFKC').toLowerCase();
}

/**
 * VS Code's own rule for workspace symbols: the query's characters appear in order in the name
 * (or its container), ignoring case and full/half width, so 利目 finds 利用目的.
 */
export function matchesSymbolQuery(symbol: WorkspaceSymbol, query: string): boolean {
  const wanted = [...normalize(query).replace(/\s+/g, '')];
  if (wanted.length === 0) return true;
  const subsequence = (value: string) => {
    let at = 0;
    for (const char of normalize(value)) if (char === wanted[at] && ++at === wanted.length) return true;
    return false;
  };
  return subsequence(symbol.name) || subsequence(symbol.containerName ?? '');
}
