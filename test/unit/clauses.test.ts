import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import * as path from 'node:path';
import { clauseSets, getClauseItem, getClauseSet } from '../../server/src/language/clauses/library';
import { closeMatches, conditionPhrases, matchClauseList, type ClauseListMatch } from '../../server/src/language/clauses/match';
import { normalizeClauseText } from '../../server/src/language/clauses/normalize';
import { renderForPolicy } from '../../server/src/language/clauses/render';
import type { ClauseSet } from '../../server/src/language/clauses/types';

// Bundled to out/test/unit, so the repository root is three levels up and shared/ is its sibling.
const repoRoot = process.env.POLICYMD_ROOT ?? path.resolve(__dirname, '../../..');
const sharedDir = process.env.POLICYMD_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const briefPath = path.join(sharedDir, 'domain', 'privacy-law-brief.md');

function loadBrief(context: Mocha.Context): string {
  if (existsSync(briefPath)) return readFileSync(briefPath, 'utf8');
  if (process.env.POLICYMD_NO_SHARED === '1') context.skip();
  assert.fail(`The domain brief is missing at ${briefPath}. Set POLICYMD_SHARED to the shared folder, or POLICYMD_NO_SHARED=1 to skip the statute comparison.`);
}

/** The lines of a brief section, from its heading to the next heading of level ≤ 3. */
function briefSection(brief: string, heading: string): string[] {
  const lines = brief.split('\n');
  const start = lines.findIndex((line) => line.startsWith(heading));
  assert.ok(start >= 0, `brief has no section "${heading}"`);
  const end = lines.findIndex((line, i) => i > start && /^#{1,3} /.test(line));
  return lines.slice(start + 1, end < 0 ? undefined : end);
}

interface BriefItem {
  label: string;
  text: string;
}

/**
 * The first numbered list after the line containing anchor. A list ends at a non-indented
 * paragraph or at a number out of sequence; glosses are indented and so are skipped.
 */
function briefList(brief: string, heading: string, anchor: string): BriefItem[] {
  const section = briefSection(brief, heading);
  const at = section.findIndex((line) => line.includes(anchor));
  assert.ok(at >= 0, `brief section "${heading}" has no line containing "${anchor}"`);
  const items: BriefItem[] = [];
  for (const line of section.slice(at + 1)) {
    const numbered = /^\s*(\d+)\.\s+(.*)$/.exec(line);
    if (numbered && Number(numbered[1]) === items.length + 1) {
      items.push(cleanBriefItem(numbered[2]));
      continue;
    }
    if (items.length > 0 && (numbered || (line.trim() !== '' && !/^\s/.test(line)))) break;
  }
  assert.ok(items.length > 0, `no list after "${anchor}" in "${heading}"`);
  return items;
}

/** Strips the brief's presentation (labels, bold, trailing commentary), keeping the text exact. */
function cleanBriefItem(raw: string): BriefItem {
  let text = raw.replace(/\s+$/, '').replace(/^\*\*(.*)\*\*$/, '$1');
  const label = /^(?:（[一二三四五六七八九十]+号）|[①-⑩]|\([a-z]\) )/.exec(text)?.[0] ?? '';
  text = text.slice(label.length).replace(/ — .*$/, '');
  return { label: label.trim(), text };
}

/** Where the brief lists each set's items, in library order; one entry per contiguous run. */
const BRIEF_LISTS: Record<string, [heading: string, anchor: string][]> = {
  'appi-18-3': [['### 1.3', 'Chapeau:']],
  'appi-20-2': [['### 1.4', 'Chapeau:']],
  'appi-21-4': [['### 1.5', '21(4) exceptions']],
  'appi-27-1': [['### 1.6', 'Chapeau:']],
  'appi-27-2': [['### 1.7', 'Paragraph text (exact)'], ['### 1.7', '規則第11条第4項']],
  'appi-27-5': [['### 1.8', 'Chapeau:']],
  'appi-27-5-3': [['### 1.8', '**Joint-use items']],
  'appi-28-2': [['### 1.9', '規則17(2)']],
  'appi-32-1': [['### 1.10', '32(1) chapeau'], ['### 1.10', '政令第10条 (VERIFIED']],
  'appi-33-2': [['### 1.11', '**Grounds for refusing']],
  'gdpr-13-1': [['### 4.1', 'Art. 13(1)']],
  'gdpr-13-2': [['### 4.1', 'Art. 13(2)']],
  'gdpr-14-1': [['### 4.2', 'Art. 14(1)']],
  'gdpr-14-2': [['### 4.2', 'Art. 14(2)']],
};

/** The line of the brief that quotes each chapeau. */
const BRIEF_CHAPEAUS: Record<string, [heading: string, anchor: string]> = {
  'appi-18-3': ['### 1.3', 'Chapeau:'],
  'appi-20-2': ['### 1.4', 'Chapeau:'],
  'appi-21-4': ['### 1.5', '21(4) exceptions'],
  'appi-27-1': ['### 1.6', 'Chapeau:'],
  'appi-27-2': ['### 1.7', 'Paragraph text (exact)'],
  'appi-27-5': ['### 1.8', 'Chapeau:'],
  'appi-28-2': ['### 1.9', '規則17(2)'],
  'appi-32-1': ['### 1.10', '32(1) chapeau'],
  'appi-33-2': ['### 1.11', '33(2) chapeau'],
  'gdpr-14-1': ['### 4.2', 'Art. 14(1)'],
  'gdpr-14-2': ['### 4.2', 'Art. 14(2)'],
};

const KANJI_DIGITS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function set(id: string): ClauseSet {
  const found = getClauseSet(id);
  assert.ok(found, `no clause set ${id}`);
  return found;
}

function best(results: readonly ClauseListMatch[]): ClauseListMatch {
  assert.ok(results.length > 0, 'no set matched');
  return results[0];
}

const vocabulary = { person: 'お客様', self: '当社' };

suite('clause library', () => {
  test('has exactly the required sets, with consistent ids and numbers', () => {
    assert.deepEqual(clauseSets.map((s) => s.id), Object.keys(BRIEF_LISTS));
    const seen = new Set<string>();
    for (const s of clauseSets) {
      assert.equal(s.law, s.id.startsWith('gdpr-') ? 'gdpr' : 'appi');
      s.items.forEach((item, i) => {
        assert.equal(item.number, i + 1, item.id);
        assert.equal(item.id, `${s.id}-${i + 1}`);
        assert.ok(!seen.has(item.id), `duplicate id ${item.id}`);
        seen.add(item.id);
        assert.ok(item.short.ja && item.short.en && item.english, `${item.id} lacks labels`);
        assert.equal(getClauseItem(item.id), item);
      });
    }
    assert.equal(getClauseSet('appi-99-1'), undefined);
  });

  test('has the item counts the brief describes', () => {
    const counts = Object.fromEntries(clauseSets.map((s) => [s.id, s.items.length]));
    assert.deepEqual(counts, {
      'appi-18-3': 6, 'appi-20-2': 8, 'appi-21-4': 4, 'appi-27-1': 7, 'appi-27-2': 10, 'appi-27-5': 3, 'appi-27-5-3': 5,
      'appi-28-2': 3, 'appi-32-1': 7, 'appi-33-2': 3, 'gdpr-13-1': 6, 'gdpr-13-2': 6, 'gdpr-14-1': 6, 'gdpr-14-2': 7,
    });
  });

  test('statutory text equals the brief character for character', function () {
    const brief = loadBrief(this);
    for (const s of clauseSets) {
      const expected = BRIEF_LISTS[s.id].flatMap(([heading, anchor]) => briefList(brief, heading, anchor));
      assert.equal(s.items.length, expected.length, `${s.id}: item count differs from the brief`);
      s.items.forEach((item, i) => {
        assert.equal(item.statute, expected[i].text, `${item.id}: statute differs from the brief`);
        // Japanese statutory items carry （N号） labels; check they line up with our numbering.
        if (expected[i].label.endsWith('号）')) assert.equal(expected[i].label, `（${KANJI_DIGITS[i]}号）`, item.id);
      });
    }
  });

  test('chapeaus equal the brief', function () {
    const brief = loadBrief(this);
    for (const s of clauseSets) {
      const source = BRIEF_CHAPEAUS[s.id];
      if (!source) {
        assert.equal(s.chapeau, undefined, `${s.id} has a chapeau the brief does not give`);
        continue;
      }
      const line = briefSection(brief, source[0]).find((l) => l.includes(source[1]));
      assert.ok(line, `${s.id}: chapeau line not found`);
      const quoted = /「(.*)」/.exec(line)?.[1] ?? /"(.*)"/.exec(line)?.[1];
      assert.equal(s.chapeau, quoted, `${s.id}: chapeau differs from the brief`);
    }
  });

  test('18(3), 20(2) and 27(1) share items 2–4 and differ in item 1 only by the ordinance note', () => {
    for (const n of [2, 3, 4]) {
      assert.equal(set('appi-18-3').items[n - 1].statute, set('appi-27-1').items[n - 1].statute);
      assert.equal(set('appi-20-2').items[n - 1].statute, set('appi-27-1').items[n - 1].statute);
    }
    assert.equal(set('appi-27-1').items[0].statute, '法令に基づく場合');
    assert.equal(set('appi-18-3').items[0].statute.replace('（条例を含む。以下この章において同じ。）', ''), '法令に基づく場合');
  });

  test('flags as academic only the items that need the business itself to be a 学術研究機関等', () => {
    const academic = clauseSets.flatMap((s) => s.items.filter((item) => item.academic).map((item) => item.id));
    assert.deepEqual(academic, ['appi-18-3-5', 'appi-20-2-5', 'appi-27-1-5', 'appi-27-1-6']);
  });

  test('records the older article numbers', () => {
    assert.deepEqual(set('appi-18-3').article, { current: '第18条第3項', older: [{ label: '第16条第3項', inForce: '2005-04-01〜2022-03-31' }] });
    assert.deepEqual(set('appi-27-1').article.older.map((o) => o.label), ['第23条第1項']);
    assert.deepEqual(set('appi-27-5-3').article.older.map((o) => o.label), ['第23条第5項第3号', '第23条第4項第3号']);
    assert.deepEqual(set('appi-32-1').article.older.map((o) => o.label), ['第27条第1項', '第24条第1項']);
    assert.deepEqual(set('gdpr-13-1').article, { current: 'Art. 13(1)', older: [] });
  });

  test('kinds: exception lists versus lists of matters to state', () => {
    const exceptions = clauseSets.filter((s) => s.kind === 'exceptions').map((s) => s.id);
    assert.deepEqual(exceptions, ['appi-18-3', 'appi-20-2', 'appi-21-4', 'appi-27-1', 'appi-27-5', 'appi-33-2']);
  });
});

suite('normalizeClauseText', () => {
  test('folds the kana and kanji spellings of conjunctions and あらかじめ', () => {
    assert.equal(normalizeClauseText('A または B もしくは C および D ならびに E を予め'), normalizeClauseText('A又はB若しくはC及びD並びにEをあらかじめ'));
  });

  test('maps the names of the data subject to 本人, and 個人データ to 個人情報', () => {
    const expected = '本人の個人情報';
    for (const name of ['お客様', 'お客さま', 'ご本人', 'ユーザー', '利用者', '会員', 'お客様ご本人', '会員様']) {
      assert.equal(normalizeClauseText(`${name}の個人データ`), expected, name);
    }
  });

  test('ignores width, whitespace, comma style and a trailing full stop', () => {
    assert.equal(normalizeClauseText('生命，身体又は財産の保護　のため。'), normalizeClauseText('生命、身体又は財産の保護のため'));
    assert.equal(normalizeClauseText('ＡＢＣ,１２３'), 'abc、123');
  });

  test('drops leading bullets and numbering but keeps numbers that belong to the text', () => {
    for (const marked of ['・法令に基づく場合', '● 法令に基づく場合', '① 法令に基づく場合', '⑴法令に基づく場合', '(1) 法令に基づく場合', '（１）法令に基づく場合',
      '1. 法令に基づく場合', '２）法令に基づく場合', '一 法令に基づく場合', '（一）法令に基づく場合', '第一号 法令に基づく場合', '- ① 法令に基づく場合']) {
      assert.equal(normalizeClauseText(marked), '法令に基づく場合', marked);
    }
    assert.equal(normalizeClauseText('1年以内に削除'), '1年以内に削除');
    assert.equal(normalizeClauseText('1.5倍'), '1.5倍');
    assert.equal(normalizeClauseText('(a) The identity of the controller;'), 'theidentityofthecontroller');
  });
});

suite('renderForPolicy', () => {
  test('addresses the person and names the business in the policy\'s words', () => {
    assert.equal(renderForPolicy(set('appi-27-1').items[1], vocabulary), '人の生命、身体又は財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき。');
    assert.equal(renderForPolicy(set('appi-21-4').items[1], vocabulary), '利用目的をお客様に通知し、又は公表することにより当社の権利又は正当な利益を害するおそれがある場合');
    assert.equal(renderForPolicy(set('appi-27-2').items[5], { person: 'ユーザー', self: '当社' }), 'ユーザーの求めに応じてユーザーが識別される個人データの第三者への提供を停止すること。');
  });

  test('keeps compounds of 本人, other businesses and 個人データ', () => {
    assert.equal(renderForPolicy('本人確認のため、日本人の本人に確認します', vocabulary), '本人確認のため、日本人のお客様に確認します');
    assert.equal(renderForPolicy('他の個人情報取扱事業者から提供された個人データ', vocabulary), '他の個人情報取扱事業者から提供された個人データ');
    assert.equal(renderForPolicy(set('appi-33-2').items[1], vocabulary), '当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合');
  });

  test('optionally writes conjunctions in kana, and leaves GDPR text alone', () => {
    assert.equal(renderForPolicy(set('appi-33-2').items[0], vocabulary, { plainConjunctions: true }), 'お客様または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合');
    const gdpr = set('gdpr-13-2').items[3];
    assert.equal(renderForPolicy(gdpr, { person: 'you', self: 'we' }), gdpr.statute);
  });

  test('is deterministic and every rendered APPI item still matches its own statute', () => {
    for (const s of clauseSets.filter((c) => c.law === 'appi')) {
      for (const item of s.items) {
        const rendered = renderForPolicy(item, vocabulary, { plainConjunctions: true });
        assert.equal(renderForPolicy(item, vocabulary, { plainConjunctions: true }), rendered);
        assert.ok(!/(?<!日)本人(?!確認)/.test(rendered), `${item.id} still says 本人: ${rendered}`);
        const top = matchClauseList([rendered], { candidates: [s.id] })[0];
        assert.equal(top?.matches[0]?.clauseItemId, item.id, `${item.id} rendered does not match itself`);
      }
    }
  });
});

suite('matchClauseList', () => {
  // Policy-style wording written for these tests: お客様, kana conjunctions, list markers.
  const thirdParty = [
    '(1) 法令に基づく場合',
    '(2) 人の生命、身体または財産の保護のために必要がある場合であって、お客様の同意を得ることが困難であるとき',
    '(3) 公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合であって、お客様の同意を得ることが困難であるとき',
    '(4) 国の機関もしくは地方公共団体またはその委託を受けた者が法令の定める事務を遂行することに対して協力する必要がある場合であって、お客様の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき',
  ];

  test('recognises a four-item 27(1) list and reports the academic items as missing', () => {
    const results = matchClauseList(thirdParty);
    const top = best(results);
    assert.equal(top.setId, 'appi-27-1');
    assert.ok(top.score > 0.95, `score ${top.score}`);
    assert.deepEqual(top.matches.map((m) => [m.itemIndex, m.clauseItemId, m.exact]), [
      [0, 'appi-27-1-1', true], [1, 'appi-27-1-2', true], [2, 'appi-27-1-3', true], [3, 'appi-27-1-4', true],
    ]);
    assert.deepEqual(top.missingItemIds, ['appi-27-1-5', 'appi-27-1-6', 'appi-27-1-7']);
    assert.deepEqual(top.extraItemIndexes, []);
    assert.ok(top.matches.every((m) => m.missingConditions.length === 0));
  });

  test('keeps 18(3) close to 27(1) for shared items, and lets the introduction decide', () => {
    const close = closeMatches(matchClauseList(thirdParty)).map((r) => r.setId);
    assert.ok(close.includes('appi-27-1') && close.includes('appi-18-3'), close.join());
    const sensitive = matchClauseList(thirdParty, { introduction: '次のいずれかに該当する場合を除き、あらかじめお客様の同意を得ずに要配慮個人情報を取得しません。' });
    assert.equal(best(sensitive).setId, 'appi-20-2');
    assert.ok(best(sensitive).introductionMatches);
    assert.deepEqual(best(sensitive).missingItemIds, ['appi-20-2-5', 'appi-20-2-6', 'appi-20-2-7', 'appi-20-2-8']);
    const purpose = matchClauseList(thirdParty, { introduction: '当社は、次の場合を除き、利用目的の達成に必要な範囲を超えて個人情報を取り扱いません。' });
    assert.equal(best(purpose).setId, 'appi-18-3');
  });

  test('prefers the set whose academic items the list reproduces', () => {
    const withResearch = [
      ...thirdParty,
      '当社が学術研究機関等である場合であって、個人データの提供が学術研究の成果の公表または教授のためやむを得ないとき（個人の権利利益を不当に侵害するおそれがある場合を除く。）',
    ];
    const top = best(matchClauseList(withResearch));
    assert.equal(top.setId, 'appi-27-1');
    assert.equal(top.matches[4].clauseItemId, 'appi-27-1-5');
    assert.deepEqual(top.missingItemIds, ['appi-27-1-6', 'appi-27-1-7']);
  });

  test('reports a dropped 「であって、…とき」 condition', () => {
    const list = [
      '・法令に基づく場合',
      '・公衆衛生の向上または児童の健全な育成の推進のために特に必要がある場合',
      '・国の機関もしくは地方公共団体から法令に基づく協力を求められた場合であって、お客様の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき',
    ];
    const top = best(matchClauseList(list, { candidates: ['appi-27-1'] }));
    const health = top.matches.find((m) => m.itemIndex === 1);
    assert.equal(health?.clauseItemId, 'appi-27-1-3');
    assert.equal(health?.exact, false);
    assert.deepEqual(health?.missingConditions, ['であって、本人の同意を得ることが困難であるとき']);
    assert.deepEqual(top.matches.find((m) => m.itemIndex === 2)?.missingConditions, []);
    assert.deepEqual(top.missingItemIds, ['appi-27-1-2', 'appi-27-1-5', 'appi-27-1-6', 'appi-27-1-7']);

    const cooperation = best(matchClauseList(['国や地方公共団体が法令の定める事務を遂行することに協力する必要がある場合'], { candidates: ['appi-27-1'] }));
    assert.equal(cooperation.matches[0].clauseItemId, 'appi-27-1-4');
    assert.deepEqual(cooperation.matches[0].missingConditions, ['であって、本人の同意を得ることにより当該事務の遂行に支障を及ぼすおそれがあるとき']);
  });

  test('reports a dropped exclusion in an academic item', () => {
    const top = best(matchClauseList(['当社が学術研究機関等である場合であって、個人データの提供が学術研究の成果の公表または教授のためやむを得ないとき'], { candidates: ['appi-27-1'] }));
    assert.deepEqual(top.matches[0].missingConditions, ['個人の権利利益を不当に侵害するおそれがある場合を除く']);
  });

  test('tells a 21(4) list from a 33(2) list although both mention harm to rights and interests', () => {
    const notice = [
      '利用目的をお客様に通知し、または公表することによりお客様または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合',
      '利用目的をお客様に通知し、または公表することにより当社の権利または正当な利益を害するおそれがある場合',
      '国の機関または地方公共団体が法令の定める事務を遂行することに対して協力する必要がある場合であって、利用目的をお客様に通知し、または公表することにより当該事務の遂行に支障を及ぼすおそれがあるとき',
      '取得の状況からみて利用目的が明らかであると認められる場合',
    ];
    const noticeResults = matchClauseList(notice);
    assert.equal(best(noticeResults).setId, 'appi-21-4');
    assert.deepEqual(closeMatches(noticeResults).map((r) => r.setId), ['appi-21-4']);

    const refusal = [
      'お客様または第三者の生命、身体、財産その他の権利利益を害するおそれがある場合',
      '当社の業務の適正な実施に著しい支障を及ぼすおそれがある場合',
      '他の法令に違反することとなる場合',
    ];
    const refusalResults = matchClauseList(refusal);
    assert.equal(best(refusalResults).setId, 'appi-33-2');
    assert.ok(best(refusalResults).matches.every((m) => m.exact));
    const notice214 = refusalResults.find((r) => r.setId === 'appi-21-4');
    assert.ok(!notice214 || notice214.score < 0.5, 'a 33(2) list must not look like 21(4)');
  });

  test('lists document items with no statutory counterpart as extra', () => {
    const top = best(matchClauseList([...thirdParty, 'お客様がウェブサイトのお問い合わせフォームから送信した内容を確認する場合'], { candidates: ['appi-27-1'] }));
    assert.deepEqual(top.extraItemIndexes, [4]);
    assert.ok(top.score < 0.85);
  });

  test('matches the legacy four-item opt-out wording to 27(2) with the new items missing', () => {
    const legacy = ['第三者への提供を利用目的とすること', '第三者に提供される個人データの項目', '第三者への提供の手段または方法', '本人の求めに応じて当該本人が識別される個人データの第三者への提供を停止すること'];
    const top = best(matchClauseList(legacy));
    assert.equal(top.setId, 'appi-27-2');
    assert.deepEqual(top.matches.map((m) => m.clauseItemId), ['appi-27-2-2', 'appi-27-2-3', 'appi-27-2-5', 'appi-27-2-6']);
    assert.ok(top.missingItemIds.includes('appi-27-2-1') && top.missingItemIds.includes('appi-27-2-10'));
  });

  test('matches GDPR points despite list letters and case', () => {
    const top = best(matchClauseList([
      '(a) The identity and the contact details of the controller and, where applicable, of the controller\'s representative.',
      '(b) The contact details of the data protection officer, where applicable.',
      '(c) The categories of personal data concerned.',
    ]));
    assert.equal(top.setId, 'gdpr-14-1');
    assert.deepEqual(top.matches.map((m) => [m.clauseItemId, m.exact]), [['gdpr-14-1-1', true], ['gdpr-14-1-2', true], ['gdpr-14-1-4', true]]);
  });

  test('respects candidates, ignores empty items and returns nothing for unrelated text', () => {
    assert.deepEqual(matchClauseList(thirdParty, { candidates: ['appi-33-2'] }).map((r) => r.setId), []);
    assert.deepEqual(matchClauseList(['', '   ', '当社のオフィスは東京にあります']), []);
    const withBlank = best(matchClauseList(['', ...thirdParty], { candidates: ['appi-27-1'] }));
    assert.deepEqual(withBlank.extraItemIndexes, [0]);
  });

  test('derives condition phrases from the statute', () => {
    assert.deepEqual(conditionPhrases(set('appi-27-1').items[1]), ['であって、本人の同意を得ることが困難であるとき']);
    assert.deepEqual(conditionPhrases(set('appi-18-3').items[0]), []);
    assert.deepEqual(conditionPhrases(set('appi-27-1').items[5]), [
      'であって、当該個人データを学術研究目的で提供する必要があるとき',
      '個人の権利利益を不当に侵害するおそれがある場合を除く',
      '当該個人情報取扱事業者と当該第三者が共同して学術研究を行う場合に限る',
    ]);
  });

  test('is fast enough to run on every keystroke', () => {
    const long = Array.from({ length: 12 }, (_, i) => thirdParty[i % thirdParty.length]);
    const started = performance.now();
    for (let i = 0; i < 50; i++) matchClauseList(long);
    assert.ok(performance.now() - started < 1000);
  });
});
