import * as vscode from 'vscode';

export const policyLanguageId = 'policy-markdown';

/** True when a Markdown text opens with YAML front matter that has a `policy:` key (DESIGN §2). */
export function declaresPolicy(text: string): boolean {
  const match = /^\ufeff?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/.exec(text.slice(0, 8192));
  return match !== null && /^policy[ \t]*:/m.test(match[1]);
}

async function switchIfPolicy(document: vscode.TextDocument, log: vscode.OutputChannel): Promise<void> {
  if (document.languageId !== 'markdown' || !declaresPolicy(document.getText())) return;
  await vscode.languages.setTextDocumentLanguage(document, policyLanguageId);
  log.appendLine(`Opened ${document.uri.toString()} as Policy Markdown (its front matter has a policy: key).`);
}

/** Switches plain `.md` documents that declare a policy to Policy Markdown, on open and for those already open. */
export function registerLanguageSwitch(log: vscode.OutputChannel): vscode.Disposable {
  for (const document of vscode.workspace.textDocuments) void switchIfPolicy(document, log);
  return vscode.workspace.onDidOpenTextDocument((document) => void switchIfPolicy(document, log));
}
