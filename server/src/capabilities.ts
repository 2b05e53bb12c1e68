import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { fixAllKind } from './language/features/codeActions';

export const serverCapabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
  documentSymbolProvider: { label: 'Policy Markdown' },
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
};
