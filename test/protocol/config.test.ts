import * as assert from 'node:assert/strict';
import { mkdtempSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { DidChangeConfigurationNotification, DidChangeWatchedFilesNotification, FileChangeType, type PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { documentStatusRequest, workspaceTrustedNotification, type DocumentStatusResult } from '../../server/src/protocol';
import { startLspServer, type LspSession } from './lspClient';

// Written for these tests: a Japanese policy whose list skips 3, and nothing else unusual.
const policy = ['# 個人情報保護方針', '', '当社は、次の個人情報を取得します。', '', '1. 氏名', '2. 住所', '4. 電話番号', ''].join('\n');
const codes = (params: PublishDiagnosticsParams) => params.diagnostics.map((d) => String(d.code));
const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;
const text = (message: string | { value: string }) => (typeof message === 'string' ? message : message.value);

suite('.policymd.json, settings, trust and document status over stdio', function () {
  this.timeout(30000);
  let folder: string;
  let uri: string;
  let configPath: string;

  setup(() => {
    folder = realpathSync(mkdtempSync(join(tmpdir(), 'policymd-config-')));
    uri = pathToFileURL(join(folder, 'privacy.policy.md')).href;
    configPath = join(folder, '.policymd.json');
  });
  teardown(() => rmSync(folder, { recursive: true, force: true }));

  async function open(session: LspSession): Promise<PublishDiagnosticsParams> {
    const first = session.next(uri);
    await session.open(uri, policy);
    return first;
  }

  const status = (session: LspSession) => session.connection.sendRequest(documentStatusRequest, { textDocument: { uri } }) as Promise<DocumentStatusResult>;

  test('A changed .policymd.json re-checks the open documents when the client reports the change', async () => {
    const session = await startLspServer();
    try {
      assert.ok(codes(await open(session)).includes('numbering-gap'));
      writeFileSync(configPath, JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
      const rechecked = session.next(uri);
      await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(configPath).href, type: FileChangeType.Created }] });
      assert.ok(!codes(await rechecked).includes('numbering-gap'), 'numbering-gap is off after the config change');

      writeFileSync(configPath, JSON.stringify({ rules: { 'numbering-gap': 'error' } }));
      const again = session.next(uri);
      await session.connection.sendNotification(DidChangeWatchedFilesNotification.type, { changes: [{ uri: pathToFileURL(configPath).href, type: FileChangeType.Changed }] });
      const gap = (await again).diagnostics.find((d) => d.code === 'numbering-gap');
      assert.equal(gap?.severity, 1, 'and an error once the config says so');
    } finally {
      await session.stop();
    }
  });

  test('policy/documentStatus names the profile, its source and every rule with the layer its severity comes from', async () => {
    writeFileSync(configPath, JSON.stringify({ profile: 'jp-pmark', rules: { 'numbering-gap': 'off', date: 'error' } }));
    const session = await startLspServer({ locale: 'ja' });
    try {
      await open(session);
      const result = await status(session);
      assert.equal(result.profile, 'jp-pmark');
      assert.equal(result.profileSource, 'config');
      assert.equal(result.profileLabel, 'Pマーク');
      assert.equal(result.language, 'ja');
      assert.equal(result.messageLanguage, 'ja');
      assert.equal(result.configFile, pathToFileURL(configPath).href);
      assert.equal(result.configIgnored, false);
      const gap = result.rules.find((rule) => rule.id === 'numbering-gap');
      assert.deepEqual({ severity: gap?.severity, source: gap?.source }, { severity: 'off', source: 'config' });
      assert.equal(result.rules.find((rule) => rule.id === 'date')?.severity, 'error');
      const untouched = result.rules.find((rule) => rule.source === 'profile');
      assert.ok(untouched && untouched.severity === untouched.defaultSeverity);
      assert.ok(result.rules.every((rule) => japanese.test(rule.description)), 'descriptions in the message language');
      assert.equal(await session.connection.sendRequest(documentStatusRequest, { textDocument: { uri: 'file:///not/open.policy.md' } }), null);
    } finally {
      await session.stop();
    }
  });

  test('Editor settings override the config file and the display language, and re-check on change', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
    let settings: Record<string, unknown> = { messageLanguage: 'en', rules: { 'numbering-gap': 'warning' } };
    const session = await startLspServer({ locale: 'ja', settings: () => settings });
    try {
      const diagnostics = await open(session);
      const gap = diagnostics.diagnostics.find((d) => d.code === 'numbering-gap');
      assert.equal(gap?.severity, 2, 'the setting turns the rule back on as a warning');
      assert.ok(gap && !japanese.test(text(gap.message).replace(/「[^」]*」|（[^）]*）/g, '')), `English despite the ja display language: ${gap && text(gap.message)}`);
      const result = await status(session);
      assert.equal(result.rules.find((rule) => rule.id === 'numbering-gap')?.source, 'settings');
      assert.equal(result.profileLabel, 'APPI');

      settings = { profile: 'none' };
      const rechecked = session.next(uri);
      await session.connection.sendNotification(DidChangeConfigurationNotification.type, { settings: null });
      const after = await rechecked;
      assert.ok(after.diagnostics.every((d) => japanese.test(text(d.message))), 'back to the display language');
      assert.equal((await status(session)).profile, 'none');
    } finally {
      await session.stop();
    }
  });

  test('In an untrusted workspace .policymd.json is not read until the workspace is trusted', async () => {
    writeFileSync(configPath, JSON.stringify({ profile: 'eu-gdpr', rules: { 'numbering-gap': 'off' } }));
    const session = await startLspServer({ initializationOptions: { workspaceTrusted: false } });
    try {
      assert.ok(codes(await open(session)).includes('numbering-gap'), 'the config is ignored');
      const untrusted = await status(session);
      assert.equal(untrusted.configIgnored, true);
      assert.equal(untrusted.profile, 'jp-appi');
      assert.equal(untrusted.rules.find((rule) => rule.id === 'numbering-gap')?.source, 'profile');

      const rechecked = session.next(uri);
      await session.connection.sendNotification(workspaceTrustedNotification);
      assert.ok(!codes(await rechecked).includes('numbering-gap'), 'read once trusted');
      const trusted = await status(session);
      assert.equal(trusted.configIgnored, false);
      assert.equal(trusted.profile, 'eu-gdpr');
    } finally {
      await session.stop();
    }
  });

  test('Clients that say nothing about trust (other editors) get .policymd.json read', async () => {
    writeFileSync(configPath, JSON.stringify({ rules: { 'numbering-gap': 'off' } }));
    const session = await startLspServer({ initializationOptions: {} });
    try {
      assert.ok(!codes(await open(session)).includes('numbering-gap'));
    } finally {
      await session.stop();
    }
  });
});
