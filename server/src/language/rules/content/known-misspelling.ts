import type { Span } from '../../text/positions';
import { misspellingDictionary, type MisspellingEntry } from './misspellings';
import { segmentSpan } from '../../model/text';
import { findsNothing, regexKind } from '../../perf/memo';
import type { PolicyRule } from '../types';

function escapeRegex(value: string): string {
  return value.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function patternOf(entry: MisspellingEntry): RegExp {
  const body = escapeRegex(entry.wrong);
  return entry.word ? new RegExp(`(?<![A-Za-z])${body}(?![A-Za-z])`, 'gi') : new RegExp(body, 'g');
}

/** Keeps the writer's capitalisation for Latin words (Recieve → Receive). */
function matchCase(found: string, right: string): string {
  return /^[A-Z]/.test(found) ? right[0].toUpperCase() + right.slice(1) : right;
}

export const knownMisspellingRule: PolicyRule = {
  id: 'known-misspelling',
  description: { ja: '実際のポリシーで見つかった誤字（辞書による）', en: 'Misspellings found in real policies (dictionary based)' },
  tags: ['writing', 'spelling'],
  defaultSeverity: 'warning',
  rationale: {
    ja: '誤字は読み手の信頼を損ない、「法廷代理人」「指名」のように別の意味の語になると内容そのものが変わります。辞書にある誤りは機械的に見つけられます。',
    en: 'Typos cost the reader\'s trust, and when they form another word (法廷代理人, 指名) they change what the policy says. Known ones can be found mechanically.',
  },
  fixable: true,
  check({ document, config, report }) {
    // A writer's own entries are offered as fixes but never applied blindly.
    const dictionary = misspellingDictionary(config?.vocabulary?.misspellings?.map((entry) => ({ ...entry, safe: false })));
    const taken: Span[] = [];
    // Every entry's match contains its wrong form, so a segment without any of them (almost all, and
    // the same ones on every keystroke) needs no entry's search.
    const anyWrong = new RegExp(dictionary.map((entry) => escapeRegex(entry.wrong)).join('|'), 'i');
    const anyWrongKind = regexKind(anyWrong);
    const candidates = document.segments.filter((segment) => !findsNothing(anyWrongKind, segment.value, (value) => anyWrong.test(value)));
    for (const entry of dictionary) {
      const regex = patternOf(entry);
      for (const segment of candidates) {
        regex.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = regex.exec(segment.value)) !== null) {
          const before = segment.value.slice(Math.max(0, match.index - 12), match.index);
          const after = segment.value.slice(match.index + match[0].length, match.index + match[0].length + 16);
          if (entry.before && !entry.before.test(before)) continue;
          if (entry.after && !entry.after.test(after)) continue;
          const span = segmentSpan(segment, match.index, match[0].length, document.text);
          if (span.end - span.start !== match[0].length || taken.some((t) => span.start < t.end && span.end > t.start)) continue;
          taken.push(span);
          const right = entry.word ? matchCase(match[0], entry.right) : entry.right;
          const why = entry.note ?? { ja: '', en: '' };
          report({
            span,
            messageId: entry.wrong,
            message: {
              ja: `「${match[0]}」は「${right}」の誤記と思われます。${why.ja}誤字は読み手の信頼を損ない、意味が変わることもあります。「${right}」に直してください。`,
              en: `"${match[0]}" looks like a misspelling of "${right}". ${why.en ? `${why.en} ` : ''}Typos cost trust and can change the meaning; write "${right}".`,
            },
            fixes: [{ title: { ja: `「${right}」に直す`, en: `Change to "${right}"` }, edits: [{ span, newText: right }], safe: entry.safe }],
          });
        }
      }
    }
  },
};
