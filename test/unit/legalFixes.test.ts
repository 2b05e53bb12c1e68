import * as assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { applyEdits } from '../../server/src/language/features/fixes';
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
