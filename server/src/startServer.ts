import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { ErrorCodes, LSPErrorCodes, ResponseError, TextDocuments, type CancellationToken, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigCache, configFileName, findConfigFile, type LoadedConfig } from './configFiles';
import { serverCapabilities } from './capabilities';
import { createPolicyLanguageService, type DocumentSettings } from './language';
import { documentStatus } from './language/features/documentStatus';
import { renderForRequest } from './language/features/render';
import type { MessageLanguage } from './language/rules/types';
import { documentStatusRequest, renderRequest, workspaceTrustedNotification, type PolicyInitializationOptions } from './protocol';
import { SettingsCache } from './settings';
import { matchesSymbolQuery } from './language/features/workspaceSymbols';
import { WorkspaceIndex } from './workspaceIndex';

const diagnosticsDelayMs = 150;
const injectedFaults = new Set((process.env.POLICYMD_FAULT_INJECT ?? '').split(',').filter(Boolean));

function directoryOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return dirname(fileURLToPath(uri));
  } catch {
    return undefined;
  }
}

/** Wires the connection to the engine. Every handler looks the document up and calls the engine. */
export function startServer(connection: Connection): void {
  const documents = new TextDocuments(TextDocument);
  const service = createPolicyLanguageService();
  const configs = new ConfigCache();
  const pending = new Map<string, NodeJS.Timeout>();
  const reportedConfigFiles = new Set<string>();
  let settingsCache: SettingsCache | undefined;
  let clientLanguage: MessageLanguage = 'en';
  const workspaceIndex = new WorkspaceIndex();
  let workspaceFoldersSupported = false;
  // An untrusted workspace's .policymd.json is not read: it is workspace content the user has not vouched for.
  let workspaceTrusted = true;

  async function settingsFor(uri: string): Promise<DocumentSettings> {
    const editor = settingsCache ? await settingsCache.get(uri) : undefined;
    const directory = directoryOf(uri);
    const loaded: LoadedConfig = directory && workspaceTrusted ? configs.forDirectory(directory) : { config: {}, problems: [] };
    reportConfigProblems(loaded);
    const messageLanguage = editor?.messageLanguage && editor.messageLanguage !== 'auto' ? editor.messageLanguage : (loaded.config.messageLanguage ?? clientLanguage);
    return { profile: editor?.profile ?? 'auto', messageLanguage, rules: editor?.rules, config: loaded.config, maxFullAnalysisSize: editor?.maxFullAnalysisSize };
  }

  /** A broken `.policymd.json` is shown on the file itself; the defaults stay in force meanwhile. */
  function reportConfigProblems(loaded: LoadedConfig): void {
    if (!loaded.path) return;
    const uri = pathToFileURL(loaded.path).href;
    const messages = loaded.error ? [loaded.error] : loaded.problems.map((problem) => `${problem.path ? `${problem.path}: ` : ''}${problem.message}`);
    if (messages.length === 0 && !reportedConfigFiles.has(uri)) return;
    reportedConfigFiles.add(uri);
    void connection.sendDiagnostics({
      uri,
      diagnostics: messages.map((message) => ({
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        severity: 1,
        source: 'policymd',
        message: `${configFileName}: ${message}`,
      })),
    });
  }

  function guard<T>(name: string, fallback: T, run: () => Promise<T> | T): Promise<T> {
    return Promise.resolve()
      .then(run)
      .catch((error: unknown) => {
        connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
        return fallback;
      });
  }

  /** A request whose handler throws is answered with an error (not a silent empty result) and the server keeps serving. */
  function guardRequest<T>(name: string, run: () => Promise<T> | T): Promise<T> {
    return Promise.resolve()
      .then(() => {
        // Test-only hook: POLICYMD_FAULT_INJECT=render,codeAction makes those handlers throw.
        if (injectedFaults.has(name)) throw new Error(`fault injected into ${name}`);
        return run();
      })
      .catch((error: unknown) => {
        if (error instanceof ResponseError) throw error;
        const message = error instanceof Error ? error.message : String(error);
        connection.console.error(`${name} failed: ${error instanceof Error ? (error.stack ?? message) : message}`);
        throw new ResponseError(LSPErrorCodes.RequestFailed, `Policy Markdown: ${name} failed: ${message}`);
      });
  }

  async function publishDiagnostics(textDocument: TextDocument): Promise<void> {
    const version = textDocument.version;
    const settings = await settingsFor(textDocument.uri);
    const current = documents.get(textDocument.uri);
    // A newer version arrived while settings were fetched: its own run will publish.
    if (!current || current.version !== version) return;
    const diagnostics = service.getDiagnostics(current, settings, () => documents.get(textDocument.uri)?.version !== version);
    if (documents.get(textDocument.uri)?.version !== version) return;
    await connection.sendDiagnostics({ uri: textDocument.uri, version, diagnostics });
  }

  function schedule(textDocument: TextDocument): void {
    clearTimeout(pending.get(textDocument.uri));
    pending.set(
      textDocument.uri,
      setTimeout(() => {
        pending.delete(textDocument.uri);
        void guard('diagnostics', undefined, () => publishDiagnostics(textDocument));
      }, diagnosticsDelayMs),
    );
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    clientLanguage = params.locale?.toLowerCase().startsWith('ja') ? 'ja' : 'en';
    workspaceTrusted = (params.initializationOptions as PolicyInitializationOptions | undefined)?.workspaceTrusted !== false;
    settingsCache = new SettingsCache(connection, Boolean(params.capabilities.workspace?.configuration));
    workspaceIndex.setFolders(params.workspaceFolders ? params.workspaceFolders.map((folder) => folder.uri) : params.rootUri ? [params.rootUri] : []);
    workspaceFoldersSupported = Boolean(params.capabilities.workspace?.workspaceFolders);
    return { capabilities: serverCapabilities, serverInfo: { name: 'policy-markdown', version: '0.1.0' } };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache?.clear();
    configs.clear();
    documents.all().forEach(schedule);
  });

  connection.onDidChangeWatchedFiles(() => {
    workspaceIndex.invalidate();
    configs.clear();
    documents.all().forEach(schedule);
  });

  connection.onNotification(workspaceTrustedNotification, () => {
    workspaceTrusted = true;
    configs.clear();
    documents.all().forEach(schedule);
  });

  documents.onDidChangeContent((change) => schedule(change.document));
  documents.onDidClose((event) => {
    clearTimeout(pending.get(event.document.uri));
    pending.delete(event.document.uri);
    service.forget(event.document.uri);
    settingsCache?.delete(event.document.uri);
    void connection.sendDiagnostics({ uri: event.document.uri, diagnostics: [] });
  });

  const withDocument = <T>(name: string, uri: string, fallback: T, token: CancellationToken | undefined, run: (document: TextDocument, settings: DocumentSettings) => T) =>
    guardRequest(name, async () => {
      const document = documents.get(uri);
      if (!document) return fallback;
      const settings = await settingsFor(uri);
      return token?.isCancellationRequested ? fallback : run(document, settings);
    });

  connection.onCodeAction((params, token) =>
    withDocument('codeAction', params.textDocument.uri, [], token, (document, settings) => service.getCodeActions(document, params.range, params.context, settings)),
  );
  connection.onDocumentSymbol((params, token) =>
    withDocument('documentSymbol', params.textDocument.uri, [], token, (document, settings) => service.getDocumentSymbols(document, settings)),
  );
  connection.onCompletion((params, token) =>
    withDocument('completion', params.textDocument.uri, null, token, (document, settings) => service.getCompletions(document, params.position, settings)),
  );
  connection.onHover((params, token) =>
    withDocument('hover', params.textDocument.uri, null, token, (document, settings) => service.getHover(document, params.position, settings)),
  );
  connection.onDocumentFormatting((params, token) =>
    withDocument('formatting', params.textDocument.uri, [], token, (document, settings) => service.formatDocument(document, settings)),
  );
  connection.onDocumentRangeFormatting((params, token) =>
    withDocument('rangeFormatting', params.textDocument.uri, [], token, (document, settings) => service.formatRange(document, params.range, settings)),
  );
  connection.onRequest(renderRequest, (params, token) =>
    withDocument('render', params.textDocument.uri, null, token, (document, settings) => renderForRequest(service, document, settings, params)),
  );

  connection.onFoldingRanges((params, token) =>
    withDocument('foldingRange', params.textDocument.uri, [], token, (document, settings) => service.getFoldingRanges(document, settings)),
  );
  connection.onSelectionRanges((params, token) =>
    withDocument('selectionRange', params.textDocument.uri, [], token, (document, settings) => service.getSelectionRanges(document, params.positions, settings)),
  );
  connection.onDefinition((params, token) =>
    withDocument('definition', params.textDocument.uri, [], token, (document, settings) => service.getDefinition(document, params.position, settings)),
  );
  connection.onReferences((params, token) =>
    withDocument('references', params.textDocument.uri, [], token, (document, settings) =>
      service.getReferences(document, params.position, params.context.includeDeclaration, settings),
    ),
  );
  connection.onDocumentHighlight((params, token) =>
    withDocument('documentHighlight', params.textDocument.uri, [], token, (document, settings) => service.getDocumentHighlights(document, params.position, settings)),
  );
  connection.onPrepareRename((params, token) =>
    withDocument('prepareRename', params.textDocument.uri, null, token, (document, settings) => service.prepareRename(document, params.position, settings) ?? null),
  );
  // A refused name must reach the writer as the error of the request, so this handler does not go through guard.
  connection.onRenameRequest(async (params) => {
    const document = documents.get(params.textDocument.uri);
    if (!document) return null;
    const result = service.rename(document, params.position, params.newName, await settingsFor(params.textDocument.uri));
    if (!result) return null;
    if ('error' in result) throw new ResponseError(ErrorCodes.InvalidRequest, result.error);
    return result.edit;
  });
  connection.onWorkspaceSymbol((params, token) =>
    guard('workspaceSymbol', [], async () => {
      // Asking for the folders each time keeps up with added and removed folders without a change subscription.
      if (workspaceFoldersSupported) {
        const folders = await connection.workspace.getWorkspaceFolders().catch(() => undefined);
        if (folders) workspaceIndex.setFolders(folders.map((folder) => folder.uri));
      }
      const open = documents.all();
      const symbols = await workspaceIndex.symbols(
        open,
        async (document, isOpen) => {
          const found = service.getWorkspaceSymbols(document, await settingsFor(document.uri));
          if (!isOpen) service.forget(document.uri);
          return found;
        },
        () => token.isCancellationRequested,
      );
      return symbols.filter((symbol) => matchesSymbolQuery(symbol, params.query));
    }),
  );
  connection.onRequest(documentStatusRequest, (params, token) =>
    withDocument('documentStatus', params.textDocument.uri, null, token, (document, settings) => {
      const directory = directoryOf(document.uri);
      const configPath = directory ? findConfigFile(directory) : undefined;
      const status = documentStatus(service.getDocument(document, settings), settings);
      return { ...status, configFile: configPath ? pathToFileURL(configPath).href : undefined, configIgnored: Boolean(configPath) && !workspaceTrusted };
    }),
  );
  // Test-only: the load test asks for the heap after a full collection (server started with --expose-gc).
  if (process.env.POLICYMD_TEST_HOOKS === '1') {
    connection.onRequest('policyMarkdown/test/memory', () => {
      (globalThis as { gc?: () => void }).gc?.();
      return { ...process.memoryUsage(), openDocuments: documents.all().length, pendingDiagnostics: pending.size };
    });
  }

  documents.listen(connection);
  connection.listen();
}
