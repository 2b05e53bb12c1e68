import * as assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatNumbering, parseNumbering } from '../../server/src/language/model/numbering';
import { recogniseSectionKinds } from '../../server/src/language/model/sectionKinds';
import { splitCellItems } from '../../server/src/language/model/tables';
import { analyze, fixturesDir, joinLines } from './helpers';

const fixture = (name: string) => readFileSync(join(fixturesDir, 'documents', name), 'utf8');
const lineOf = (analysis: ReturnType<typeof analyze>, offset: number) => analysis.document.lines.positionAt(offset).line + 1;

suite('Document model', () => {
  test('A pasted policy without headings gets sections from its pseudo-headings, with kinds', () => {
    const analysis = analyze(fixture('pasted.policy.md'));
    const sections = analysis.document.sections.map((s) => ({ line: lineOf(analysis, s.headingSpan.start), title: s.title, kind: s.kinds[0], pseudo: s.pseudo, level: s.level }));
    assert.deepEqual(sections, [
      { line: 4, title: '当社が取得する個人情報の利用目的', kind: 'purposes', pseudo: true, level: 2 },
      { line: 14, title: '個人情報の第三者への提供', kind: 'third-party', pseudo: true, level: 2 },
      { line: 30, title: '安全管理のための措置', kind: 'security', pseudo: true, level: 2 },
      { line: 34, title: 'お問い合わせ窓口', kind: 'contact', pseudo: true, level: 2 },
    ]);
  });

  test('Reads a tab-separated block as a pseudo-table with recipient and data roles from its content', () => {
    const { document } = analyze(fixture('pasted.policy.md'));
    assert.equal(document.tables.length, 1);
    const [table] = document.tables;
    assert.equal(table.kind, 'pseudo-tab');
    assert.equal(table.rows.length, 3);
    assert.equal(table.columnCount, 2);
    assert.deepEqual(table.roles, ['recipient', 'data']);
    assert.deepEqual(table.rows[0].cells[1].items.map((item) => item.text), ['氏名', '住所', '電話番号']);
    assert.equal(document.text.slice(table.rows[1].cells[0].span.start, table.rows[1].cells[0].span.end), '株式会社みどり決済');
  });

  test('Tracks numbered paragraphs across other blocks within a section', () => {
    const { document } = analyze(fixture('pasted.policy.md'));
    const run = document.numberedRuns.find((r) => r.source === 'paragraphs');
    assert.ok(run);
    assert.deepEqual(run.items.map((item) => item.text), ['(1)', '(2)', '(3)', '(5)']);
  });

  test('Recognises real headings with bracketed titles, defined terms, dates, contacts and the organisation', () => {
    const { document } = analyze(fixture('headed.policy.md'));
    assert.deepEqual(
      document.sections.map((s) => [s.title, s.kinds[0] ?? null, s.level]),
      [['プライバシーポリシー', null, 2], ['利用目的', 'purposes', 3], ['保存期間', 'retention', 3], ['情報の管理', 'security', 4], ['委託先の監督', 'outsourcing', 4], ['第三者への提供', 'third-party', 4], ['開示について', 'disclosure', 4]],
    );
    assert.deepEqual(document.terms.map((t) => [t.term, t.referent?.text]), [['当社', '架空ネット株式会社'], ['本サイト', '当社が運営する会員制サイト']]);
    assert.deepEqual(document.dates.map((d) => [d.year, d.month, d.day, d.label]), [[2019, 4, 1, 'revised']]);
    assert.deepEqual(document.contacts.map((c) => [c.kind, c.value]), [['postal-code', '100-0002'], ['phone', '03-1111-2222'], ['email', 'privacy@example.jp'], ['email', 'privacy@example.jp']]);
    assert.equal(document.organization?.name, '架空ネット株式会社');
    assert.equal(document.language, 'ja');
    assert.equal(document.profile, 'jp-appi');
  });

  test('Text inside and beside links that GFM builds without positions keeps its place', () => {
    const text = joinLines('お問い合わせ窓口<br>', '[privacy@example.jp]', '', 'Cookieの詳細は、www.example.org をご覧ください。', '');
    const { document } = analyze(text);
    const email = document.contacts.find((c) => c.kind === 'email');
    assert.ok(email, 'the bracketed e-mail address is found');
    assert.equal(text.slice(email.span.start, email.span.end), 'privacy@example.jp');
    assert.ok(document.segments.some((s) => s.value.includes('www.example.org')), 'the link text after Japanese is kept');
    for (const segment of document.segments) assert.equal(text.slice(segment.span.start, segment.span.end), segment.value);
  });

  test('Lists keep their intro sentence, nesting and inner numbering', () => {
    const { document } = analyze(joinLines('当社は次の場合に提供します。', '', '- ① 法令に基づく場合', '- ② 人の生命を守るため', '  1. 入れ子', ''));
    assert.equal(document.lists.length, 2);
    assert.equal(document.lists[0].intro?.text, '当社は次の場合に提供します。');
    assert.deepEqual(document.lists[0].items.map((i) => i.innerNumbering?.value), [1, 2]);
    assert.equal(document.lists[1].depth, 1);
    assert.equal(document.lists[1].parentList, 0);
  });

  test('Front matter decides language and profile; an explicit {#kind} attribute sets the section kind', () => {
    const { document } = analyze(joinLines('---', 'policy: privacy', 'lang: en', 'profile: jp-pmark', '---', '', '## Who gets your data {#third-party}', '', 'Text.'));
    assert.equal(document.language, 'en');
    assert.equal(document.languageSource, 'front-matter');
    assert.equal(document.profile, 'jp-pmark');
    assert.deepEqual(document.sections[0].kinds.slice(0, 1), ['third-party']);
    assert.equal(document.sections[0].kindSource, 'attribute');
    assert.equal(document.sections[0].title, 'Who gets your data');
  });

  test('Detects English documents and gives them the GDPR profile by default', () => {
    const { document } = analyze(joinLines('# Privacy Policy', '', 'Example Ltd ("Company") explains how it uses your data.', '', '## How we use your information', '', 'Effective date: March 3, 2024'));
    assert.equal(document.language, 'en');
    assert.equal(document.profile, 'eu-gdpr');
    assert.deepEqual(document.terms.map((t) => t.term), ['Company']);
    assert.deepEqual(document.dates.map((d) => [d.year, d.month, d.day, d.label]), [[2024, 3, 3, 'effective']]);
    assert.equal(document.sections[1].kinds[0], 'purposes');
  });
});

suite('Numbering styles', () => {
  const cases: [string, string, number, string][] = [
    ['1. 本文', 'arabic-dot', 1, '2.'],
    ['１．本文', 'arabic-dot', 1, '２．'],
    ['(3) 本文', 'paren-arabic', 3, '(4)'],
    ['（３）本文', 'fullwidth-paren-arabic', 3, '（４）'],
    ['③本文', 'circled', 3, '④'],
    ['第3条（目的）', 'article', 3, '第4条'],
    ['第三条（目的）', 'article', 3, '第四条'],
    ['一、総則', 'kanji', 1, '二、'],
    ['a) item', 'alpha-paren', 1, 'b)'],
    ['(iv) item', 'paren-roman', 4, '(v)'],
    ['1.2 概要', 'outline', 2, '1.3'],
    ['ア．項目', 'katakana', 1, 'イ．'],
  ];
  for (const [text, style, value, next] of cases) {
    test(`Reads ${text} as ${style} ${value} and writes the next one as ${next}`, () => {
      const numbering = parseNumbering(text, 0);
      assert.ok(numbering, `no numbering in ${text}`);
      assert.equal(numbering.style, style);
      assert.equal(numbering.value, value);
      assert.equal(formatNumbering(numbering, value + 1), next);
    });
  }
  test('Does not read decimals, dates or prose as numbering', () => {
    for (const text of ['1.5倍の料金', '2024年4月1日', 'e.g. this', '本文です']) assert.equal(parseNumbering(text, 0), undefined, text);
  });
});

suite('Section kinds and cell items', () => {
  test('Recognises heading variants from real policies', () => {
    const cases: [string, string][] = [
      ['個人情報の第三者提供', 'third-party'],
      ['開示、訂正等の手続', 'disclosure'],
      ['お問い合わせ窓口', 'contact'],
      ['安全管理措置', 'security'],
      ['利用目的の変更', 'purpose-change'],
      ['プライバシーポリシーの変更', 'changes'],
      ['Cookieの使用について', 'cookies'],
      ['How We Share Information', 'third-party'],
      ['Data Retention', 'retention'],
      ['Contact Us', 'contact'],
    ];
    for (const [title, kind] of cases) assert.equal(recogniseSectionKinds(title, /[a-z]/i.test(title[0]) ? 'en' : 'ja')[0], kind, title);
  });

  test('User synonyms from the config file are recognised first', () => {
    assert.equal(recogniseSectionKinds('ご相談デスク', 'ja', { contact: ['相談デスク'] })[0], 'contact');
  });

  test('Splits cell items on 、 , ， ／ and および but not inside brackets', () => {
    assert.deepEqual(splitCellItems('氏名、住所，電話番号／メールアドレスおよび、データ（画像、動画）', 0).map((i) => i.text), ['氏名', '住所', '電話番号', 'メールアドレス', 'データ（画像、動画）']);
  });
});

suite('Innermost section lookup', () => {
  test('Finds the innermost section for every offset, as a scan of all sections would', async () => {
    const { sectionAt } = await import('../../server/src/language/model/sections');
    const text = joinLines('前文', '', '# A', '', 'a', '', '## B', '', 'b', '', '### C', '', 'c', '', '## D', '', 'd', '', '# E', '', 'e', '');
    const { document } = analyze(text);
    const scan = (offset: number) => {
      let found: (typeof document.sections)[number] | undefined;
      for (const section of document.sections) if (section.span.start <= offset && offset < section.span.end) found = section;
      return found?.index;
    };
    for (let offset = 0; offset < text.length; offset++) assert.equal(sectionAt(document.sections, offset)?.index, scan(offset), `offset ${offset}`);
    assert.equal(sectionAt(document.sections, text.indexOf('d'))?.title, 'D');
    assert.equal(sectionAt(document.sections, 0), undefined);
  });
});
