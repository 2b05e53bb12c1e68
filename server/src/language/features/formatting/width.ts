import { eastAsianWidth } from 'get-east-asian-width';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'grapheme' });
/** Combining marks, variation selectors, zero-width spaces and joiners take no column of their own. */
const zeroWidth = /^[\p{Mn}\p{Me}\p{Cf}]/u;
/** Joined emoji, skin tones and flags: several wide code points that an editor draws as one. */
function hasMultiCodePointEmoji(text: string): boolean {
  for (const character of text) {
    const codePoint = character.codePointAt(0) ?? 0;
    if (codePoint === 0x200d || (codePoint >= 0x1f3fb && codePoint <= 0x1f3ff) || (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff)) return true;
  }
  return false;
}
const printableAscii = /^[\x20-\x7e]*$/;

function codePointWidth(character: string): number {
  if (zeroWidth.test(character)) return 0;
  const codePoint = character.codePointAt(0) ?? 0;
  // Unicode calls regional indicators neutral, but a pair of them is a flag drawn as wide as an emoji.
  if (codePoint >= 0x1f1e6 && codePoint <= 0x1f1ff) return 2;
  return codePoint === 9 ? 1 : eastAsianWidth(codePoint, { ambiguousAsWide: false });
}

/**
 * Columns a monospace editor gives the text: full-width characters two, combining marks none, and a
 * joined emoji the width of its first code point. Grapheme segmentation is slow, so only text with such
 * emoji pays for it.
 */
export function displayWidth(text: string): number {
  if (printableAscii.test(text)) return text.length;
  let width = 0;
  if (hasMultiCodePointEmoji(text)) {
    for (const { segment } of segmenter.segment(text)) width += codePointWidth(segment);
    return width;
  }
  for (const character of text) width += codePointWidth(character);
  return width;
}
