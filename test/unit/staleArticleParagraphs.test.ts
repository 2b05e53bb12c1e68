import * as assert from 'node:assert/strict';
import { applyEdits } from '../../server/src/language/features/fixes';
import { analyze, joinLines } from './helpers';

function stale(text: string, messageLanguage: 'en' | 'ja' = 'en') {
  return analyze(text, { messageLanguage }).diagnostics.filter((d) => d.ruleId === 'stale-article-reference');
}

function fixed(text: string): string {
  const findings = stale(text);
  return applyEdits(text, findings.flatMap((finding) => finding.fixes[0]?.edits ?? []));
}

suite('stale-article-reference: paragraphs that moved', () => {
  test('G1 Art. 23(4)(iii) on joint use becomes Art. 27(5)(iii): article and paragraph rewritten', () => {
    const text = joinLines('# 共同利用', '', '当社は、個人情報保護法第23条第4項第3号に基づき、次のとおり個人データを共同して利用します。');
    const [finding] = stale(text);
    assert.equal(finding?.messageId, '23-to-27');
    assert.match(finding.message, /Art\. 23\(4\)\(iii\) is the numbering in force until 2017-05-29.*Art\. 27\(5\)\(iii\)/);
    assert.match(stale(text, 'ja')[0].message, /「第23条第4項第3号」は2017年5月29日までの条番号です。現行法ではこの内容は「第27条第5項第3号」です/);
    assert.equal(finding.fixes[0].title.en, 'Change to Art. 27(5)(iii)');
    assert.equal(fixed(text), joinLines('# 共同利用', '', '当社は、個人情報保護法第27条第5項第3号に基づき、次のとおり個人データを共同して利用します。'));
  });

  test('G1 Art. 23(4) on outsourcing, written in kanji, keeps the kanji in both numbers', () => {
    const text = joinLines('# 委託', '', '個人情報の保護に関する法律第二十三条第四項第一号に定める委託先への提供は、第三者への提供に当たりません。');
    assert.equal(fixed(text), joinLines('# 委託', '', '個人情報の保護に関する法律第二十七条第五項第一号に定める委託先への提供は、第三者への提供に当たりません。'));
    assert.match(stale(text)[0].message, /Art\. 23\(4\)\(i\) .*Art\. 27\(5\)\(i\)/);
  });

  test('G2 Art. 23(5)(iii) keeps its paragraph: only the article changes, and the message says it in full', () => {
    const text = joinLines('# 共同利用', '', '法第23条第5項第3号に基づく共同利用を行います。');
    const [finding] = stale(text);
    assert.match(finding.message, /Art\. 23\(5\)\(iii\) is the numbering in force 2017-05-30 to 2022-03-31.*Art\. 27\(5\)\(iii\)/);
    assert.equal(fixed(text), joinLines('# 共同利用', '', '法第27条第5項第3号に基づく共同利用を行います。'));
  });

  test('G2 Art. 23(4) on the Commission publishing opt-out notices is not read as G1: paragraph kept', () => {
    const text = joinLines('# 第三者提供', '', '法第23条第4項により個人情報保護委員会が公表する第三者提供の届出事項をご確認ください。');
    assert.equal(fixed(text), joinLines('# 第三者提供', '', '法第27条第4項により個人情報保護委員会が公表する第三者提供の届出事項をご確認ください。'));
  });

  test('a current citation of Art. 27(5)(iii) is left alone', () => {
    assert.deepEqual(stale(joinLines('# 共同利用', '', '個人情報保護法第27条第5項第3号に基づき、個人データを共同して利用します。')), []);
  });
});
