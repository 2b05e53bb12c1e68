import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import { validateConfig } from '../../server/src/language/config';
import { sectionKindIds } from '../../server/src/language/model/sectionKinds';
import { profileIds } from '../../server/src/language/model/types';
import { allRules } from '../../server/src/language/rules';
import { severities } from '../../server/src/language/rules/types';
import { repoRoot } from './helpers';

const schema = JSON.parse(readFileSync(join(repoRoot, 'schemas', 'policymd.schema.json'), 'utf8'));
const validate = new Ajv({ allErrors: true, strict: true }).compile(schema);
const schemaAccepts = (value: unknown) => validate(value) === true;
const serverAccepts = (value: unknown) => validateConfig(value).problems.length === 0;
const regenerate = 'run npm run settings-schema';

/** Configurations the engine takes without a problem; the editor must not underline them. */
const good: [string, unknown][] = [
  ['empty', {}],
  ['profile, language and $schema', { $schema: './node_modules/policy-markdown/schemas/policymd.schema.json', profile: 'jp-pmark', messageLanguage: 'ja' }],
  ['known and future rule ids', { rules: { 'numbering-gap': 'off', 'a-rule-from-a-newer-version': 'error' } }],
  ['heading synonyms, including an empty list', { headingSynonyms: { contact: ['ご相談窓口', '連絡方法'], cookies: [] } }],
  [
    'vocabulary',
    {
      vocabulary: {
        variants: [{ id: 'member-site', language: 'ja', forms: ['会員サイト', '会員ページ'] }],
        disabledVariants: ['member-site'],
        misspellings: [{ wrong: 'ポリシイ', right: 'ポリシー' }],
      },
    },
  ],
  ...profileIds.map((profile): [string, unknown] => [`profile ${profile}`, { profile }]),
  ...severities.map((severity): [string, unknown] => [`severity ${severity}`, { rules: Object.fromEntries(allRules.map((rule) => [rule.id, severity])) }]),
  ['every section kind', { headingSynonyms: Object.fromEntries(sectionKindIds.map((kind) => [kind, ['見出し']])) }],
];

/** Configurations the engine reports a problem for; the editor must underline them too. */
const bad: [string, unknown][] = [
  ['an array', [1, 2]],
  ['a string', 'jp-appi'],
  ['null', null],
  ['unknown top-level key', { profiles: 'jp-appi' }],
  ['misspelt profile', { profile: 'jp-apii' }],
  ['message language fr', { messageLanguage: 'fr' }],
  ['rules as a list', { rules: ['numbering-gap'] }],
  ['unknown severity', { rules: { date: 'loud' } }],
  ['numeric severity', { rules: { date: 2 } }],
  ['prototype key in rules', JSON.parse('{"rules":{"__proto__":"error"}}')],
  ['constructor key in rules', { rules: { constructor: 'error' } }],
  ['unknown section kind', { headingSynonyms: { nope: ['x'] } }],
  ['synonyms as a string', { headingSynonyms: { contact: 'お問い合わせ' } }],
  ['empty synonym', { headingSynonyms: { contact: [''] } }],
  ['synonym over 200 characters', { headingSynonyms: { contact: ['あ'.repeat(201)] } }],
  ['headingSynonyms as a list', { headingSynonyms: [] }],
  ['vocabulary as a list', { vocabulary: [] }],
  ['variants as an object', { vocabulary: { variants: {} } }],
  ['variant with one form', { vocabulary: { variants: [{ id: 'x', language: 'ja', forms: ['一つ'] }] } }],
  ['variant in French', { vocabulary: { variants: [{ id: 'x', language: 'fr', forms: ['a', 'b'] }] } }],
  ['variant without id', { vocabulary: { variants: [{ language: 'ja', forms: ['a', 'b'] }] } }],
  ['disabled variant that is a number', { vocabulary: { disabledVariants: [1] } }],
  ['misspelling without right', { vocabulary: { misspellings: [{ wrong: 'a' }] } }],
];

suite('.policymd.json schema (schemas/policymd.schema.json) agrees with the engine', () => {
  test('The schema is itself valid draft-07 and compiles in strict mode', () => {
    assert.equal(schema.$schema, 'http://json-schema.org/draft-07/schema#');
    assert.equal(typeof validate, 'function');
  });

  for (const [name, config] of good) {
    test(`Accepted by both: ${name}`, () => {
      assert.deepEqual(validateConfig(config).problems, [], 'the engine accepts it');
      assert.ok(schemaAccepts(config), `the schema accepts it: ${JSON.stringify(validate.errors)}`);
    });
  }

  for (const [name, config] of bad) {
    test(`Rejected by both: ${name}`, () => {
      assert.ok(!serverAccepts(config), 'the engine reports a problem');
      assert.ok(!schemaAccepts(config), 'the schema reports a problem');
    });
  }

  test(`The lists in the schema are the registry's (${regenerate})`, () => {
    assert.deepEqual(schema.properties.profile.enum, [...profileIds]);
    assert.deepEqual(schema.definitions.severity.enum, [...severities]);
    assert.deepEqual(Object.keys(schema.properties.rules.properties), allRules.map((rule) => rule.id), regenerate);
    for (const rule of allRules) assert.ok(schema.properties.rules.properties[rule.id].description.includes(rule.description.ja), `${rule.id} (${regenerate})`);
    assert.deepEqual(Object.keys(schema.properties.headingSynonyms.properties).sort(), [...sectionKindIds].sort());
  });

  test('requiredItems (organisation-specific items) are accepted loosely: id and a bilingual message', () => {
    assert.ok(schemaAccepts({ requiredItems: [{ id: 'dpo-name', keywords: ['個人情報保護管理者'], message: { ja: '個人情報保護管理者を書いてください。', en: 'Name the privacy officer.' }, section: 'contact', severity: 'warning' }] }));
    assert.ok(schemaAccepts({ requiredItems: [{ id: 'iso', pattern: 'ISO\\s*27001', message: { ja: 'ISO 27001 に触れてください。', en: 'Mention ISO 27001.' } }] }));
    assert.ok(!schemaAccepts({ requiredItems: [{ id: 'no-message' }] }));
    assert.ok(!schemaAccepts({ requiredItems: [{ id: 'half', message: { en: 'English only' } }] }));
    assert.ok(!schemaAccepts({ requiredItems: { id: 'not-a-list' } }));
  });
});
