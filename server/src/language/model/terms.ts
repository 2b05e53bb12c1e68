import { segmentSpan, type TextSegment } from './text';
import type { DefinedTerm } from './types';

const japaneseDefinition = /以下[、，,]?\s*(?:単に)?[「『]([^」』\n]{1,30})[」』](?:と(?:いう|いいます|称する|称します|総称する|総称します|します|略す|略します|表記する|表記します|記載する|記載します))?/g;
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
    for (const pattern of [japaneseDefinition, englishDefinition]) {
      pattern.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = pattern.exec(segment.value)) !== null) {
        const term = match[1] ?? match[2];
        if (!term) continue;
        const termIndex = match.index + match[0].indexOf(term);
        const referent = referentBefore(segment, match.index);
        terms.push({
          term,
          span: segmentSpan(segment, termIndex, term.length, text),
          definitionSpan: segmentSpan(segment, match.index, match[0].length, text),
          referent: referent ? { text: referent.text, span: segmentSpan(segment, referent.offset, referent.text.length, text) } : undefined,
        });
      }
    }
  }
  return terms;
}
