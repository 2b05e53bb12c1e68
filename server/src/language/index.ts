import type { CodeAction, CodeActionContext, Diagnostic, DocumentSymbol, Range } from 'vscode-languageserver-types';
import type { DocumentHighlight, FoldingRange, Location, Position, SelectionRange, WorkspaceSymbol } from 'vscode-languageserver-types';
import { foldingRanges } from './features/folding';
import { definitionAt } from './features/navigation/definition';
import { highlightsAt } from './features/navigation/highlights';
import { referencesAt } from './features/navigation/references';
import { prepareRenameAt, renameAt, type RenameResult } from './features/navigation/rename';
import { selectionRanges } from './features/selectionRanges';
import { workspaceSymbolsOf } from './features/workspaceSymbols';
import type { CompletionList, Hover } from 'vscode-languageserver-types';
import { fixAllAction, fixAllKind, quickFixes, rangesOverlap } from './features/codeActions';
import { computeDiagnostics, toLspDiagnostic, type AnalysisSettings, type PolicyDiagnostic } from './features/diagnostics';
import { documentSymbols } from './features/documentSymbols';
import { completionsAt } from './features/completion';
import { hoverAt } from './features/hover';
import type { TextEdit } from 'vscode-languageserver-types';
import { clauseLibrary } from './clauses/user';
import { formatDocument, formatRange } from './features/formatting';
import { buildPolicyDocument, type ModelOptions } from './model/buildDocument';
import { limitNotice, rulesWithinLimit, type AnalysisLimit } from './perf/limits';
import { clearMemos } from './perf/memo';
import { allRules } from './rules';
import type { PolicyDocument, ProfileId } from './model/types';
import type { ParsedMarkdown } from './parse/markdown';

export type { AnalysisSettings, PolicyDiagnostic } from './features/diagnostics';
export type { PolicyConfig } from './config';
export type { PolicyDocument } from './model/types';
export type { RenameResult } from './features/navigation/rename';

/** The least a document must offer; vscode-languageserver-textdocument's TextDocument fits. */
export interface TextDocumentLike {
  readonly uri: string;
  readonly version: number;
  getText(): string;
}

/** Settings for one document: analysis settings plus the choices that shape the model. */
export interface DocumentSettings extends AnalysisSettings {
  /** 'auto' defers to front matter, `.policymd.json` and the document language. */
  readonly profile?: ProfileId | 'auto';
  /** UTF-8 bytes above which only the cheap rules run (default 2 MB; 0 = no limit). */
  readonly maxFullAnalysisSize?: number;
}

export interface PolicyLanguageService {
  /** The model of a document version, built once and cached until the next version. */
  getDocument(document: TextDocumentLike, settings: DocumentSettings): PolicyDocument;
  /** Findings in offsets and the chosen message language (for the CLI and tests). */
  computeDiagnostics(document: TextDocumentLike, settings: DocumentSettings, isCancelled?: () => boolean): PolicyDiagnostic[];
  getDiagnostics(document: TextDocumentLike, settings: DocumentSettings, isCancelled?: () => boolean): Diagnostic[];
  /** Quick fixes for the diagnostics in `context`, and fix-all when asked for or when the kinds allow it. */
  getCodeActions(document: TextDocumentLike, range: Range, context: CodeActionContext, settings: DocumentSettings): CodeAction[];
  getDocumentSymbols(document: TextDocumentLike, settings: DocumentSettings): DocumentSymbol[];
  /** Sections, lists, tables, front matter, code and comments. */
  getFoldingRanges(document: TextDocumentLike, settings: DocumentSettings): FoldingRange[];
  getSelectionRanges(document: TextDocumentLike, positions: readonly Position[], settings: DocumentSettings): SelectionRange[];
  /** This document's sections and defined terms, for the server to gather across the workspace. */
  getWorkspaceSymbols(document: TextDocumentLike, settings: DocumentSettings): WorkspaceSymbol[];
  /** Defined terms (以下「当社」) and recipients: where defined, where used, and renaming them. */
  getDefinition(document: TextDocumentLike, position: Position, settings: DocumentSettings): Location[];
  getReferences(document: TextDocumentLike, position: Position, includeDeclaration: boolean, settings: DocumentSettings): Location[];
  getDocumentHighlights(document: TextDocumentLike, position: Position, settings: DocumentSettings): DocumentHighlight[];
  prepareRename(document: TextDocumentLike, position: Position, settings: DocumentSettings): { range: Range; placeholder: string } | undefined;
  /** Undefined where nothing can be renamed; an error (in the message language) for a refused name. */
  rename(document: TextDocumentLike, position: Position, newName: string, settings: DocumentSettings): RenameResult | undefined;
  /** Completions at a position: clause items, clause ids, sections, table cells, front matter, terms. */
  getCompletions(document: TextDocumentLike, position: Position, settings: DocumentSettings): CompletionList;
  getHover(document: TextDocumentLike, position: Position, settings: DocumentSettings): Hover | null;
  /** Aligned tables and consistent list markers and numbering; everything else stays byte-identical. */
  formatDocument(document: TextDocumentLike, settings: DocumentSettings): TextEdit[];
  /** Formats the tables and lists that intersect `range`, each as a whole. */
  formatRange(document: TextDocumentLike, range: Range, settings: DocumentSettings): TextEdit[];
  /** Drops what is cached for a closed document. */
  forget(uri: string): void;
}

interface CacheEntry {
  readonly version: number;
  readonly text: string;
  readonly optionsKey: string;
  readonly document: PolicyDocument;
  readonly parse: ParsedMarkdown;
  readonly limited?: AnalysisLimit;
}

function modelOptions(settings: DocumentSettings): ModelOptions {
  return {
    settingsProfile: settings.profile,
    configProfile: settings.config?.profile,
    headingSynonyms: settings.config?.headingSynonyms,
    maxFullAnalysisSize: settings.maxFullAnalysisSize,
  };
}

export function createPolicyLanguageService(): PolicyLanguageService {
  const cache = new Map<string, CacheEntry>();

  function getDocument(textDocument: TextDocumentLike, settings: DocumentSettings): PolicyDocument {
    const text = textDocument.getText();
    const options = modelOptions(settings);
    const optionsKey = JSON.stringify(options);
    const cached = cache.get(textDocument.uri);
    if (cached && cached.version === textDocument.version && cached.optionsKey === optionsKey && cached.text === text) return cached.document;
    const built = buildPolicyDocument(textDocument.uri, textDocument.version, text, options, cached?.parse);
    cache.set(textDocument.uri, { version: textDocument.version, text, optionsKey, document: built.document, parse: built.parse, limited: built.limited });
    return built.document;
  }

  /** Above the size limit only the cheap rules run, and one notice says so rather than leaving findings missing silently. */
  function diagnosticsOf(textDocument: TextDocumentLike, settings: DocumentSettings, isCancelled?: () => boolean): PolicyDiagnostic[] {
    const document = getDocument(textDocument, settings);
    const limited = cache.get(textDocument.uri)?.limited;
    if (!limited) return computeDiagnostics(document, settings, allRules, isCancelled);
    return [limitNotice(limited, settings.messageLanguage), ...computeDiagnostics(document, settings, rulesWithinLimit(allRules, limited), isCancelled)];
  }

  return {
    getDocument,
    computeDiagnostics: diagnosticsOf,
    getDiagnostics(textDocument, settings, isCancelled) {
      const document = getDocument(textDocument, settings);
      return diagnosticsOf(textDocument, settings, isCancelled).map((d) => toLspDiagnostic(d, document, settings.messageLanguage));
    },
    getCodeActions(textDocument, range, context, settings) {
      const document = getDocument(textDocument, settings);
      const wanted = context.only;
      const actions: CodeAction[] = [];
      if (!wanted || wanted.some((kind) => kind === 'quickfix' || 'quickfix'.startsWith(`${kind}.`))) {
        actions.push(...quickFixes(document.uri, context.diagnostics.filter((d) => rangesOverlap(d.range, range)), document.version));
      }
      if (!wanted || wanted.some((kind) => fixAllKind === kind || fixAllKind.startsWith(`${kind}.`))) {
        const title = settings.messageLanguage === 'ja' ? 'Policy Markdown: 安全な修正をすべて適用' : 'Policy Markdown: Apply all safe fixes';
        const fixAll = fixAllAction(document, diagnosticsOf(textDocument, settings), title);
        if (fixAll && (wanted || actions.length > 0 || context.triggerKind === 1)) actions.push(fixAll);
      }
      return actions;
    },
    getDocumentSymbols(textDocument, settings) {
      return documentSymbols(getDocument(textDocument, settings));
    },
    getFoldingRanges: (textDocument, settings) => foldingRanges(getDocument(textDocument, settings)),
    getSelectionRanges: (textDocument, positions, settings) => selectionRanges(getDocument(textDocument, settings), positions),
    getWorkspaceSymbols: (textDocument, settings) => workspaceSymbolsOf(getDocument(textDocument, settings)),
    getDefinition: (textDocument, position, settings) => definitionAt(getDocument(textDocument, settings), position),
    getReferences: (textDocument, position, includeDeclaration, settings) => referencesAt(getDocument(textDocument, settings), position, includeDeclaration),
    getDocumentHighlights: (textDocument, position, settings) => highlightsAt(getDocument(textDocument, settings), position),
    prepareRename: (textDocument, position, settings) => prepareRenameAt(getDocument(textDocument, settings), position),
    rename: (textDocument, position, newName, settings) => renameAt(getDocument(textDocument, settings), position, newName, settings.messageLanguage),
    getCompletions(textDocument, position, settings) {
      const document = getDocument(textDocument, settings);
      return completionsAt(document, document.lines.offsetAt(position), settings.messageLanguage, clauseLibrary(settings.config));
    },
    getHover(textDocument, position, settings) {
      const document = getDocument(textDocument, settings);
      return hoverAt(document, document.lines.offsetAt(position), settings.messageLanguage, clauseLibrary(settings.config));
    },
    formatDocument(textDocument, settings) {
      return formatDocument(getDocument(textDocument, settings));
    },
    formatRange(textDocument, range, settings) {
      return formatRange(getDocument(textDocument, settings), range);
    },
    forget(uri) {
      cache.delete(uri);
      if (cache.size === 0) clearMemos();
    },
  };
}
