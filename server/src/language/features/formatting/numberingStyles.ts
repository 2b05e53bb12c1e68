import { formatNumbering } from '../../model/numbering';
import type { Numbering, NumberingStyle } from '../../model/types';

/**
 * Styles the formatter renumbers. Letters, kana and roman numerals read two ways ((i), イ), and article,
 * chapter and outline numbers are what cross-references point at, so those are left as written.
 */
const renumbered: ReadonlySet<NumberingStyle> = new Set<NumberingStyle>([
  'arabic-dot',
  'arabic-paren',
  'paren-arabic',
  'fullwidth-paren-arabic',
  'bracket-arabic',
  'circled',
  'paren-kanji',
]);

/** （1） and (1) are one style written with different brackets: a list that mixes them is still one list. */
export function styleFamily(style: NumberingStyle): NumberingStyle {
  return style === 'fullwidth-paren-arabic' ? 'paren-arabic' : style;
}

export function isRenumbered(style: NumberingStyle): boolean {
  return renumbered.has(style);
}

/** The prefix rewritten with `value`, or undefined when the style has no way to write it (㊿ is the last circled number). */
export function renumber(numbering: Numbering, value: number, current: Numbering): string | undefined {
  if (numbering.style === 'circled' && value > 50) return undefined;
  if (value < 1) return undefined;
  const text = formatNumbering(numbering, value);
  // １． → 2. at the start of a line would turn a paragraph into a Markdown list.
  if (asciiListMarker.test(text) && !asciiListMarker.test(current.text)) return undefined;
  return text;
}

const asciiListMarker = /^[0-9]{1,9}[.)]$/;
