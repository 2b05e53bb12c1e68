import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { workspaceTrustedNotification, type PolicyInitializationOptions } from '../../server/src/protocol';

/**
 * Tells the server whether the workspace is trusted, at every (re)start and when trust is granted.
 * An untrusted workspace's `.policymd.json` is not read. Call before the client starts.
 */
export function registerWorkspaceTrust(client: LanguageClient): vscode.Disposable {
  const previous: unknown = client.clientOptions.initializationOptions;
  client.clientOptions.initializationOptions = (): PolicyInitializationOptions => ({
    ...(typeof previous === 'function' ? (previous as () => object)() : (previous as object | undefined)),
    workspaceTrusted: vscode.workspace.isTrusted,
  });
  return vscode.workspace.onDidGrantWorkspaceTrust(() => {
    if (client.isRunning()) void client.sendNotification(workspaceTrustedNotification);
  });
}
