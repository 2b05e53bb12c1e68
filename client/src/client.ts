import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { policyLanguageId } from './languageSwitch';

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: policyLanguageId }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.policymd.json') },
    outputChannel,
    traceOutputChannel: outputChannel,
  };
  return new LanguageClient('policyMarkdown', 'Policy Markdown', serverOptions, clientOptions);
}
