import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { rulesReference } from '../../server/src/language/rules/documentation';
import { allRules } from '../../server/src/language/rules';
import { repoRoot } from './helpers';

const manifest = JSON.parse(readFileSync(join(repoRoot, 'package.json'), 'utf8'));

suite('Consistency of README, manifest and rule registry', () => {
  test('The README rule reference is the one generated from the registry (npm run rules-table)', () => {
    const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
    assert.ok(readme.includes(rulesReference()), 'README.md is out of date: run npm run rules-table');
  });

  test('Rule ids are unique kebab-case and every rule has both languages', () => {
    const ids = allRules.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const rule of allRules) {
      assert.match(rule.id, /^[a-z]+(?:-[a-z]+)*$/);
      for (const text of [rule.description, rule.rationale]) assert.ok(text.ja.trim() && text.en.trim(), `${rule.id} has ja and en text`);
    }
  });

  test('Every path the manifest contributes exists', () => {
    const paths = [
      manifest.main,
      manifest.icon,
      ...manifest.contributes.languages.map((language: { configuration: string }) => language.configuration),
      ...manifest.contributes.grammars.map((grammar: { path: string }) => grammar.path),
    ];
    for (const path of paths) assert.ok(existsSync(join(repoRoot, path.replace(/^\.\//, ''))) || path.startsWith('./dist/'), `${path} exists`);
  });

  test('Every %key% in the manifest has an English and a Japanese string', () => {
    const keys = [...JSON.stringify(manifest).matchAll(/"%([^%"]+)%"/g)].map((match) => match[1]);
    const en = JSON.parse(readFileSync(join(repoRoot, 'package.nls.json'), 'utf8'));
    const ja = JSON.parse(readFileSync(join(repoRoot, 'package.nls.ja.json'), 'utf8'));
    assert.ok(keys.length > 0);
    for (const key of keys) {
      assert.ok(en[key], `package.nls.json has ${key}`);
      assert.ok(ja[key], `package.nls.ja.json has ${key}`);
    }
  });

  test('The grammar names the scope the manifest declares', () => {
    const grammar = JSON.parse(readFileSync(join(repoRoot, 'syntaxes', 'policy-markdown.tmLanguage.json'), 'utf8'));
    assert.equal(grammar.scopeName, manifest.contributes.grammars[0].scopeName);
  });
});
