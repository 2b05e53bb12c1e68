import { segmentSpan } from '../../model/text';
import { findsNothing } from '../../perf/memo';
import type { PolicyRule } from '../types';
import { isHiragana, isKanji, isKatakana } from './japanese';

/**
 * Words in which a kana legitimately appears twice in a row right after a kanji or katakana
 * (捨てて, 入れれば, 小ささ). A doubled pair inside one of these is left alone. Data, so it can grow.
 */
export const doubledCharacterAllowList: readonly string[] = [
  'とともに', // 書類とともに
  'いいた', // お願いいたします
  'てて', // 捨てて, 当てて, 充てて, 立てて: te-form of verbs whose stem ends in て
  'れれば', // 入れれば, 忘れれば, 触れれば
  'ここ',
  'いいえ',
  'まま', // 気まま
  '小ささ',
  '確かか',
  '一くくり',
  '太もも',
  '見つつ',
  '得つつ',
  '経つつ',
  'ゆゆしい',
];

/** Punctuation that never doubles on purpose; three or more in a row is an ellipsis and is left alone. */
const doubledPunctuation = /^[、。，．]$/;

function allowed(value: string, index: number): boolean {
  for (const word of doubledCharacterAllowList) {
    for (let start = Math.max(0, index - word.length + 2); start <= index; start++) {
      if (value.startsWith(word, start)) return true;
    }
  }
  return false;
}

/**
 * Whether the pair value[index] value[index + 1] (equal characters) is a slip of the keyboard.
 * Only contexts where a doubled kana cannot be a word are flagged:
 * - a hiragana pair right after a kanji or katakana (求めめる, 情報をを, 当社のの): okurigana and
 *   particles do not repeat, while reduplicated words (ここ, いろいろ, ますます) start after kana;
 * - を twice anywhere, since を never repeats;
 * - the honorific prefixes お and ご doubled before a kanji (おお客様, ごご利用);
 * - 、 or 。 twice.
 * Katakana (ココア), kanji (会社社員), 々, ー, digits and Latin letters are never flagged.
 */
function isSlip(value: string, index: number): boolean {
  const char = value[index];
  const before = value[index - 1];
  const after = value[index + 2];
  if (value[index + 1] !== char || before === char || after === char) return false;
  if (doubledPunctuation.test(char)) return true;
  if (!isHiragana(char)) return false;
  if (char === 'を') return true;
  if ((char === 'お' || char === 'ご') && isKanji(after)) return !isHiragana(before) || /[でにをはがもとへのや]/.test(before);
  return (isKanji(before) || isKatakana(before)) && !allowed(value, index);
}

function hasSlip(value: string): boolean {
  for (let i = 0; i < value.length - 1; i++) if (isSlip(value, i)) return true;
  return false;
}

export const doubledCharacterRule: PolicyRule = {
  id: 'doubled-character',
  description: {
    ja: '誤って重ねて入力された文字（求めめる、おお客様、をを）',
    en: 'A character typed twice by mistake (求めめる, おお客様, をを)',
  },
  tags: ['writing', 'typo'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '送り仮名・助詞・接頭辞の重複は入力ミスで、公表する文書の信頼を損ないます。重なっても語になり得る仮名（ここ、いろいろ、ますます）やカタカナ語・漢字の熟語は対象外です。',
    en: 'A doubled okurigana, particle or honorific prefix is a typing slip and undermines trust in a published policy. Kana that double in real words (ここ, いろいろ, ますます), katakana words and kanji compounds are not flagged.',
  },
  fixable: true,
  check({ document, report }) {
    if (document.language !== 'ja') return;
    for (const segment of document.segments) {
      const value = segment.value;
      if (findsNothing('doubled-character', value, hasSlip)) continue;
      for (let i = 0; i < value.length - 1; i++) {
        if (!isSlip(value, i)) continue;
        const span = segmentSpan(segment, i, 2, document.text);
        if (span.end - span.start !== 2) continue;
        const word = value.slice(Math.max(0, i - 2), Math.min(value.length, i + 4));
        const fixed = value.slice(Math.max(0, i - 2), i) + value.slice(i + 1, Math.min(value.length, i + 4));
        report({
          span,
          messageId: 'doubled',
          message: {
            ja: `「${value[i]}」が重なっています（「${word}」）。入力ミスと思われるので、1文字にして「${fixed}」としてください。`,
            en: `"${value[i]}" is doubled in "${word}", which looks like a typing slip. Remove one to read "${fixed}".`,
          },
          fixes: [{ title: { ja: `重なった「${value[i]}」を1つ削除する`, en: `Remove the doubled "${value[i]}"` }, edits: [{ span: { start: span.start + 1, end: span.end }, newText: '' }], safe: true }],
        });
        i++;
      }
    }
  },
};
