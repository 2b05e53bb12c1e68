import type { DateLabel, PolicyDocument } from '../../model/types';
import type { Span } from '../../text/positions';
import type { PolicyRule, RuleContext } from '../types';
import { toHalfWidth } from './scan';

interface HistoryDate {
  readonly text: string;
  readonly span: Span;
  readonly key: number;
  readonly label: DateLabel;
  readonly source: 'text' | 'front-matter';
}

const labelName: Record<DateLabel, { ja: string; en: string }> = {
  established: { ja: '制定日', en: 'date of adoption' },
  revised: { ja: '改定日', en: 'revision date' },
  effective: { ja: '施行日', en: 'effective date' },
  updated: { ja: '更新日', en: 'last-updated date' },
};

const keyOf = (year: number, month: number, day: number) => year * 10000 + month * 100 + day;
const show = (key: number) => `${Math.floor(key / 10000)}-${String(Math.floor(key / 100) % 100).padStart(2, '0')}-${String(key % 100).padStart(2, '0')}`;

/** A front-matter value: YAML dates arrive as Date objects, quoted ones as strings. */
function readFrontMatterDate(value: unknown): number | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return keyOf(value.getUTCFullYear(), value.getUTCMonth() + 1, value.getUTCDate());
  if (typeof value !== 'string') return undefined;
  const match = /^([0-9]{4})[-/年.]([0-9]{1,2})[-/月.]([0-9]{1,2})日?$/.exec(toHalfWidth(value.trim()));
  return match ? keyOf(Number(match[1]), Number(match[2]), Number(match[3])) : undefined;
}

function frontMatterDates(document: PolicyDocument): HistoryDate[] {
  const dates: HistoryDate[] = [];
  for (const entry of document.frontMatter?.entries ?? []) {
    if (entry.key !== 'established' && entry.key !== 'revised') continue;
    const values = Array.isArray(entry.value) ? entry.value : [entry.value];
    for (const value of values) {
      const key = readFrontMatterDate(value);
      if (key !== undefined) dates.push({ text: show(key), span: entry.valueSpan, key, label: entry.key, source: 'front-matter' });
    }
  }
  return dates;
}

type Report = RuleContext['report'];

/** Revision histories are listed oldest first or newest first; a date that breaks the list's direction is out of place. */
function checkOrder(history: readonly HistoryDate[], report: Report): void {
  if (history.length < 3) return;
  const ascending = history[history.length - 1].key >= history[0].key;
  for (let i = 1; i < history.length; i++) {
    const previous = history[i - 1];
    const current = history[i];
    if (ascending ? current.key >= previous.key : current.key <= previous.key) continue;
    report({
      span: current.span,
      messageId: 'out-of-order',
      message: {
        ja: `履歴の日付の並びが崩れています。「${current.text}」は直前の「${previous.text}」より${ascending ? '前' : '後'}の日付ですが、他の日付は${ascending ? '古い順' : '新しい順'}に並んでいます。どの版がいつのものか読み手が追えません。日付を確かめ、${ascending ? '古い順' : '新しい順'}に並べてください。`,
        en: `The history's dates are out of order: "${current.text}" is ${ascending ? 'earlier' : 'later'} than "${previous.text}" before it, while the others run ${ascending ? 'oldest first' : 'newest first'}. Readers cannot tell which version is when. Check the date and keep one order.`,
      },
    });
  }
}

/** Builds the rule around a clock, so that tests can fix "today". */
export function createDateRule(now: () => number = () => Date.now()): PolicyRule {
  return {
    id: 'date',
    description: { ja: 'ありえない日付・未来の日付・順序の崩れた制定日と改定日', en: 'Impossible dates, future dates, and adoption and revision dates out of order' },
    tags: ['content', 'dates'],
    defaultSeverity: 'warning',
    rationale: {
      ja: '制定日・改定日は、どの版の方針に同意したのかを本人と事業者が確かめる手がかりです。JIS Q 15001 の個人情報保護方針では制定年月日と最終改正年月日の記載が求められます。存在しない日付や順序の狂った日付は、その手がかりを失わせます。',
      en: 'Adoption and revision dates tell both sides which version a person agreed to; JIS Q 15001 policies must state them. Impossible or out-of-order dates defeat that.',
    },
    legalBasis: 'JIS Q 15001:2017 A.3.2.1',
    fixable: false,
    check({ document, report }) {
      // The latest timezone already past midnight decides "today", so no policy dated today is in the future.
      const today = new Date(now() + 14 * 3600 * 1000);
      const todayKey = keyOf(today.getUTCFullYear(), today.getUTCMonth() + 1, today.getUTCDate());
      const history: HistoryDate[] = [];
      for (const date of document.dates) {
        if (!date.valid) {
          report({
            span: date.span,
            messageId: 'impossible',
            message: {
              ja: `「${date.text}」は存在しない日付です（${date.year}年${date.month}月には${date.day}日がありません）。日付の誤りは版の特定を誤らせます。正しい日付に直してください。`,
              en: `"${date.text}" is a date that does not exist (${date.year}-${String(date.month).padStart(2, '0')} has no day ${date.day}). A wrong date misidentifies the version; correct it.`,
            },
          });
          continue;
        }
        const key = keyOf(date.year, date.month, date.day);
        if (date.label === 'established' || date.label === 'revised' || date.label === 'updated') {
          if (key > todayKey) {
            report({
              span: date.span,
              messageId: 'future',
              message: {
                ja: `${labelName[date.label].ja}「${date.text}」が未来の日付です。まだ来ていない日に制定・改定されたことになり、現在有効な版が分かりません。日付を確かめてください（予告する場合は「○年○月○日施行予定」と書いてください）。`,
                en: `The ${labelName[date.label].en} "${date.text}" is in the future, so the policy claims a change that has not happened and the current version is unclear. Check the date (announce upcoming changes as "effective from …").`,
              },
            });
          }
          if (date.label !== 'updated') history.push({ text: date.text, span: date.span, key, label: date.label, source: 'text' });
        }
      }
      const fromFrontMatter = frontMatterDates(document);
      for (const group of [history, fromFrontMatter]) {
        const established = group.filter((d) => d.label === 'established');
        const distinct = established.filter((d, i) => established.findIndex((e) => e.key === d.key) === i);
        for (const extra of distinct.slice(1)) {
          report({
            span: extra.span,
            messageId: 'established-twice',
            message: {
              ja: `制定日が二つあります（「${distinct[0].text}」と「${extra.text}」）。方針の制定は一度だけなので、後のものは改定日のはずです。「改定」と書き直してください。`,
              en: `There are two dates of adoption ("${distinct[0].text}" and "${extra.text}"). A policy is adopted once, so the later one is presumably a revision; label it as such.`,
            },
          });
        }
        const first = established.length > 0 ? Math.min(...established.map((d) => d.key)) : undefined;
        const earlyRevisions = first === undefined ? [] : group.filter((d) => d.label === 'revised' && d.key < first);
        for (const revision of earlyRevisions) {
          const origin = established.find((d) => d.key === first);
          report({
            span: revision.span,
            messageId: 'revised-before-established',
            message: {
              ja: `改定日「${revision.text}」が制定日「${origin?.text ?? show(first ?? 0)}」より前です。制定前に改定することはできません。どちらかの日付を直してください。`,
              en: `The revision date "${revision.text}" is before the date of adoption "${origin?.text ?? show(first ?? 0)}"; a policy cannot be revised before it exists. Correct one of them.`,
            },
          });
        }
        if (group === history && earlyRevisions.length === 0) checkOrder(group, report);
      }
      for (const date of fromFrontMatter) {
        if (date.key <= todayKey) continue;
        report({
          span: date.span,
          messageId: 'future',
          message: {
            ja: `フロントマターの ${date.label}「${date.text}」が未来の日付です。現在有効な版が分かりません。日付を確かめてください。`,
            en: `The front matter's ${date.label} "${date.text}" is in the future, so the current version is unclear. Check the date.`,
          },
        });
      }
    },
  };
}

export const dateRule: PolicyRule = createDateRule();
