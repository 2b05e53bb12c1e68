import { CodeActionKind, TextDocumentSyncKind, type ServerCapabilities } from 'vscode-languageserver/node';
import { fixAllKind } from './language/features/codeActions';

export const serverCapabilities: ServerCapabilities = {
  textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
  codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, fixAllKind] },
  documentSymbolProvider: { label: 'Policy Markdown' },
  foldingRangeProvider: true,
  selectionRangeProvider: true,
  workspaceSymbolProvider: true,
  definitionProvider: true,
  referencesProvider: true,
  documentHighlightProvider: true,
  renameProvider: { prepareProvider: true },
  workspace: { workspaceFolders: { supported: true } },
  completionProvider: { triggerCharacters: ['「', '『', '"', '“', '#', ' ', ':', '|'], resolveProvider: false },
  hoverProvider: true,
  documentFormattingProvider: true,
  documentRangeFormattingProvider: true,
};
