import { segmentSpan, type TextSegment } from './text';
import type { DefinedTerm } from './types';

const quoted = '[「『][^」』\\n]{1,30}[」』]';
const definingVerb = 'と(?:いう|いいます|称する|称します|総称する|総称します|します|略す|略します|表記する|表記します|記載する|記載します|呼ぶ|呼びます)';
/**
 * 以下「当社」, and also words between 以下 and the name (以下、総称して「本サービス」) and alternative
 * names (以下「A」又は「当社」). Words in between are accepted only where the phrase still reads as a
 * definition, ending in a defining verb or closing the bracket it opened: 以下の「お問い合わせ窓口」 is a
 * reference, not a definition.
 */
const japaneseDefinition = new RegExp(
  `以下[、，,]?\\s*(単に|[^。（）()「」『』\\n]{0,30}?)(${quoted}(?:(?:又は|または|もしくは|若しくは|及び|および|、|，)${quoted})*)(${definingVerb})?`,
  'g',
);
/**
 * Definitions of a designator without 「」: 株式会社X（当社）, （以下、当社）, 以下当社といいます. Only words
 * that name the writer or its service (当社, 本サービス…) are read so, since any word may stand in brackets.
 */
const designator = '(?:当社|弊社|我が社|当会社|当法人|本法人|当協会|本協会|本サービス|当サービス|本アプリ|当アプリ|本サイト|当サイト|本ウェブサイト|当ウェブサイト|本ポリシー|当ポリシー|本方針|当方針)';
const looseDefinition = new RegExp(`[（(]\\s*(?:以下[、，：:\\s]*)?(${designator})(?:${definingVerb})?。?\\s*[）)]|以下[、，]?\\s*(${designator})${definingVerb}`, 'g');
const quotedName = /[「『]([^」』\n]{1,30})[」』]/g;
const englishDefinition = /\((?:the\s+|hereinafter\s+(?:referred\s+to\s+as\s+)?(?:the\s+)?|collectively\s+|together\s+)?["“]([^"”\n]{1,40})["”]\)|hereinafter(?:\s+referred\s+to\s+as)?\s+(?:the\s+)?["“]([^"”\n]{1,40})["”]/gi;

/** What a term stands for: the words right before the bracket that defines it, back to the previous clause. */
function referentBefore(segment: TextSegment, index: number): { text: string; offset: number } | undefined {
  let end = index;
  while (end > 0 && /[（(\s　]/.test(segment.value[end - 1])) end--;
  let start = end;
  while (start > 0 && !/[、。，,.\n「」（）()]/.test(segment.value[start - 1])) start--;
  const textValue = segment.value.slice(start, end).trim();
  return textValue ? { text: textValue, offset: start + (segment.value.slice(start, end).length - segment.value.slice(start, end).trimStart().length) } : undefined;
}

export function findDefinedTerms(segments: readonly TextSegment[], text: string): DefinedTerm[] {
  const terms: DefinedTerm[] = [];
  for (const segment of segments) {
    const found: { term: string; index: number; match: RegExpExecArray }[] = [];
    japaneseDefinition.lastIndex = 0;
    let match: RegExpExecArray | null;
    while ((match = japaneseDefinition.exec(segment.value)) !== null) {
      const between = match[1];
      const bracketed = /[（(][、，\s]*$/.test(segment.value.slice(Math.max(0, match.index - 8), match.index)) && /^[。\s]*[）)]/.test(segment.value.slice(match.index + match[0].length));
      if (between && between !== '単に' && (!(match[3] || bracketed) || between.startsWith('の'))) continue;
      const chainIndex = match.index + match[0].indexOf(match[2], 2 + between.length);
      quotedName.lastIndex = 0;
      let name: RegExpExecArray | null;
      while ((name = quotedName.exec(match[2])) !== null) found.push({ term: name[1], index: chainIndex + name.index + 1, match });
    }
    for (const pattern of [looseDefinition, englishDefinition]) {
      pattern.lastIndex = 0;
      while ((match = pattern.exec(segment.value)) !== null) {
        const term = match[1] ?? match[2];
        if (term) found.push({ term, index: match.index + match[0].indexOf(term), match });
      }
    }
    found.sort((a, b) => a.index - b.index);
    for (const { term, index, match: definition } of found) {
      const referent = referentBefore(segment, definition.index);
      terms.push({
        term,
        span: segmentSpan(segment, index, term.length, text),
        definitionSpan: segmentSpan(segment, definition.index, definition[0].length, text),
        referent: referent ? { text: referent.text, span: segmentSpan(segment, referent.offset, referent.text.length, text) } : undefined,
      });
    }
  }
  return terms;
}
