import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { CompletionItem, MarkupContent, TextEdit } from 'vscode-languageserver-types';
import { createPolicyLanguageService, type DocumentSettings } from '../../server/src/language';
import { getClauseSet } from '../../server/src/language/clauses/library';
import { frontMatterCompletions } from '../../server/src/language/features/completion/frontMatter';
import { completionContext } from '../../server/src/language/features/completion/context';
import { analyze, joinLines, sharedDir } from './helpers';

const settings: DocumentSettings = { messageLanguage: 'en', profile: 'auto' };

/** Splits a fixture at its cursor marker (the first `marker`) into text and offset. */
function withCursor(source: string, marker = '|'): { text: string; offset: number } {
  const offset = source.indexOf(marker);
  assert.ok(offset >= 0, 'fixture has a cursor marker');
  return { text: source.slice(0, offset) + source.slice(offset + marker.length), offset };
}

function complete(source: string, marker = '|', overrides: Partial<DocumentSettings> = {}): CompletionItem[] {
  const { text, offset } = withCursor(source, marker);
  const service = createPolicyLanguageService();
  const document = TextDocument.create('file:///test.policy.md', 'policy-markdown', 1, text);
  return service.getCompletions(document, document.positionAt(offset), { ...settings, ...overrides }).items;
}

function edit(item: CompletionItem): TextEdit {
  assert.ok(item.textEdit && 'range' in item.textEdit, `${item.label} has a text edit with a range`);
  return item.textEdit;
}

function apply(source: string, item: CompletionItem, marker = '|'): string {
  const { text } = withCursor(source, marker);
  const document = TextDocument.create('file:///x.md', 'md', 1, text);
  return TextDocument.applyEdits(document, [edit(item)]);
}

const clauseIds = (items: readonly CompletionItem[]) => items.map((item) => (item.data as { clauseItemId?: string } | undefined)?.clauseItemId).filter((id): id is string => id !== undefined);

function readSeed(name: string): string {
  const path = join(sharedDir, 'seeds', name);
  assert.ok(existsSync(path), `seed ${name} is in ${sharedDir}/seeds (set POLICYMD_SHARED)`);
  return readFileSync(path, 'utf8');
}

/** The second seed with a line inserted after 1-based line `after`, and the cursor at its end. */
function seedWithLine(after: number, line: string): string {
  const lines = readSeed('003_b5cd9565b03e87a2.txt').split('\n');
  assert.match(lines[after - 1], /業務委託する場合/, 'line 68 of the second seed ends the third-party list');
  lines.splice(after, 0, `${line}|`);
  return lines.join('\n');
}

suite('completion: exception lists', () => {
  test('second seed, new item after line 68: only the Art. 27(1) items the list lacks (5–7)', () => {
    const source = seedWithLine(68, '  - ');
    const items = complete(source);
    assert.deepEqual(clauseIds(items), ['appi-27-1-5', 'appi-27-1-6', 'appi-27-1-7']);
    const first = items[0];
    assert.equal(first.label, 'Publishing or teaching research results');
    const documentation = (first.documentation as MarkupContent).value;
    assert.match(documentation, /APPI Art\. 27\(1\)\(v\)/);
    assert.match(documentation, /第23条第1項/, 'the older article number is shown');
    assert.ok(documentation.includes(getClauseSet('appi-27-1')!.items[4].statute), 'the full statutory text is shown');
    // The policy's own words: 当社 for the business and kana conjunctions like the rest of the seed.
    const inserted = edit(first).newText;
    assert.match(inserted, /^当社が学術研究機関等である場合であって、当該個人データの提供が学術研究の成果の公表または教授のため/);
    const applied = apply(source, first).split('\n');
    assert.equal(applied[68], `  - ${inserted}`, 'the text goes after the marker the writer typed');
  });

  test('second seed, blank line after the list: the items come with the list marker and the indentation', () => {
    const items = complete(seedWithLine(68, ''));
    assert.deepEqual(clauseIds(items), ['appi-27-1-5', 'appi-27-1-6', 'appi-27-1-7']);
    assert.match(edit(items[2]).newText, /^ {2}- 当該第三者が学術研究機関等である場合であって/);
    const all = items.find((item) => /Insert all 3/.test(item.label));
    assert.ok(all, 'one item inserts every missing item');
    assert.equal(edit(all).newText.split('\n').length, 3);
    assert.ok(edit(all).newText.split('\n').every((line) => line.startsWith('  - ')));
  });

  test('an ordered list continues its numbers and uses the document word for the person', () => {
    const source = joinLines(
      '# 第三者提供',
      '',
      'ユーザーの個人データは、次の場合を除き、あらかじめユーザーの同意を得ないで第三者に提供しません。ユーザーの皆様へ。',
      '',
      '1. 法令に基づく場合',
      '2. 人の生命、身体又は財産の保護のために必要がある場合であって、ユーザーの同意を得ることが困難であるとき。',
      '3. |',
    );
    const items = complete(source);
    assert.deepEqual(clauseIds(items), ['appi-27-1-3', 'appi-27-1-4', 'appi-27-1-5', 'appi-27-1-6', 'appi-27-1-7']);
    assert.equal(edit(items[0]).newText, '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、ユーザーの同意を得ることが困難であるとき。');
    const all = edit(items[items.length - 1]).newText.split('\n');
    assert.equal(all.length, 5);
    assert.match(all[0], /^公衆衛生/);
    assert.match(all[1], /^4\. 国の機関若しくは地方公共団体/);
    assert.match(all[4], /^7\. 当該第三者が学術研究機関等/);
  });

  test('numbering written inside the items (（1）…) is continued', () => {
    const source = joinLines(
      '## 個人情報の第三者提供',
      '',
      'お客様の同意を得ずに第三者に提供することはありません。ただし、次の場合を除きます。',
      '',
      '- （1）法令に基づく場合',
      '- （2）人の生命、身体又は財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき。',
      '- （3）公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき。',
      '- |',
    );
    const items = complete(source);
    assert.equal(clauseIds(items)[0], 'appi-27-1-4');
    assert.match(edit(items[0]).newText, /^（4）国の機関若しくは地方公共団体/);
    assert.match(edit(items[items.length - 1]).newText.split('\n')[1], /^- （5）当社が学術研究機関等/);
  });

  test('a number the writer has already typed is kept, and the next items count on from it', () => {
    const source = joinLines(
      '## 第三者提供',
      '',
      '次の場合を除き、お客様の同意なく第三者に提供しません。',
      '',
      '- （1）法令に基づく場合',
      '- （2）人の生命、身体又は財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき。',
      '- （3）|',
    );
    const items = complete(source);
    assert.equal(edit(items[0]).newText, '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき。');
    assert.match(apply(source, items[items.length - 1]).split('\n')[7], /^- （4）国の機関若しくは/);
  });

  test('text after the cursor is never replaced: the start of a paragraph right after a list gets nothing', () => {
    const source = seedWithLine(68, '').replace('|', '|次の段落です。');
    assert.deepEqual(complete(source), []);
  });

  test('a list that is only introduced as an exception list offers the whole set', () => {
    const source = joinLines('## 第三者への提供', '', '当社は、次に掲げる場合を除き、あらかじめ本人の同意を得ないで、個人データを第三者に提供しません。', '', '- |');
    assert.deepEqual(clauseIds(complete(source)), getClauseSet('appi-27-1')!.items.map((item) => item.id));
  });

  test('a list of purposes, or prose, is not an exception list', () => {
    const purposes = joinLines('## 利用目的', '', '- 商品の発送のため', '- お問い合わせへの回答のため', '- |');
    assert.deepEqual(clauseIds(complete(purposes)), []);
    const prose = joinLines('## 第三者への提供', '', '- 法令に基づく場合', '- 人の生命、身体又は財産の保護のために必要がある場合', '', '当社は|');
    assert.deepEqual(complete(prose), []);
  });

  test('a writer composing their own long item is left alone', () => {
    const source = seedWithLine(68, '  - 当社の関連会社に対して業務上必要な範囲で');
    assert.deepEqual(complete(source), []);
  });

  test('a disclosure list is read as Art. 33(2) and is complete in the second seed', () => {
    const lines = readSeed('003_b5cd9565b03e87a2.txt').split('\n');
    const last = lines.findIndex((line) => line.includes('法令に違反することとなる場合'));
    lines.splice(last + 1, 0, '  - |');
    assert.deepEqual(complete(lines.join('\n')), [], 'all three 33(2) grounds are there, so nothing is offered');
  });
});

suite('completion: clause directive, headings, tables, front matter, terms', () => {
  test('::clause{ref=" offers every clause set id with its title, closing the directive', () => {
    const items = complete('本文\n\n::clause{ref="|');
    const set = items.find((item) => item.label === 'appi-27-1');
    assert.ok(set);
    assert.equal(set.labelDetails?.description, 'Exceptions to consent for provision to third parties (APPI Art. 27(1))');
    assert.equal(edit(set).newText, 'appi-27-1"}');
    assert.ok(items.some((item) => item.label === 'gdpr-13-1'));
    const inside = complete('::clause{ref="appi-2|7-1"}');
    assert.equal(edit(inside[0]).newText, 'appi-18-3', 'an id already closed is replaced whole, nothing added');
    assert.deepEqual(edit(inside[0]).range, { start: { line: 0, character: 14 }, end: { line: 0, character: 23 } });
  });

  test('a new heading offers the sections jp-appi still requires, with a skeleton of tab stops', () => {
    const source = joinLines('# プライバシーポリシー', '', '## 1. 利用目的', '', '当社は、サービスの提供のために利用します。', '', '## |');
    const items = complete(source);
    const labels = items.map((item) => item.label);
    assert.ok(!labels.includes('利用目的'), 'a section already present is not offered');
    assert.deepEqual(labels.slice(0, 4), ['第三者提供', '安全管理措置', '開示等の請求', 'お問い合わせ・苦情の申出先']);
    assert.equal(items[0].labelDetails?.description, 'required');
    assert.ok(labels.indexOf('共同利用') > labels.indexOf('お問い合わせ・苦情の申出先'), 'sections required only in some cases come after');
    const security = items[1];
    assert.equal(security.insertTextFormat, 2, 'snippet format');
    const text = edit(security).newText;
    assert.match(text, /^## 2\. 安全管理措置\n\n当社は、/, 'heading level kept and numbering continued');
    assert.match(text, /\$\{1:[^}]+\}/);
    assert.match(text, /\$0$/);
    const thirdParty = edit(items[0]).newText;
    assert.ok(thirdParty.includes('1. 法令に基づく場合'), 'the third-party skeleton carries the statutory list');
  });

  test('an English GDPR policy gets English section headings', () => {
    const source = joinLines('---', 'profile: eu-gdpr', 'lang: en', '---', '', '# Privacy notice', '', '## How we use your information', '', 'To run the service.', '', '## |');
    const labels = complete(source).map((item) => item.label);
    assert.equal(labels[0], 'Contact us');
    assert.ok(!labels.includes('How we use your information'));
    assert.ok(labels.includes('Your rights'));
  });

  test('a recipient table offers recipients used elsewhere, and declared items first in the data column', () => {
    const source = joinLines(
      '## 取得する個人情報',
      '',
      '- 氏名',
      '- メールアドレス、電話番号',
      '',
      '## 第三者提供',
      '',
      '| 提供先 | 提供する個人情報 |',
      '| --- | --- |',
      '| 株式会社アルファ | 氏名、購入履歴 |',
      '| 株式会社ベータ | 氏名、‸ |',
      '',
      '## 共同利用',
      '',
      '| 共同利用者 | 項目 |',
      '| --- | --- |',
      '| 株式会社ガンマ | 住所 |',
    );
    const data = complete(source, '‸').map((item) => item.label);
    assert.deepEqual(data, ['メールアドレス', '電話番号', '購入履歴', '住所'], 'declared items first, then items used in tables; 氏名 is already in the cell');
    const recipientSource = source.replace('| 株式会社ベータ | 氏名、‸ |', '| 株式会社‸ | 氏名 |');
    const recipients = complete(recipientSource, '‸');
    assert.deepEqual(recipients.map((item) => item.label), ['株式会社アルファ', '株式会社ガンマ']);
    assert.equal(apply(recipientSource, recipients[0], '‸').split('\n')[10], '| 株式会社アルファ | 氏名 |');
  });

  test('front matter: keys not yet set, and the values each key allows', () => {
    const keys = complete(joinLines('---', 'profile: jp-appi', '|', '---', '', '# ポリシー')).map((item) => item.label);
    assert.ok(!keys.includes('profile'));
    assert.deepEqual(keys.slice(0, 3), ['policy', 'lang', 'organization']);
    const profiles = complete(joinLines('---', 'profile: |', '---', '', '# ポリシー')).map((item) => item.label);
    assert.deepEqual(profiles, ['jp-appi', 'jp-pmark', 'eu-gdpr', 'none']);
    const languages = complete(joinLines('---', 'lang: e|', '---', '', '# ポリシー'));
    assert.deepEqual(languages.map((item) => item.label), ['ja', 'en']);
    assert.deepEqual(edit(languages[1]).range.start, { line: 1, character: 6 });
    const { text, offset } = withCursor(joinLines('---', 'established: |', '---', '', '制定日: 2020年4月1日'));
    const document = analyze(text).document;
    const dates = frontMatterCompletions(completionContext(document, offset, 'en'), new Date('2026-11-23T00:00:00Z')).map((item) => item.label);
    assert.deepEqual(dates, ['2026-11-23', '2020-04-01']);
  });

  test('every front matter value offered passes the front-matter rule', () => {
    for (const key of ['policy', 'profile', 'lang']) {
      for (const item of complete(joinLines('---', `${key}: |`, '---', '', '# Policy'))) {
        const analysis = analyze(joinLines('---', `${key}: ${item.label}`, '---', '', '# Policy'));
        assert.deepEqual(analysis.diagnostics.filter((d) => d.ruleId === 'front-matter').map((d) => d.message), [], `${key}: ${item.label}`);
      }
    }
    const keyItems = complete(joinLines('---', '|', '---', '', '# Policy'));
    for (const item of keyItems) {
      const analysis = analyze(joinLines('---', `${item.label}: 2024-04-01`, '---', '', '# Policy'));
      assert.ok(!analysis.diagnostics.some((d) => d.ruleId === 'front-matter' && /unknown|not a known/i.test(d.message)), `key ${item.label} is known`);
    }
  });

  test('after 「 the defined terms, closing the bracket', () => {
    const source = joinLines('株式会社サンプル（以下「当社」といいます。）は、本サービス（以下「本サービス」）を提供します。', '', '「|');
    const items = complete(source);
    assert.deepEqual(items.map((item) => item.label), ['当社', '本サービス']);
    assert.equal(edit(items[0]).newText, '当社」');
    assert.equal(items[0].labelDetails?.description, '株式会社サンプル');
    assert.equal(edit(complete(`${source}」`.replace('「|」', '「当|」'))[0]).newText, '当社', 'an existing closing bracket is not doubled');
    const english = complete('Example Ltd ("Company") runs the site.\n\nThe "|');
    assert.deepEqual(english.map((item) => item.label), ['Company']);
  });

  test('completion reads the cached model: no rebuild for a completion request', () => {
    const service = createPolicyLanguageService();
    const document = TextDocument.create('file:///seed.md', 'md', 1, seedWithLine(68, '  - ').replace('|', ''));
    const model = service.getDocument(document, settings);
    const started = performance.now();
    for (let i = 0; i < 20; i++) service.getCompletions(document, { line: 68, character: 4 }, settings);
    const each = (performance.now() - started) / 20;
    assert.equal(service.getDocument(document, settings), model, 'the same model object is still cached');
    assert.ok(each < 50, `a completion takes ${each.toFixed(2)} ms`);
  });
});

suite('hover', () => {
  function hover(source: string, marker = '|') {
    const { text, offset } = withCursor(source, marker);
    const service = createPolicyLanguageService();
    const document = TextDocument.create('file:///test.policy.md', 'policy-markdown', 1, text);
    return service.getHover(document, document.positionAt(offset), settings);
  }
  const value = (result: ReturnType<typeof hover>) => (result?.contents as MarkupContent | undefined)?.value ?? '';

  test('on a clause item of the second seed: the item, current and older article, statutory text, scope', () => {
    const lines = readSeed('003_b5cd9565b03e87a2.txt').split('\n');
    const heading = lines.findIndex((line) => line.includes('(第三者への提供)'));
    const index = lines.findIndex((line, at) => at > heading && line.includes('・法令に基づく場合'));
    lines[index] = lines[index].replace('法令に', '法|令に');
    const shown = value(hover(lines.join('\n')));
    // The same words earlier on, in the list about use beyond the purposes, are Art. 18(3).
    const earlier = readSeed('003_b5cd9565b03e87a2.txt').replace('・法令に基づく場合', '・法|令に基づく場合');
    assert.match(value(hover(earlier)), /APPI Art\. 18\(3\)\(i\)/);
    assert.match(shown, /APPI Art\. 27\(1\)\(i\)/);
    assert.match(shown, /第23条第1項/);
    assert.match(shown, /> 法令に基づく場合/);
    assert.match(shown, /core item/);
  });

  test('on a clause item that drops the statutory condition, hover says which', () => {
    const source = joinLines('## 第三者提供', '', '次の場合を除き、第三者に提供しません。', '', '- 法令に基づく場合', '- 人の生命、身体又は財産の保護のために必|要がある場合');
    const shown = value(hover(source));
    assert.match(shown, /APPI Art\. 27\(1\)\(ii\)/);
    assert.match(shown, /本人の同意を得ることが困難であるとき/);
  });

  test('on a heading: its recognised kind and what the profile requires there', () => {
    const shown = value(hover(joinLines('# ポリシー', '', '## 安全|管理措置', '', '本文。')));
    assert.match(shown, /`security`/);
    assert.match(shown, /APPI Art\. 32\(1\)\(iv\)/);
    assert.match(shown, /what the security measures are/);
    const unknown = value(hover(joinLines('# ポリシー', '', '## その|他', '', '本文。')));
    assert.match(unknown, /none/);
    assert.match(value(hover(joinLines('# ポリ|シー', '', '本文。'))), /title of the document/);
  });

  test('on a ::clause directive: the set it stands for and its items', () => {
    const shown = value(hover('本文\n\n::clause{ref="appi-2|7-1"}'));
    assert.match(shown, /\*\*Exceptions to consent for provision to third parties \(APPI Art\. 27\(1\)\)\*\*/);
    assert.match(shown, /5\. Publishing or teaching research results \(academic institutions only\)/);
    assert.match(value(hover('::clause{ref="nope|"}')), /Unknown clause set `nope`/);
  });

  test('on front matter: what a key means, and which law a profile applies', () => {
    assert.match(value(hover(joinLines('---', 'profile: jp-a|ppi', '---', '', '# ポリシー'))), /Japan APPI \(as in force since 2022-04-01\)/);
    assert.match(value(hover(joinLines('---', 'repre|sentative: 山田太郎', '---', '', '# ポリシー'))), /`representative`: The name of the representative/);
  });

  test('on a defined term: its definition sentence', () => {
    const source = joinLines('株式会社サンプル（以下「当社」といいます。）は個人情報を大切にします。', '', '当|社は、法令を遵守します。');
    const result = hover(source);
    assert.match(value(result), /\*\*当社\*\* = 株式会社サンプル/);
    assert.match(value(result), /以下「当社」といいます。）は個人情報を大切にします。/);
    assert.deepEqual(result?.range, { start: { line: 2, character: 0 }, end: { line: 2, character: 2 } });
    assert.equal(hover('ただの文章|です。'), null);
  });
});
