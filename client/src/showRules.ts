import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import type { RuleState } from '../../server/src/protocol';
import { policyLanguageId } from './languageSwitch';
import { requestStatus, showRulesCommand, sourceLabel } from './statusBar';

const rulesDocumentation = 'https://github.com/policy-markdown/policy-markdown/blob/main/README.md';
const profiles = ['auto', 'jp-appi', 'jp-pmark', 'eu-gdpr', 'none'] as const;

const severityIcons: Record<string, string> = { error: '$(error)', warning: '$(warning)', info: '$(info)', hint: '$(lightbulb)', off: '$(circle-slash)' };

interface RuleItem extends vscode.QuickPickItem {
  readonly rule?: RuleState;
  readonly changeProfile?: boolean;
}

function ruleItem(rule: RuleState): RuleItem {
  const overridden = rule.source === 'profile' ? '' : ` · ${vscode.l10n.t('from {0}; the profile says {1}', sourceLabel(rule.source), rule.defaultSeverity)}`;
  return { label: `${severityIcons[rule.severity] ?? ''} ${rule.id}`, description: `${rule.severity}${overridden}`, detail: rule.description, rule };
}

/**
 * Writes `policyMarkdown.profile` for the document's folder. A profile in the front matter wins over
 * settings, so in that case the writer is told to change it there instead.
 */
async function changeProfile(document: vscode.TextDocument, profileSource: string): Promise<void> {
  if (profileSource === 'front-matter') {
    void vscode.window.showInformationMessage(vscode.l10n.t('This policy sets its profile in its front matter (profile:). Change it there.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(profiles.map((profile) => ({ label: profile })), { placeHolder: vscode.l10n.t('Profile for the policies in this folder') });
  if (!picked) return;
  const folder = vscode.workspace.getWorkspaceFolder(document.uri);
  const target = folder ? vscode.ConfigurationTarget.WorkspaceFolder : vscode.ConfigurationTarget.Global;
  await vscode.workspace.getConfiguration('policyMarkdown', document.uri).update('profile', picked.label, target);
}

/** `Policy Markdown: Show Rules`: every rule with its severity for the active policy, and where that severity comes from. */
export function registerShowRules(client: LanguageClient, ready: Promise<void>): vscode.Disposable {
  return vscode.commands.registerCommand(showRulesCommand, async () => {
    const document = vscode.window.activeTextEditor?.document;
    if (!document || document.languageId !== policyLanguageId) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a policy (.policy.md) to see its rules.'));
      return;
    }
    await ready;
    const status = await requestStatus(client, document);
    if (!status) return;
    const enabled = status.rules.filter((rule) => rule.severity !== 'off');
    const disabled = status.rules.filter((rule) => rule.severity === 'off');
    const items: RuleItem[] = [
      {
        label: `$(law) ${vscode.l10n.t('Change profile…')}`,
        description: vscode.l10n.t('{0} ({1})', status.profileLabel, sourceLabel(status.profileSource)),
        changeProfile: true,
      },
      { label: vscode.l10n.t('Enabled ({0})', enabled.length), kind: vscode.QuickPickItemKind.Separator },
      ...enabled.map(ruleItem),
      { label: vscode.l10n.t('Off ({0})', disabled.length), kind: vscode.QuickPickItemKind.Separator },
      ...disabled.map(ruleItem),
    ];
    const title = status.configIgnored
      ? vscode.l10n.t('Rules for {0} — .policymd.json is not read in an untrusted workspace', document.uri.path.split('/').pop() ?? '')
      : vscode.l10n.t('Rules for {0}', document.uri.path.split('/').pop() ?? '');
    const picked = await vscode.window.showQuickPick(items, { title, matchOnDescription: true, matchOnDetail: true, placeHolder: vscode.l10n.t('Pick a rule to read its documentation') });
    if (picked?.changeProfile) await changeProfile(document, status.profileSource);
    else if (picked?.rule) await vscode.env.openExternal(vscode.Uri.parse(`${rulesDocumentation}#${picked.rule.id}`));
  });
}
