import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname } from 'node:path';
import { LSPErrorCodes, ResponseError, TextDocuments, type CancellationToken, type Connection, type InitializeParams, type InitializeResult } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigCache, configFileName, type LoadedConfig } from './configFiles';
import { serverCapabilities } from './capabilities';
import { createPolicyLanguageService, type DocumentSettings } from './language';
import { renderForRequest } from './language/features/render';
import type { MessageLanguage } from './language/rules/types';
import { renderRequest } from './protocol';
import { SettingsCache } from './settings';

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

  async function settingsFor(uri: string): Promise<DocumentSettings> {
    const editor = settingsCache ? await settingsCache.get(uri) : undefined;
    const directory = directoryOf(uri);
    const loaded: LoadedConfig = directory ? configs.forDirectory(directory) : { config: {}, problems: [] };
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
    settingsCache = new SettingsCache(connection, Boolean(params.capabilities.workspace?.configuration));
    return { capabilities: serverCapabilities, serverInfo: { name: 'policy-markdown', version: '0.1.0' } };
  });

  connection.onDidChangeConfiguration(() => {
    settingsCache?.clear();
    configs.clear();
    documents.all().forEach(schedule);
  });

  connection.onDidChangeWatchedFiles(() => {
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
  connection.onRequest(renderRequest, (params, token) =>
    withDocument('render', params.textDocument.uri, null, token, (document, settings) => renderForRequest(service, document, settings, params)),
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
