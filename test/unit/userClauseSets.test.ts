import * as assert from 'node:assert/strict';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { builtInLibrary, clauseLibrary, validateClauseSets } from '../../server/src/language/clauses/user';
import { matchClauseList } from '../../server/src/language/clauses/match';
import { validateConfig } from '../../server/src/language/config';
import { applyEdits } from '../../server/src/language/features/fixes';
import { renderPolicy, renderPolicyPage } from '../../server/src/language/features/render';
import { acmeIntroduction, acmeOutsourcing, configWithClauseSets } from './clauseSetFixtures';
import { analyze, joinLines } from './helpers';

/** The shared Acme clause with two more items: one to return or erase, and an optional audit item. */
const outsourcing = {
  ...acmeOutsourcing,
  items: [
    ...acmeOutsourcing.items,
    { id: 'return', text: '契約が終了したときは個人情報を返却し又は消去すること', short: { ja: '返却・消去', en: 'Return or erasure' } },
    { id: 'audit', text: '当社が委託先の取扱状況を監査できること', short: 'Audit', core: false },
  ],
};

const configWith = configWithClauseSets;
const config = configWith(outsourcing);
const intro = acmeIntroduction;
const policy = (...items: string[]) => joinLines('# プライバシーポリシー', '', '## 業務の委託', '', intro, '', ...items.map((item) => `- ${item}`), '');
const withoutSubcontract = policy('委託先に秘密保持の義務を課すこと', '委託した業務の目的以外での利用を禁止すること', '契約が終了したときは個人情報を返却し又は消去すること');

function findings(text: string, settings: Partial<DocumentSettings> = {}) {
  return analyze(text, { config, ...settings }).diagnostics.filter((d) => d.ruleId === 'incomplete-exception-list');
}

suite('User clause sets: configuration', () => {
  test('a valid set is kept as written', () => {
    assert.deepEqual(config.clauseSets?.[0], outsourcing);
  });

  test('bad sets and items are dropped with a problem each, the rest kept, nothing thrown', () => {
    const good = { id: 'acme-short', title: { ja: '短い', en: 'Short' }, items: [{ id: 'a', text: 'あ' }, { id: 'b', text: 'い' }] };
    const { config: result, problems } = validateConfig({
      clauseSets: [
        good,
        { ...good, id: 'appi-27-1' },
        { ...good, id: 'outsourcing' },
        { ...good, id: 'acme-short' },
        { ...good, id: 'acme-one', items: [{ id: 'a', text: 'あ' }] },
        { ...good, id: 'acme-bad-item', items: [{ id: 'a', text: 'あ' }, { id: 'b', text: 'い' }, { id: 'B C', text: 'う' }] },
        { ...good, id: 'acme-untitled', title: { ja: '題' } },
        { ...good, id: 'acme-regex', introduction: [''] },
        { ...good, id: 'acme-profile', profiles: ['jp'] },
        { ...good, id: 'acme-extra', pattern: '.*' },
      ],
    });
    assert.deepEqual(result.clauseSets?.map((set) => set.id), ['acme-short', 'acme-bad-item']);
    assert.deepEqual(result.clauseSets?.[1].items.map((item) => item.id), ['a', 'b']);
    assert.deepEqual(problems.map((problem) => problem.path), [
      'clauseSets.1', 'clauseSets.2', 'clauseSets.3', 'clauseSets.4', 'clauseSets.5.items.2', 'clauseSets.6', 'clauseSets.7', 'clauseSets.8', 'clauseSets.9',
    ]);
    assert.match(problems[0].message, /reserved/);
    assert.match(problems[2].message, /already taken/);
  });

  test('size limits: more than 50 sets, 30 items or 1000 characters of text are refused', () => {
    const problems: { path: string; message: string }[] = [];
    const set = (id: string) => ({ id, title: { ja: 'a', en: 'a' }, items: [{ id: 'a', text: 'あ' }, { id: 'b', text: 'い' }] });
    const kept = validateClauseSets(Array.from({ length: 52 }, (_, i) => set(`acme-s${i}`)), problems);
    assert.equal(kept?.length, 50);
    assert.deepEqual(problems.map((p) => p.path), ['clauseSets']);
    const many = { ...set('acme-many'), items: Array.from({ length: 31 }, (_, i) => ({ id: `i${i}`, text: 'あ' })) };
    const long = { ...set('acme-long'), items: [{ id: 'a', text: 'あ'.repeat(1001) }, { id: 'b', text: 'い' }, { id: 'c', text: 'う' }] };
    const result = validateConfig({ clauseSets: [many, long] });
    assert.deepEqual(result.config.clauseSets?.map((s) => s.id), ['acme-long']);
    assert.deepEqual(result.problems.map((p) => p.path), ['clauseSets.0', 'clauseSets.1.items.0']);
  });

  test('the library merges user sets after the built-in ones and is reused for the same configuration', () => {
    const library = clauseLibrary(config);
    assert.equal(clauseLibrary(config), library);
    assert.equal(clauseLibrary({}), builtInLibrary);
    assert.equal(library.sets.length, builtInLibrary.sets.length + 1);
    assert.ok(library.getSet('appi-27-1'));
    assert.equal(library.getItem('acme-outsourcing.subcontract')?.statute, outsourcing.items[2].text);
    assert.equal(library.getItem('acme-outsourcing.audit')?.optional, true);
    assert.equal(builtInLibrary.getSet('acme-outsourcing'), undefined);
  });
});

suite('User clause sets: recognition and incomplete-exception-list', () => {
  test('the matcher recognises a list of the set and names its missing items', () => {
    const sets = clauseLibrary(config).sets;
    const [best] = matchClauseList(['委託先に秘密保持の義務を課すこと', '契約が終了したときは個人情報を返却し又は消去すること'], { sets, candidates: ['acme-outsourcing'], introduction: intro });
    assert.equal(best.setId, 'acme-outsourcing');
    assert.equal(best.introductionMatches, true);
    assert.deepEqual(best.missingItemIds, ['acme-outsourcing.purpose', 'acme-outsourcing.subcontract', 'acme-outsourcing.audit']);
  });

  test('a list lacking a core item is reported with the set title; the optional item is not', () => {
    const found = findings(withoutSubcontract);
    assert.equal(found.length, 1);
    assert.equal(found[0].messageId, 'acme-outsourcing');
    assert.match(found[0].message, /Acme standard outsourcing clause/);
    assert.match(found[0].message, /"Subcontracting"/);
    assert.doesNotMatch(found[0].message, /Audit/);
    const japanese = analyze(withoutSubcontract, { config, messageLanguage: 'ja' }).diagnostics.find((d) => d.ruleId === 'incomplete-exception-list');
    assert.match(japanese?.message ?? '', /アクメ社 委託先標準条項.*再委託の制限/);
  });

  test('recognised from its items alone, without the configured introduction', () => {
    const text = joinLines('## 委託', '', '委託先には次のことを求めます。', '', '- 委託先に秘密保持の義務を課すこと', '- 委託した業務の目的以外での利用を禁止すること', '- 再委託には当社の事前の書面による承諾を必要とすること', '');
    assert.deepEqual(findings(text).map((d) => d.messageId), ['acme-outsourcing']);
  });

  test('under the configured introduction one matching item is enough; without it, one is a coincidence', () => {
    const oneItem = (introduction: string) => joinLines('## 委託', '', introduction, '', '- 委託先に秘密保持の義務を課すこと', '- 委託先の所在地を確認すること', '');
    assert.deepEqual(findings(oneItem(intro)).map((d) => d.messageId), ['acme-outsourcing']);
    assert.deepEqual(findings(oneItem('委託先には次のことを求めます。')), []);
  });

  test('a complete list, no configuration, or a profile the set excludes: no finding', () => {
    const complete = policy(...outsourcing.items.slice(0, 4).map((item) => item.text));
    assert.deepEqual(findings(complete), []);
    assert.deepEqual(findings(withoutSubcontract, { config: {} }), []);
    const pmarkOnly = configWith({ ...outsourcing, profiles: ['jp-pmark'] });
    assert.deepEqual(findings(withoutSubcontract, { config: pmarkOnly, profile: 'jp-appi' }), []);
    assert.equal(findings(withoutSubcontract, { config: pmarkOnly, profile: 'jp-pmark' }).length, 1);
  });

  test('the quick fix inserts the missing item verbatim where the set puts it, and then nothing is missing', () => {
    const [finding] = findings(withoutSubcontract);
    const fix = finding.fixes[0];
    assert.ok(fix, 'a fix is offered');
    assert.equal(fix.safe, false);
    assert.match(fix.title.en, /Subcontracting/);
    const fixed = applyEdits(withoutSubcontract, fix.edits);
    assert.equal(fixed, policy(outsourcing.items[0].text, outsourcing.items[1].text, outsourcing.items[2].text, outsourcing.items[3].text));
    assert.deepEqual(findings(fixed), []);
  });

  test('the statutory lists are still checked beside a user set', () => {
    const text = joinLines('## 第三者提供', '', '当社は、次の場合を除き、あらかじめお客様の同意を得ないで個人データを第三者に提供しません。', '', '- 法令に基づく場合', '- 人の生命、身体又は財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき', '');
    assert.deepEqual(findings(text).map((d) => d.messageId), ['appi-27-1']);
  });

  test('an English set under eu-gdpr is checked once the rule is turned on there', () => {
    const english = configWith({
      id: 'acme-processors',
      title: { ja: '処理者条項', en: 'Processor terms' },
      introduction: ['contracts with our processors'],
      items: [
        { id: 'instructions', text: 'process personal data only on our documented instructions', short: 'Instructions' },
        { id: 'confidentiality', text: 'ensure that persons authorised to process the data are bound by confidentiality', short: 'Confidentiality' },
        { id: 'deletion', text: 'delete or return all personal data at the end of the service', short: 'Deletion' },
      ],
    });
    const text = joinLines('# Privacy notice', '', '## Processors', '', 'Our contracts with our processors require them to:', '', '- process personal data only on our documented instructions', '- delete or return all personal data at the end of the service', '');
    assert.deepEqual(findings(text, { config: english, profile: 'eu-gdpr' }), [], 'off under eu-gdpr by default');
    const on = findings(text, { config: { ...english, rules: { 'incomplete-exception-list': 'info' } }, profile: 'eu-gdpr' });
    assert.deepEqual(on.map((d) => d.messageId), ['acme-processors']);
    assert.match(on[0].message, /Processor terms.*"Confidentiality"/);
  });

  test('one service: changing the configuration changes the findings for the same document version', () => {
    const service = createPolicyLanguageService();
    const document = TextDocument.create('file:///a.policy.md', 'policy-markdown', 1, withoutSubcontract);
    const run = (settings: DocumentSettings) => service.computeDiagnostics(document, settings).filter((d) => d.ruleId === 'incomplete-exception-list').map((d) => d.messageId);
    assert.deepEqual(run({ messageLanguage: 'en', config: {} }), []);
    assert.deepEqual(run({ messageLanguage: 'en', config }), ['acme-outsourcing']);
    const renamed = configWith({ ...outsourcing, id: 'acme-vendors' });
    assert.deepEqual(run({ messageLanguage: 'en', config: renamed }), ['acme-vendors']);
    assert.deepEqual(run({ messageLanguage: 'en', config: {} }), []);
  });
});

function cursor(source: string): { text: string; offset: number } {
  const offset = source.indexOf('|');
  assert.ok(offset >= 0);
  return { text: source.slice(0, offset) + source.slice(offset + 1), offset };
}

function complete(source: string, settings: Partial<DocumentSettings> = { config }): CompletionItem[] {
  const { text, offset } = cursor(source);
  const document = TextDocument.create('file:///c.policy.md', 'policy-markdown', 1, text);
  return createPolicyLanguageService().getCompletions(document, document.positionAt(offset), { messageLanguage: 'en', ...settings }).items;
}

function hover(source: string, settings: Partial<DocumentSettings> = { config }): string | undefined {
  const { text, offset } = cursor(source);
  const document = TextDocument.create('file:///h.policy.md', 'policy-markdown', 1, text);
  const result = createPolicyLanguageService().getHover(document, document.positionAt(offset), { messageLanguage: 'en', ...settings });
  return result ? (result.contents as MarkupContent).value : undefined;
}

suite('User clause sets: completion, hover and rendering', () => {
  test('a new item at the end of the list offers the missing items, optional ones included, verbatim', () => {
    const source = withoutSubcontract.replace(/\n$/u, '\n- |\n');
    const items = complete(source);
    const ids = items.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter(Boolean);
    assert.deepEqual(ids, ['acme-outsourcing.subcontract', 'acme-outsourcing.audit']);
    assert.equal(items[0].label, 'Subcontracting');
    assert.equal(items[0].detail, 'Acme standard outsourcing clause');
    assert.ok(items[0].textEdit && 'range' in items[0].textEdit);
    assert.equal(items[0].textEdit.newText, outsourcing.items[2].text);
    assert.match((items[1].documentation as MarkupContent).value, /optional item/);
    assert.deepEqual(complete(source, { config: {} }).filter((item) => String((item.data as { clauseItemId?: string } | undefined)?.clauseItemId).startsWith('acme')), []);
  });

  test('an empty list under the configured introduction offers every item of the set', () => {
    const items = complete(joinLines('## 業務の委託', '', intro, '', '- |', ''));
    assert.deepEqual(items.filter((item) => item.data && 'clauseItemId' in item.data).map((item) => item.label), ['Confidentiality', 'No other use', 'Subcontracting', 'Return or erasure', outsourcing.items[4].short]);
  });

  test('::clause{ref=" offers the user set after the statutory ones, with its title', () => {
    const items = complete('::clause{ref="|');
    const user = items.find((item) => item.label === 'acme-outsourcing');
    assert.ok(user, 'the user set is offered');
    assert.equal(user.detail, 'Acme standard outsourcing clause');
    assert.equal(items[items.length - 1], user);
    assert.equal(complete('::clause{ref="|', { config: {} }).some((item) => item.label === 'acme-outsourcing'), false);
  });

  test('hover on a recognised item shows the set, the item and its exact text', () => {
    const source = withoutSubcontract.replace('目的以外での', '目的以外|での');
    const value = hover(source);
    assert.ok(value, 'a hover is shown');
    assert.match(value, /Acme standard outsourcing clause/);
    assert.match(value, /No other use/);
    assert.ok(value.includes(outsourcing.items[1].text));
    assert.match(value, /core item/);
    assert.equal(hover(source, { config: {} }), undefined);
  });

  test('hover on ::clause{ref="<user id>"} lists the items, marking the optional one', () => {
    const value = hover('::clause{ref="acme-out|sourcing"}\n');
    assert.ok(value);
    assert.match(value, /Acme standard outsourcing clause/);
    assert.match(value, /5\. Audit \(optional\)/);
  });

  test('::clause{ref="<user id>"} renders the items as written; without the configuration it is a visible notice', () => {
    const text = joinLines('# プライバシーポリシー', '', '::clause{ref="acme-outsourcing"}', '');
    const document = analyze(text, { config }).document;
    const html = renderPolicy(document, clauseLibrary(config)).html;
    for (const item of outsourcing.items) assert.ok(html.includes(item.text), `${item.id} is rendered`);
    assert.ok(!html.includes('clause-missing'));
    assert.match(renderPolicy(document).html, /clause-missing/);
    assert.ok(renderPolicyPage(document, { clauses: clauseLibrary(config) }).includes(outsourcing.items[2].text));
  });
});
