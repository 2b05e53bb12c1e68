import * as vscode from 'vscode';
import { CloseAction, ErrorAction, LanguageClient, State, TransportKind, type ErrorHandler, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import { policyLanguageId } from './languageSwitch';
import { RestartPolicy, restartMessage } from './restartPolicy';

/**
 * Restarts a server that died, a bounded number of times, then says so once with a way to try again.
 * On each restart vscode-languageclient opens the editor's policy documents again (didOpen), so the new
 * server starts from the text the writer sees.
 */
function restartingErrorHandler(policy: RestartPolicy, outputChannel: vscode.LogOutputChannel): ErrorHandler {
  return {
    error: (_error, _message, count) => ({ action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown }),
    closed: () => {
      const decision = policy.onClosed();
      const message = restartMessage(decision, vscode.env.language);
      if (decision.restart) {
        outputChannel.warn(message);
        return { action: CloseAction.Restart, handled: true };
      }
      outputChannel.error(message);
      const restartLabel = vscode.env.language.toLowerCase().startsWith('ja') ? 'サーバーを再起動' : 'Restart Server';
      void vscode.window.showErrorMessage(message, restartLabel).then((choice) => {
        if (choice === restartLabel) void vscode.commands.executeCommand('policyMarkdown.restartServer');
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    },
  };
}

export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6019'] } },
  };
  const policy = new RestartPolicy();
  const clientOptions: LanguageClientOptions = {
    documentSelector: [{ language: policyLanguageId }],
    synchronize: { fileEvents: vscode.workspace.createFileSystemWatcher('**/.policymd.json') },
    outputChannel,
    traceOutputChannel: outputChannel,
    errorHandler: restartingErrorHandler(policy, outputChannel),
  };
  const client = new LanguageClient('policyMarkdown', 'Policy Markdown', serverOptions, clientOptions);
  // After giving up, the only way back to Running is the writer's own restart: start a fresh record.
  context.subscriptions.push(client.onDidChangeState((event) => event.newState === State.Running && policy.gaveUp && policy.reset()));
  return client;
}
