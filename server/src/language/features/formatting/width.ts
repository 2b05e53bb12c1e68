import { eastAsianWidth } from 'get-east-asian-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Combining marks, variation selectors, zero-width spaces and joiners take no column of their own. */
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}]/u;

/**
 * Columns a monospace editor gives the text: a grapheme takes the width of its first code point, so that
 * combining marks, variation selectors and emoji sequences do not count once per code point.
 */
export function displayWidth(text: string): number {
  let width = 0;
  for (const { segment } of segmenter.segment(text)) {
    if (zeroWidth.test(segment)) continue;
    const codePoint = segment.codePointAt(0) ?? 0;
    width += codePoint === 9 ? 1 : eastAsianWidth(codePoint, { ambiguousAsWide: false });
  }
  return width;
}
