import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv';
import fc from 'fast-check';
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
  [
    'required items',
    {
      requiredItems: [
        { id: 'dpo', keywords: ['個人情報保護管理者'], message: { ja: '管理者を書いてください。', en: 'Name the officer.' }, section: 'contact', severity: 'warning', profiles: ['jp-pmark'], insert: '個人情報保護管理者: ○○' },
        { id: 'iso.27001', patterns: ['ISO\\s*27001'], message: { ja: 'ISO 27001 に触れてください。', en: 'Mention ISO 27001.' } },
      ],
    },
  ],
  ['every section kind', { headingSynonyms: Object.fromEntries(sectionKindIds.map((kind) => [kind, ['見出し']])) }],
  [
    'clause sets',
    {
      clauseSets: [
        {
          id: 'acme-outsourcing',
          title: { ja: '委託先標準条項', en: 'Standard outsourcing clause' },
          introduction: ['委託先との契約'],
          items: [{ id: 'confidentiality', text: '秘密保持義務を課すこと', short: '秘密保持', core: true }, { id: 'audit', text: '監査できること', short: { ja: '監査', en: 'Audit' }, core: false }],
          profiles: ['jp-appi', 'jp-pmark'],
        },
        { id: 'acme-vendor-2', title: { ja: 'あ', en: 'a' }, items: [{ id: '1', text: 'あ' }, { id: 'b-2', text: 'い' }] },
      ],
    },
  ],
  ['no clause sets', { clauseSets: [] }],
];

/** Configurations the engine reports a problem for; the editor must underline them too. */
const bad: [string, unknown][] = [
  ['an array', [1, 2]],
  ['required item without keywords or patterns', { requiredItems: [{ id: 'x', message: { ja: 'あ', en: 'a' } }] }],
  ['required item with an unknown section', { requiredItems: [{ id: 'x', keywords: ['a'], message: { ja: 'あ', en: 'a' }, section: 'nope' }] }],
  ['required item with severity off', { requiredItems: [{ id: 'x', keywords: ['a'], message: { ja: 'あ', en: 'a' }, severity: 'off' }] }],
  ['required item with an unknown profile', { requiredItems: [{ id: 'x', keywords: ['a'], message: { ja: 'あ', en: 'a' }, profiles: ['jp'] }] }],
  ['required item id with a space', { requiredItems: [{ id: 'a b', keywords: ['a'], message: { ja: 'あ', en: 'a' } }] }],
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
  ...((): [string, unknown][] => {
    const set = { id: 'acme-set', title: { ja: 'あ', en: 'a' }, items: [{ id: 'a', text: 'あ' }, { id: 'b', text: 'い' }] };
    const items = (...extra: unknown[]) => ({ clauseSets: [{ ...set, items: [...set.items, ...extra] }] });
    return [
      ['clause sets as an object', { clauseSets: set }],
      ['clause set with a built-in id', { clauseSets: [{ ...set, id: 'appi-27-1' }] }],
      ['clause set in the reserved gdpr namespace', { clauseSets: [{ ...set, id: 'gdpr-custom' }] }],
      ['clause set id without a namespace', { clauseSets: [{ ...set, id: 'outsourcing' }] }],
      ['clause set id in capitals', { clauseSets: [{ ...set, id: 'Acme-Set' }] }],
      ['clause set without a title', { clauseSets: [{ ...set, title: undefined }] }],
      ['clause set title in one language', { clauseSets: [{ ...set, title: { ja: 'あ' } }] }],
      ['clause set with one item', { clauseSets: [{ ...set, items: [set.items[0]] }] }],
      ['clause set with 31 items', { clauseSets: [{ ...set, items: Array.from({ length: 31 }, (_, i) => ({ id: `i${i}`, text: 'あ' })) }] }],
      ['51 clause sets', { clauseSets: Array.from({ length: 51 }, (_, i) => ({ ...set, id: `acme-s${i}` })) }],
      ['clause set with an unknown key', { clauseSets: [{ ...set, pattern: '.*' }] }],
      ['clause set with an empty introduction phrase', { clauseSets: [{ ...set, introduction: [''] }] }],
      ['clause set with an unknown profile', { clauseSets: [{ ...set, profiles: ['jp'] }] }],
      ['clause set with no profiles', { clauseSets: [{ ...set, profiles: [] }] }],
      ['clause item without text', items({ id: 'c' })],
      ['clause item with blank text', items({ id: 'c', text: '   ' })],
      ['clause item text over two lines', items({ id: 'c', text: '一行目\n二行目' })],
      ['clause item text over 1000 characters', items({ id: 'c', text: 'あ'.repeat(1001) })],
      ['clause item id with a space', items({ id: 'c d', text: 'う' })],
      ['clause item core as a string', items({ id: 'c', text: 'う', core: 'yes' })],
      ['clause item short in one language', items({ id: 'c', text: 'う', short: { en: 'c' } })],
      ['clause item with an unknown key', items({ id: 'c', text: 'う', academic: true })],
    ];
  })(),
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
    assert.deepEqual(schema.properties.clauseSets.items.properties.profiles.items.enum, [...profileIds]);
  });

  test('Random configurations, valid and not: the schema and the engine always agree', () => {
    // Excluded, because the schema cannot express them: a misspelling whose wrong equals its right, more
    // than 1000 entries (the engine ignores the rest), characters outside the BMP (lengths counted differently).
    // Mostly valid, with one wrong value now and then, so that a disagreement anywhere gets reached.
    const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 6 }, { arbitrary: invalid, weight: 1 });
    const shortText = fc.oneof(fc.constantFrom('a', 'ご相談窓口', 'x'.repeat(200)), fc.string({ minLength: 1, maxLength: 5 }));
    const badText = fc.constantFrom('', 'x'.repeat(201));
    const anything = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), badText, fc.constant([]), fc.constant({}));
    const text = mostly(shortText, fc.oneof(badText, anything));
    const list = <T>(item: fc.Arbitrary<T>) => mostly(fc.array(item, { maxLength: 3 }), anything);
    const severity = mostly(fc.constantFrom(...severities), fc.oneof(fc.constantFrom('loud', 'Error'), anything));
    const ruleId = mostly(fc.constantFrom(...allRules.map((rule) => rule.id), 'future-rule'), fc.constantFrom('__proto__', 'constructor', 'prototype'));
    const kind = mostly(fc.constantFrom(...sectionKindIds), fc.constantFrom('nope', '__proto__', 'Contact'));
    const variant = mostly(
      fc.record({ id: text, language: mostly(fc.constantFrom('ja', 'en'), fc.constantFrom('fr', 'JA')), forms: mostly(fc.array(text, { minLength: 1, maxLength: 3 }), anything) }, { requiredKeys: ['forms'] }),
      anything,
    );
    const misspelling = mostly(
      fc.tuple(text, text).filter(([wrong, right]) => wrong !== right).map(([wrong, right]) => ({ wrong, right })),
      fc.oneof(fc.record({ wrong: text }), anything),
    );
    const vocabulary = mostly(
      fc.record({ variants: list(variant), disabledVariants: list(text), misspellings: list(misspelling), other: anything }, { requiredKeys: [] }),
      anything,
    );
    const parts = {
      $schema: mostly(fc.constant('./schemas/policymd.schema.json'), fc.constant('./a.json')),
      profile: mostly(fc.constantFrom(...profileIds), fc.oneof(fc.constantFrom('auto', 'jp-apii'), anything)),
      messageLanguage: mostly(fc.constantFrom('ja', 'en'), fc.oneof(fc.constantFrom('fr', 'auto'), anything)),
      rules: mostly(fc.dictionary(ruleId, severity, { maxKeys: 4 }), anything),
      headingSynonyms: mostly(fc.dictionary(kind, list(text), { maxKeys: 3 }), anything),
      vocabulary,
    };
    // One or two top-level keys at a time (more and nearly every sample has some wrong part), and now and then an unknown key or a non-object.
    const config = fc.oneof(
      { arbitrary: fc.record(parts, { requiredKeys: [] }).filter((value) => Object.keys(value).length <= 2), weight: 10 },
      { arbitrary: fc.record({ unknownKey: anything }), weight: 1 },
      { arbitrary: anything, weight: 1 },
    );
    fc.assert(
      fc.property(config, (value) => {
        // JSON round trip: what a .policymd.json file can hold (own __proto__ keys included).
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        assert.equal(schemaAccepts(parsed), serverAccepts(parsed), `${JSON.stringify(parsed)}: schema ${JSON.stringify(validate.errors)}, engine ${JSON.stringify(validateConfig(parsed).problems)}`);
      }),
      { numRuns: 1000, seed: 7 },
    );
  });

  test('Random clause sets, valid and not: the schema and the engine always agree', () => {
    // One wrong part in about fifteen, so that most samples are valid but for one value somewhere deep.
    const mostly = <T, U>(valid: fc.Arbitrary<T>, invalid: fc.Arbitrary<U>) => fc.oneof({ arbitrary: valid, weight: 15 }, { arbitrary: invalid, weight: 1 });
    const badText = fc.constantFrom('', ' ', '\u3000', 'x'.repeat(201));
    const anything = fc.oneof(fc.constant(null), fc.integer(), fc.boolean(), badText, fc.constant([]), fc.constant({}));
    const text = mostly(fc.oneof(fc.constantFrom('a', '委託先との契約', 'x'.repeat(200)), fc.string({ minLength: 1, maxLength: 5 }).filter((value) => value.trim() !== '')), fc.oneof(badText, anything));
    const list = <T>(item: fc.Arbitrary<T>) => mostly(fc.array(item, { maxLength: 3 }), anything);
    // Ids unique (the engine refuses duplicates, which a JSON schema cannot express).
    const unique = (value: unknown) => (typeof value === 'object' && value !== null && 'id' in value ? (value as { id: unknown }).id : JSON.stringify(value));
    const localized = mostly(fc.record({ ja: text, en: text }), fc.oneof(fc.record({ ja: text }), anything));
    const clauseItem = mostly(
      fc.record({
        id: mostly(fc.constantFrom('a', 'b-2', 'c', '1'), fc.constantFrom('A', 'a b', '', '-a')),
        text: mostly(fc.constantFrom('秘密保持義務を課すこと', 'x', 'あ'.repeat(1000)), fc.oneof(fc.constantFrom(' ', 'あ'.repeat(1001), 'a\nb', 'a\r'), anything)),
        short: mostly(fc.oneof(text, localized), anything),
        core: mostly(fc.boolean(), anything),
      }, { requiredKeys: ['id', 'text'] }),
      anything,
    );
    const setFields = {
      id: mostly(fc.constantFrom('acme-a', 'acme-b-2', 'x1-y'), fc.constantFrom('appi-x', 'gdpr-y', 'acme', 'Acme-a', 'acme--a')),
      title: localized,
      introduction: list(text),
      items: mostly(fc.uniqueArray(clauseItem, { selector: unique, minLength: 2, maxLength: 4 }), fc.oneof(fc.array(clauseItem, { maxLength: 1 }), anything)),
      profiles: mostly(fc.uniqueArray(fc.constantFrom(...profileIds), { minLength: 1, maxLength: 2 }), fc.oneof(fc.constant([]), fc.constant(['jp']), anything)),
    };
    const clauseSet = mostly(
      fc.record(setFields, { requiredKeys: ['id', 'title', 'items'] }),
      fc.oneof(fc.record({ ...setFields, other: fc.constant('an unknown key') }), anything),
    );
    const config = fc.record({ clauseSets: mostly(fc.uniqueArray(clauseSet, { selector: unique, maxLength: 2 }), anything) });
    fc.assert(
      fc.property(config, (value) => {
        const parsed: unknown = JSON.parse(JSON.stringify(value));
        assert.equal(schemaAccepts(parsed), serverAccepts(parsed), `${JSON.stringify(parsed)}: schema ${JSON.stringify(validate.errors)}, engine ${JSON.stringify(validateConfig(parsed).problems)}`);
      }),
      { numRuns: 1000, seed: 11 },
    );
  });

  test('requiredItems (organisation-specific items): id, keywords or patterns, and a bilingual message', () => {
    assert.ok(schemaAccepts({ requiredItems: [{ id: 'dpo-name', keywords: ['個人情報保護管理者'], message: { ja: '個人情報保護管理者を書いてください。', en: 'Name the privacy officer.' }, section: 'contact', severity: 'warning' }] }));
    assert.ok(schemaAccepts({ requiredItems: [{ id: 'iso', patterns: ['ISO\\s*27001'], message: { ja: 'ISO 27001 に触れてください。', en: 'Mention ISO 27001.' } }] }));
    assert.ok(!schemaAccepts({ requiredItems: [{ id: 'neither', message: { ja: '書いてください。', en: 'Write it.' } }] }));
    assert.ok(!schemaAccepts({ requiredItems: [{ id: 'no-message' }] }));
    assert.ok(!schemaAccepts({ requiredItems: [{ id: 'half', message: { en: 'English only' } }] }));
    assert.ok(!schemaAccepts({ requiredItems: { id: 'not-a-list' } }));
  });
});
