import * as assert from 'node:assert/strict';
import { analyze, joinLines, linesOf } from './helpers';

const terms = (text: string) => analyze(text).document.terms.map((t) => t.term);

suite('Defined terms in the model: distant and alternative names', () => {
  test('words between 以下 and the name, ending in a defining verb, still define it', () => {
    assert.deepEqual(terms('利用登録、閲覧、購入の各機能（以下、総称して「本サービス」といいます。）を提供します。'), ['本サービス']);
    assert.deepEqual(terms('みなと商事株式会社（以下、グループ各社とあわせて「みなと」又は「当社」と呼びます。）は、次のとおり定めます。'), ['みなと', '当社']);
  });

  test('every alternative name in a chain is a term, with its own span', () => {
    const text = '青空通信株式会社（以下「青空」又は「当社」といいます。）は、個人情報を大切にします。';
    const { document } = analyze(text);
    assert.deepEqual(
      document.terms.map((t) => text.slice(t.span.start, t.span.end)),
      ['青空', '当社'],
    );
    assert.deepEqual(document.terms.map((t) => t.referent?.text), ['青空通信株式会社', '青空通信株式会社']);
  });

  test('words between 以下 and the name in the definition\'s own brackets, without a verb, define it', () => {
    assert.deepEqual(terms('会員向けの各機能（以下、まとめて「本サービス」）を提供します。'), ['本サービス']);
  });

  test('a reference after 以下の is not a definition', () => {
    assert.deepEqual(terms('ご不明な点は、以下の「お問い合わせ窓口」までご連絡ください。'), []);
    assert.deepEqual(terms('詳しくは以下に示す「個人情報の取扱い」の章をご覧ください。'), []);
  });

  test('a designator defined without 「」 is a term: 株式会社X（当社）, （以下、当社）, 以下当社といいます', () => {
    assert.deepEqual(terms('みどり工房株式会社（当社）は、次のとおり定めます。'), ['当社']);
    assert.deepEqual(terms('みどり工房株式会社（以下、当社）は、次のとおり定めます。'), ['当社']);
    assert.deepEqual(terms('みどり工房株式会社（以下当社といいます）は、次のとおり定めます。'), ['当社']);
    // Any other word in brackets is an aside, not a definition.
    assert.deepEqual(terms('ご本人（本人）の同意を得ます。'), []);
  });
});

suite('defined-term sees the terms the model now registers', () => {
  test('an alternative name that is never used again is reported as unused', () => {
    const text = joinLines(
      '# 個人情報の取扱い',
      '',
      'こもれび出版株式会社（以下、関連会社とあわせて「こもれび」又は「当社」といいます。）は、個人情報を大切にします。',
      '',
      '当社は、ご注文の処理のために個人情報を利用します。',
      '',
      '当社は、法令に基づく場合を除き、個人情報を第三者に提供しません。',
      '',
    );
    const analysis = analyze(text);
    const unused = analysis.diagnostics.filter((d) => d.ruleId === 'defined-term' && d.messageId === 'unused');
    assert.deepEqual(unused.map((d) => text.slice(d.span.start, d.span.end)), ['こもれび']);
    assert.deepEqual(linesOf(analysis, 'defined-term'), [3]);
  });

  test('a variant of a name defined after other words is reported', () => {
    const text = joinLines(
      '# 個人情報の取扱い',
      '',
      '閲覧と購入の各機能（以下、総称して「本サービス」といいます。）について定めます。',
      '',
      '当社は、本サービスの提供のために個人情報を利用します。当サービスの改善にも利用します。',
      '',
    );
    const variants = analyze(text).diagnostics.filter((d) => d.ruleId === 'defined-term' && d.messageId === 'variant');
    assert.deepEqual(variants.map((d) => text.slice(d.span.start, d.span.end)), ['当サービス']);
  });

  test('a designator defined without 「」 is not reported as never defined', () => {
    const text = joinLines('# 方針', '', 'ひなた製作所（以下、当社）は、個人情報を大切にします。', '', '当社は、当社の業務のために利用し、当社の窓口で相談を受けます。', '');
    const analysis = analyze(text);
    assert.deepEqual(analysis.diagnostics.filter((d) => d.ruleId === 'defined-term' && d.messageId === 'undefined'), []);
    assert.deepEqual(analysis.document.terms.map((t) => t.term), ['当社']);
  });
});
