import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../server/src/language/features/fixes';
import { documentWording } from '../../server/src/language/clauses/vocabulary';
import { renumbered } from '../../server/src/language/rules/legal/insertions';
import { analyze, joinLines, linesOf, sharedDir } from './helpers';

/** The text after applying the fix titled like `title` (or the first fix) of the rule's first finding. */
function applyFix(text: string, ruleId: string, options: { messageId?: string; title?: RegExp; language?: 'ja' | 'en' } = {}): { text: string; safe: boolean; title: string } {
  const { diagnostics } = analyze(text, { messageLanguage: options.language ?? 'en' });
  const diagnostic = diagnostics.find((d) => d.ruleId === ruleId && (options.messageId === undefined || d.messageId === options.messageId));
  assert.ok(diagnostic, `no ${ruleId} finding${options.messageId ? ` (${options.messageId})` : ''}`);
  const fix = diagnostic.fixes.find((candidate) => !options.title || options.title.test(candidate.title.en) || options.title.test(candidate.title.ja));
  assert.ok(fix, `${ruleId} offers no fix${options.title ? ` matching ${options.title}` : ''}`);
  return { text: applyEdits(text, fix.edits), safe: fix.safe, title: fix.title.en };
}

const statute27 = {
  law: '法令に基づく場合',
  life: '人の生命、身体又は財産の保護のために必要がある場合であって、本人の同意を得ることが困難であるとき。',
  health: '公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合であって、本人の同意を得ることが困難であるとき。',
  state: '国の機関若しくは地方公共団体又はその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき。',
};

suite('Legal fixes: incomplete-exception-list', () => {
  const intro = '当社は、次の場合を除き、あらかじめユーザーの同意を得ないで個人データを第三者に提供しません。';
  const user = (text: string) => text.replace(/本人/g, 'ユーザー');

  test('inserts the missing first item before the others, in the bullet style and the person word of the list', () => {
    const text = joinLines('# 第三者提供', '', intro, '', `- ${user(statute27.life)}`, `- ${user(statute27.health)}`, `- ${user(statute27.state)}`, '');
    const fixed = applyFix(text, 'incomplete-exception-list');
    assert.equal(fixed.text, joinLines('# 第三者提供', '', intro, '', '- 法令に基づく場合。', `- ${user(statute27.life)}`, `- ${user(statute27.health)}`, `- ${user(statute27.state)}`, ''));
    assert.equal(fixed.safe, false, 'adding an exception is the writer\'s decision');
    assert.deepEqual(linesOf(analyze(fixed.text), 'incomplete-exception-list'), []);
  });

  test('inserts a middle item where it belongs in a numbered list and renumbers the items after it', () => {
    const text = joinLines('# 第三者提供', '', intro, '', `1. ${statute27.law}`, `2. ${user(statute27.life)}`, `3. ${user(statute27.state)}`, '');
    const fixed = applyFix(text, 'incomplete-exception-list');
    assert.equal(fixed.text, joinLines('# 第三者提供', '', intro, '', `1. ${statute27.law}`, `2. ${user(statute27.life)}`, `3. ${user(statute27.health)}`, `4. ${user(statute27.state)}`, ''));
    assert.deepEqual(linesOf(analyze(fixed.text), 'incomplete-exception-list'), []);
    assert.deepEqual(linesOf(analyze(fixed.text), 'numbering-gap'), []);
  });

  test('follows numbering written inside the items and a loose list, and appends at the end', () => {
    const text = joinLines('# 第三者提供', '', intro, '', `- (1) ${statute27.law}`, '', `- (2) ${user(statute27.life)}`, '', `- (3) ${user(statute27.health)}`, '');
    const fixed = applyFix(text, 'incomplete-exception-list');
    assert.equal(fixed.text, joinLines('# 第三者提供', '', intro, '', `- (1) ${statute27.law}`, '', `- (2) ${user(statute27.life)}`, '', `- (3) ${user(statute27.health)}`, '', `- (4) ${user(statute27.state)}`, ''));
  });

  test('a complete list has no finding and so no fix', () => {
    const text = joinLines('# 第三者提供', '', intro, '', `- ${statute27.law}`, `- ${statute27.life}`, `- ${statute27.health}`, `- ${statute27.state}`, '');
    assert.deepEqual(linesOf(analyze(text), 'incomplete-exception-list'), []);
  });
});

suite('Legal fixes: required-item', () => {
  test('first seed: the representative fix adds a representative line to the contact block, after the company name', () => {
    const seed = join(sharedDir, 'seeds', '000_b103459df77d0800.txt');
    assert.ok(existsSync(seed), `seed missing: ${seed}`);
    const text = readFileSync(seed, 'utf8');
    const fixed = applyFix(text, 'required-item', { messageId: 'representative', title: /representative's name/ });
    assert.equal(fixed.safe, false);
    const added = '\n\n代表者: 代表取締役 ○○ ○○';
    const at = text.indexOf('株式会社クラウドウォーカー') + '株式会社クラウドウォーカー'.length;
    assert.equal(fixed.text, text.slice(0, at) + added + text.slice(at));
    // The contact section now names a representative to fill in; leftover-placeholder says so.
    const after = analyze(fixed.text, { messageLanguage: 'en' });
    assert.ok(after.diagnostics.some((d) => d.ruleId === 'leftover-placeholder' && after.document.lines.positionAt(d.span.start).line === 206));
  });

  test('the on-request alternative satisfies the requirement', () => {
    const text = joinLines('# プライバシーポリシー', '', '株式会社テスト（以下「当社」）は、個人情報を適切に取り扱います。', '', '## お問い合わせ', '', '株式会社テスト', '', '〒100-0001 東京都千代田区千代田1-1', '', 'メール: privacy@test.co.jp', '');
    assert.deepEqual(analyze(text).diagnostics.filter((d) => d.ruleId === 'required-item').map((d) => d.messageId), ['representative']);
    const fixed = applyFix(text, 'required-item', { messageId: 'representative', title: /on request/ });
    assert.equal(fixed.text, text.replace('株式会社テスト\n\n〒', '株式会社テスト\n\n代表者の氏名は、求めに応じて遅滞なく回答します。\n\n〒'));
    assert.deepEqual(analyze(fixed.text).diagnostics.filter((d) => d.ruleId === 'required-item').map((d) => d.messageId), []);
  });

  test('the request procedure goes at the end of the disclosure section, before the next heading', () => {
    const text = joinLines(
      '# 個人情報保護方針',
      '',
      '## 開示等の請求',
      '',
      '当社は、保有個人データの開示、訂正、利用停止のご請求に対応します。',
      '',
      '## お問い合わせ',
      '',
      'メール: privacy@test.co.jp',
      '',
    );
    const fixed = applyFix(text, 'required-item', { messageId: 'request-procedure' });
    assert.ok(fixed.text.startsWith(text.slice(0, text.indexOf('ご請求に対応します。') + 'ご請求に対応します。'.length) + '\n\n開示等のご請求は、○○（受付窓口）宛に'), fixed.text);
    assert.ok(fixed.text.endsWith('\n\n## お問い合わせ\n\nメール: privacy@test.co.jp\n'));
  });
});

suite('Legal fixes: required-section', () => {
  const policy = (...sections: string[]) => joinLines('# プライバシーポリシー', '', '株式会社テスト（以下「当社」）は、お客様の個人情報を適切に取り扱います。', '', ...sections);
  const purposes = joinLines('## 利用目的', '', '当社は、お客様の個人情報を、ご注文の商品の発送のために利用します。', '');
  const disclosure = joinLines('## 開示等の請求', '', '保有個人データの開示のご請求は、所定の請求書を郵送してお申し出ください。', '');
  const contact = joinLines('## お問い合わせ窓口', '', '株式会社テスト 代表取締役 山田一郎', '', '〒100-0001 東京都千代田区千代田1-1 メール: privacy@test.co.jp', '');

  test('the missing security section goes between the purposes and the disclosure sections, at their level', () => {
    const text = policy(purposes, joinLines('## 第三者提供', '', '当社は、法令に基づく場合を除き、お客様の同意なく第三者に個人データを提供しません。', ''), disclosure, contact);
    assert.deepEqual(analyze(text).diagnostics.filter((d) => d.ruleId === 'required-section').map((d) => d.messageId), ['security']);
    const fixed = applyFix(text, 'required-section', { messageId: 'security' });
    assert.equal(fixed.safe, false);
    const at = text.indexOf('## 開示等の請求');
    assert.ok(fixed.text.startsWith(text.slice(0, at) + '## 安全管理措置\n\n当社は、保有個人データの安全管理のために次の措置を講じています。\n\n- 基本方針の策定: ○○\n'), fixed.text);
    assert.ok(fixed.text.endsWith('- 外的環境の把握: ○○\n\n' + text.slice(at)));
    assert.deepEqual(analyze(fixed.text).diagnostics.filter((d) => d.ruleId === 'required-section').map((d) => d.messageId), []);
  });

  test('the third-party section cites the statutory list with a clause directive, in the policy\'s person word', () => {
    const security = joinLines('## 安全管理措置', '', '当社は、従業者の教育、アクセス制御、通信の暗号化により、個人データを安全に管理します。', '');
    const text = policy(purposes, security, disclosure, contact);
    const fixed = applyFix(text, 'required-section', { messageId: 'third-party' });
    const at = text.indexOf('## 安全管理措置');
    assert.equal(fixed.text, text.slice(0, at) + '## 第三者提供\n\n当社は、次の場合を除き、あらかじめお客様の同意を得ないで、個人データを第三者に提供しません。\n\n::clause{ref="appi-27-1"}\n\n' + text.slice(at));
  });

  test('a section that comes last in the usual order is appended after the last section', () => {
    const security = joinLines('## 安全管理措置', '', '当社は、従業者の教育、アクセス制御、通信の暗号化により、個人データを安全に管理します。', '');
    const thirdParty = joinLines('## 第三者提供', '', '当社は、法令に基づく場合を除き、お客様の同意なく第三者に個人データを提供しません。', '');
    const text = policy(purposes, thirdParty, security, disclosure);
    const fixed = applyFix(text, 'required-section', { messageId: 'contact' });
    assert.ok(fixed.text.startsWith(text.trimEnd() + '\n\n## お問い合わせ・苦情の申出先\n\n'), fixed.text);
    assert.ok(fixed.text.endsWith('メール: ○○○○\n'));
  });
});

suite('Legal fixes: mismatched-exception-list', () => {
  test('first seed: the Art. 21(4) items after a sentence on use beyond the purpose are replaced by the Art. 18(3) items', () => {
    const text = readFileSync(join(sharedDir, 'seeds', '000_b103459df77d0800.txt'), 'utf8');
    const fixed = applyFix(text, 'mismatched-exception-list');
    assert.equal(fixed.safe, false);
    const lines = fixed.text.split('\n');
    assert.deepEqual(lines.slice(43, 48), [
      '- 法令（条例を含む。以下この章において同じ。）に基づく場合',
      '- 人の生命、身体または財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき',
      '- 公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき',
      '- 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、お客様の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき',
      '',
    ]);
    assert.equal(lines[48], '2. 当社が取得した個人情報の第三者への提供');
    // Everything before and after the list is untouched.
    assert.equal(fixed.text.split('\n').slice(0, 43).join('\n'), text.split('\n').slice(0, 43).join('\n'));
    assert.ok(fixed.text.endsWith(text.slice(text.indexOf('\n\n2. 当社が取得した'))));
    const after = analyze(fixed.text);
    assert.deepEqual(linesOf(after, 'mismatched-exception-list'), []);
    assert.deepEqual(linesOf(after, 'incomplete-exception-list'), []);
    assert.deepEqual(linesOf(after, 'altered-exception-item'), []);
  });
});

suite('Legal fixes: altered-exception-item', () => {
  const intro = '当社は、次の場合を除き、あらかじめお客様の同意を得ないで個人データを第三者に提供しません。';
  const customer = (text: string) => text.replace(/本人/g, 'お客様');

  test('restores the dropped condition, keeping the numbering written in the item', () => {
    const text = joinLines('# 第三者提供', '', intro, '', `- (1) ${statute27.law}`, `- (2) ${customer(statute27.life)}`, '- (3) 公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合', `- (4) ${customer(statute27.state)}`, '');
    const fixed = applyFix(text, 'altered-exception-item');
    assert.equal(fixed.safe, false);
    assert.equal(fixed.text, text.replace('- (3) 公衆衛生の向上又は児童の健全な育成の推進のために特に必要がある場合\n', `- (3) ${customer(statute27.health)}\n`));
    const after = analyze(fixed.text);
    assert.deepEqual(linesOf(after, 'altered-exception-item'), []);
    assert.deepEqual(linesOf(after, 'incomplete-exception-list'), []);
  });
});

suite('Legal fixes: joint use, recipients abroad, fee amount', () => {
  test('joint-use-items lists the missing items after the joint-use sentence', () => {
    const text = joinLines('# 第三者提供', '', '当社は、取得した個人情報をグループ内で共同利用しています。', '', '## 安全管理措置', '', '当社は、従業者の研修を行っています。', '');
    const fixed = applyFix(text, 'joint-use-items');
    assert.equal(fixed.safe, false);
    assert.equal(
      fixed.text,
      text.replace(
        '共同利用しています。\n',
        '共同利用しています。\n\n- 共同して利用される個人データの項目: ○○\n- 共同して利用する者の範囲: ○○\n- 利用する者の利用目的: ○○\n- 管理について責任を有する者の氏名又は名称: ○○\n- 責任を有する者の住所: ○○\n- 責任を有する者の代表者の氏名: ○○\n',
      ),
    );
    assert.deepEqual(linesOf(analyze(fixed.text.replace(/○○/g, '株式会社テスト 東京都千代田区千代田1-1 代表取締役 山田一郎 氏名と住所 商品の発送')), 'joint-use-items'), []);
  });

  test('foreign-recipient-info lists the missing information after the section text', () => {
    const text = joinLines('# 外国にある第三者への提供', '', '当社は、海外の委託先に個人データの保管を委託しています。', '');
    const fixed = applyFix(text, 'foreign-recipient-info');
    assert.equal(fixed.safe, false);
    assert.ok(fixed.text.startsWith(text.trimEnd() + '\n\n- '), fixed.text);
    assert.ok(fixed.text.includes('○○'));
    assert.ok(fixed.text.endsWith('\n'));
  });

  test('fee-amount adds a sentence with the amount to fill in, right after the fee sentence', () => {
    const text = joinLines('# 開示等の請求', '', '開示の請求には、所定の手数料をいただきます。', '');
    const fixed = applyFix(text, 'fee-amount');
    assert.equal(fixed.safe, false);
    assert.equal(fixed.text, text.replace('いただきます。', 'いただきます。手数料の額は、1回の請求につき○○円です。'));
    assert.deepEqual(linesOf(analyze(fixed.text.replace('○○', '1,000')), 'fee-amount'), []);
  });
});

suite('Legal fixes: the document\'s own words and numbering', () => {
  test('renumbering keeps the notation: ASCII, full-width, circled and kanji numerals', () => {
    assert.equal(renumbered('(3)', 4), '(4)');
    assert.equal(renumbered('（３）', 12), '（１２）');
    assert.equal(renumbered('③', 4), '④');
    assert.equal(renumbered('三、', 4), '四、');
    assert.equal(renumbered('九', 11), '十一');
    assert.equal(renumbered('-', 2), undefined);
  });

  test('the person word is the one the policy uses most, ユーザー not read as ユーザ', () => {
    const document = analyze(joinLines('# ポリシー', '', 'ユーザーの情報を、ユーザーの同意を得て利用します。お客様からの問い合わせにも答えます。', '')).document;
    assert.equal(documentWording(document).person, 'ユーザー');
    assert.equal(documentWording(analyze('# Policy\n\nWe respect your privacy.\n').document).person, '本人');
  });
});

suite('Legal fixes: duplicate-recipient', () => {
  const table = (...rows: string[]) => joinLines('# 第三者提供', '', '当社は、次の提供先に個人データを提供します。', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', ...rows, '', '以上です。', '');

  test('a row repeated word for word is removed by a safe fix', () => {
    const text = table('| 株式会社そらいろ運輸 | 氏名、住所 |', '| 株式会社つきみ決済 | 氏名 |', '| 株式会社そらいろ運輸 | 氏名、住所 |');
    const fixed = applyFix(text, 'duplicate-recipient');
    assert.equal(fixed.safe, true);
    assert.equal(fixed.text, table('| 株式会社そらいろ運輸 | 氏名、住所 |', '| 株式会社つきみ決済 | 氏名 |'));
    assert.deepEqual(linesOf(analyze(fixed.text), 'duplicate-recipient'), []);
  });

  test('rows for the same recipient with different items get no fix: the writer merges them', () => {
    const text = table('| 株式会社そらいろ運輸 | 氏名、住所 |', '| 株式会社そらいろ運輸 | 電話番号 |');
    const { diagnostics } = analyze(text);
    const finding = diagnostics.find((d) => d.ruleId === 'duplicate-recipient');
    assert.ok(finding);
    assert.deepEqual(finding.fixes, []);
  });
});

suite('Legal fixes: undeclared-data-item', () => {
  const policy = (collected: string[]) => joinLines('# プライバシーポリシー', '', '## 取得する個人情報', '', ...collected, '', '## 第三者提供', '', '| 提供先 | 提供する個人情報 |', '| --- | --- |', '| 株式会社そらいろ運輸 | 氏名、住所、電話番号 |', '');

  test('adds the item to the list of collected data', () => {
    const text = policy(['1. 氏名', '2. 住所']);
    const fixed = applyFix(text, 'undeclared-data-item');
    assert.equal(fixed.safe, false);
    assert.equal(fixed.text, policy(['1. 氏名', '2. 住所', '3. 電話番号']));
    assert.deepEqual(linesOf(analyze(fixed.text), 'undeclared-data-item'), []);
  });

  test('offers nothing when the collected data is a sentence rather than a list', () => {
    const finding = analyze(policy(['氏名、住所を取得します。'])).diagnostics.find((d) => d.ruleId === 'undeclared-data-item');
    assert.ok(finding);
    assert.deepEqual(finding.fixes, []);
  });
});
