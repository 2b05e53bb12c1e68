import * as assert from 'node:assert/strict';
import { analyze, joinLines } from './helpers';

const org = (text: string) => analyze(text).document.organization?.name;

suite('Organisation detection', () => {
  test('株式会社X（所在地…）standing alone: the name without the parenthetical', () => {
    assert.equal(org(joinLines('# プライバシーポリシー', '', '個人情報を適切に取り扱います。', '', '## お問い合わせ', '', '株式会社サンプル商事（所在地：東京都千代田区千代田1-1）', '')), '株式会社サンプル商事');
    assert.equal(org(joinLines('# プライバシーポリシー', '', '個人情報を適切に取り扱います。', '', '## お問い合わせ', '', 'サンプル商事株式会社（本社：大阪府大阪市北区梅田1-1-1 サンプルビル8階）', '')), 'サンプル商事株式会社');
  });

  test('a Japanese name with a defined term', () => {
    assert.equal(org(joinLines('# プライバシーポリシー', '', '株式会社サンプル商事（以下「当社」といいます。）は、個人情報を適切に取り扱います。', '')), '株式会社サンプル商事');
  });

  test('English company names: Inc., Ltd., GmbH, K.K., LLC', () => {
    const english = (name: string) => org(joinLines('# Privacy Policy', '', `${name} ("we", "us") respects your privacy and protects your personal data.`, '', '## Contact', '', 'Write to privacy@sample.org.', ''));
    assert.equal(english('Sample Works Inc.'), 'Sample Works Inc.');
    assert.equal(english('Sample Trading Co., Ltd.'), 'Sample Trading Co., Ltd.');
    assert.equal(english('Beispiel Daten GmbH'), 'Beispiel Daten GmbH');
    assert.equal(english('Sample Japan K.K.'), 'Sample Japan K.K.');
    assert.equal(english('Sample Labs LLC'), 'Sample Labs LLC');
  });

  test('an English name standing alone in the contact block', () => {
    assert.equal(org(joinLines('# Privacy Policy', '', 'We respect your privacy.', '', '## Contact', '', 'Sample Works Inc.', '', '1 Main Street, Springfield', '')), 'Sample Works Inc.');
  });

  test('a company the text merely mentions is not taken for the operator', () => {
    const text = (first: string) => joinLines('# Privacy Policy', '', first, '', '## Contact', '', 'Write to privacy@sample.org.', '');
    assert.equal(org(text('We use Google Analytics, a service of Google LLC, to measure traffic to our site.')), undefined);
    assert.equal(org(text('Welcome. Sample Works Inc. respects your privacy, and we protect your data.')), 'Sample Works Inc.');
  });
});
