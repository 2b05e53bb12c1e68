import * as assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService } from '../../server/src/language';
import { profileIds } from '../../server/src/language/model/types';
import { allRules } from '../../server/src/language/rules';
import { severities, type Finding, type LocalizedText } from '../../server/src/language/rules/types';
import { fixturesDir, repoRoot } from './helpers';

interface Setting {
  description?: string;
  markdownDescription?: string;
  enum?: string[];
  properties?: Record<string, Setting>;
  additionalProperties?: Setting;
}

const readJson = (path: string) => JSON.parse(readFileSync(join(repoRoot, path), 'utf8'));
const manifest = readJson('package.json');
const nls: Record<'en' | 'ja', Record<string, string>> = { en: readJson('package.nls.json'), ja: readJson('package.nls.ja.json') };
const settings = manifest.contributes.configuration.properties as Record<string, Setting>;
const regenerate = 'run npm run settings-schema';

function nlsKey(value: string | undefined): string | undefined {
  return /^%([^%]+)%$/.exec(value ?? '')?.[1];
}

function filesUnder(directory: string): string[] {
  return readdirSync(directory, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/** The literal keys passed to vscode.l10n.t in the client sources. */
function clientL10nKeys(): Map<string, string> {
  const keys = new Map<string, string>();
  for (const file of filesUnder(join(repoRoot, 'client', 'src')).filter((path) => path.endsWith('.ts'))) {
    const source = readFileSync(file, 'utf8');
    for (const match of source.matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) keys.set(match[2].replace(/\\(.)/g, '$1'), file);
    for (const call of source.matchAll(/l10n\.t\(\s*(?!['"`])/g)) assert.fail(`${file}: l10n.t must be called with a literal string so the bundle can be checked (at ${call.index})`);
  }
  return keys;
}

const placeholders = (text: string) => [...text.matchAll(/\{\d+\}/g)].map((match) => match[0]).sort();
const japanese = /[\u3040-\u30ff\u3400-\u9fff]/;

suite('Settings and commands are localised, and the rules setting follows the registry', () => {
  test('Every setting has a description key with an English and a Japanese string', () => {
    assert.ok(Object.keys(settings).length >= 7);
    for (const [name, setting] of Object.entries(settings)) {
      assert.match(name, /^policyMarkdown\./);
      const key = nlsKey(setting.description ?? setting.markdownDescription);
      assert.ok(key, `${name} has a %key% description`);
      assert.ok(nls.en[key]?.trim(), `package.nls.json has ${key}`);
      assert.ok(japanese.test(nls.ja[key] ?? ''), `package.nls.ja.json has a Japanese ${key}`);
    }
  });

  test('Every command title and category is localised or the product name', () => {
    for (const command of manifest.contributes.commands as { command: string; title: string; category?: string }[]) {
      const key = nlsKey(command.title);
      assert.ok(key, `${command.command} has a %key% title`);
      assert.ok(nls.en[key] && nls.ja[key], `${command.command}: ${key} in both nls files`);
      assert.notEqual(nls.en[key], nls.ja[key], `${key} is translated`);
      assert.ok(!command.category || command.category === 'Policy Markdown' || nlsKey(command.category));
    }
    assert.ok((manifest.contributes.commands as { command: string }[]).some((command) => command.command === 'policyMarkdown.showRules'));
  });

  test('Both nls files have the same keys, and every key is used by the manifest', () => {
    assert.deepEqual(Object.keys(nls.ja).sort(), Object.keys(nls.en).sort());
    const used = new Set([...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]));
    assert.deepEqual(Object.keys(nls.en).filter((key) => !used.has(key)), []);
  });

  test(`Every rule id is in the policyMarkdown.rules schema with its description in both languages (${regenerate})`, () => {
    const rules = settings['policyMarkdown.rules'];
    assert.deepEqual(Object.keys(rules.properties ?? {}), allRules.map((rule) => rule.id), regenerate);
    for (const rule of allRules) {
      const property = rules.properties?.[rule.id];
      assert.deepEqual(property?.enum, [...severities], `${rule.id} severities`);
      const key = nlsKey(property?.description);
      assert.ok(key, `${rule.id} has a %key% description`);
      assert.equal(nls.en[key], rule.description.en, `${key} (${regenerate})`);
      assert.equal(nls.ja[key], rule.description.ja, `${key} (${regenerate})`);
    }
    assert.deepEqual(rules.additionalProperties?.enum, [...severities], 'ids of rules from newer versions still take a severity');
  });

  test('The README names every setting and every command', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    for (const name of Object.keys(settings)) assert.ok(readme.includes(`\`${name}\``), `README.md mentions \`${name}\``);
    for (const command of manifest.contributes.commands as { title: string }[]) {
      const title = nls.en[nlsKey(command.title) ?? ''];
      assert.ok(readme.includes(title), `README.md mentions the command ${title}`);
    }
  });

  test('The enums of the settings are the values the server accepts', () => {
    assert.deepEqual(settings['policyMarkdown.profile'].enum, ['auto', ...profileIds]);
    assert.deepEqual(settings['policyMarkdown.messageLanguage'].enum, ['auto', 'ja', 'en']);
  });

  test('Workspace trust is declared as limited, with a localised description', () => {
    const trust = manifest.capabilities.untrustedWorkspaces;
    assert.equal(trust.supported, 'limited');
    const key = nlsKey(trust.description);
    assert.ok(key && nls.en[key].includes('.policymd.json') && nls.ja[key].includes('.policymd.json'));
  });

  test('The schema and the l10n bundles are contributed and packaged', () => {
    const files = manifest.files as string[];
    assert.ok(files.includes('schemas/') && files.includes('l10n/'));
    assert.deepEqual(manifest.contributes.jsonValidation, [{ fileMatch: '.policymd.json', url: './schemas/policymd.schema.json' }]);
    assert.ok(existsSync(join(repoRoot, 'schemas', 'policymd.schema.json')));
    assert.equal(manifest.l10n, './l10n');
  });
});

suite('Client strings are in the Japanese l10n bundle', () => {
  const bundle = readJson('l10n/bundle.l10n.ja.json') as Record<string, string>;

  test('Every vscode.l10n.t key in client/src has a Japanese string with the same placeholders', () => {
    const keys = clientL10nKeys();
    assert.ok(keys.size >= 10, `found ${keys.size} keys`);
    for (const [key, file] of keys) {
      assert.ok(bundle[key], `l10n/bundle.l10n.ja.json lacks "${key}" (used in ${file})`);
      assert.deepEqual(placeholders(bundle[key]), placeholders(key), `placeholders of "${key}"`);
    }
  });

  test('The bundle has no keys the client no longer uses', () => {
    const keys = clientL10nKeys();
    assert.deepEqual(Object.keys(bundle).filter((key) => !keys.has(key)), []);
  });
});

suite('Every message the server shows exists in Japanese and English', () => {
  function fixtureTexts(): string[] {
    return filesUnder(fixturesDir)
      .filter((path) => path.endsWith('.policy.md'))
      .map((path) => readFileSync(path, 'utf8'));
  }

  function checkText(text: LocalizedText, what: string): void {
    assert.ok(text.en.trim() && text.ja.trim(), `${what} has both languages`);
    assert.ok(japanese.test(text.ja), `${what} in Japanese: ${text.ja}`);
    assert.match(text.en, /[A-Za-z]{3}/, `${what} in English: ${text.en}`);
  }

  test('Every finding and fix title of every rule over every fixture', () => {
    const service = createPolicyLanguageService();
    const seen = new Set<string>();
    let version = 0;
    for (const text of fixtureTexts()) {
      const textDocument = TextDocument.create(`file:///fixture-${++version}.policy.md`, 'policy-markdown', 1, text);
      const document = service.getDocument(textDocument, { messageLanguage: 'en' });
      for (const rule of allRules) {
        const findings: Finding[] = [];
        try {
          rule.check({ document, report: (finding) => findings.push(finding) });
        } catch {
          continue; // The engine turns a throwing rule into its own bilingual notice; other suites test rules.
        }
        for (const finding of findings) {
          seen.add(`${rule.id}/${finding.messageId}`);
          checkText(finding.message, `${rule.id}/${finding.messageId}`);
          for (const fix of finding.fixes ?? []) checkText(fix.title, `${rule.id}/${finding.messageId} fix`);
        }
      }
    }
    // Enough distinct messages that the check means something.
    assert.ok(seen.size >= 30, `${seen.size} distinct messages`);
  });

  test('The same document gives the same findings in both languages, worded differently', () => {
    const text = readFileSync(join(fixturesDir, 'documents', 'pasted.policy.md'), 'utf8');
    const service = createPolicyLanguageService();
    const textDocument = TextDocument.create('file:///pasted.policy.md', 'policy-markdown', 1, text);
    const ja = service.computeDiagnostics(textDocument, { messageLanguage: 'ja' });
    const en = service.computeDiagnostics(textDocument, { messageLanguage: 'en' });
    assert.ok(ja.length > 0);
    assert.deepEqual(
      ja.map((d) => `${d.ruleId}/${d.messageId}@${d.span.start}`),
      en.map((d) => `${d.ruleId}/${d.messageId}@${d.span.start}`),
    );
    ja.forEach((d, index) => {
      assert.ok(japanese.test(d.message), d.message);
      assert.notEqual(d.message, en[index].message);
    });
  });
});
