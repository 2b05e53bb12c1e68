import type { DateMention, PolicyDocument } from '../../model/types';
import { getProfile } from '../../profiles';
import type { Span } from '../../text/positions';
import type { PolicyRule } from '../types';
import { sectionsOfKind, textUnits } from './scan';

interface PolicyDate {
  readonly iso: string;
  readonly span: Span;
  readonly shown: string;
}

function iso(year: number, month: number, day: number): string {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function frontMatterDates(document: PolicyDocument): PolicyDate[] {
  const found: PolicyDate[] = [];
  for (const entry of document.frontMatter?.entries ?? []) {
    if (entry.key !== 'revised' && entry.key !== 'established') continue;
    for (const value of Array.isArray(entry.value) ? entry.value : [entry.value]) {
      const text = value instanceof Date ? value.toISOString().slice(0, 10) : typeof value === 'string' ? value.trim() : '';
      const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
      if (match) found.push({ iso: text, span: entry.valueSpan, shown: text });
    }
  }
  return found;
}

/**
 * Dates that date the policy itself: labelled (制定・改定・施行・最終更新) and standing on a short line,
 * or in a section about the dates. A date inside a sentence usually dates something else.
 */
function textDates(document: PolicyDocument): PolicyDate[] {
  const dateSections = sectionsOfKind(document, ['dates']);
  const units = textUnits(document);
  const own = (date: DateMention) => {
    if (!date.valid) return false;
    if (dateSections.some((section) => date.span.start >= section.span.start && date.span.start < section.span.end)) return true;
    if (!date.label) return false;
    const line = document.lines.lineText(document.lines.lineAt(date.span.start)).trim();
    const unit = units.find((u) => date.span.start >= u.span.start && date.span.start < u.span.end);
    return line.length <= 40 || (unit !== undefined && unit.text.length <= 60);
  };
  return document.dates.filter(own).map((date) => ({ iso: iso(date.year, date.month, date.day), span: date.span, shown: date.text }));
}

export const stalePolicyRule: PolicyRule = {
  id: 'stale-policy',
  description: { ja: '最終改定日が、記載事項を変えた法改正の施行日より前', en: 'The last revision predates an amendment that changed what the policy must say' },
  tags: ['legal', 'dates'],
  defaultSeverity: 'warning',
  profileSeverity: { none: 'off' },
  rationale: {
    ja: '2017年5月30日（平成27年改正法）と2022年4月1日（令和2年改正法）の施行で、条番号と公表すべき事項（住所・代表者の氏名〔法第32条第1項第1号〕、安全管理措置〔施行令第10条第1号〕、外国にある第三者への提供〔法第28条〕、共同利用の管理責任者〔法第27条第5項第3号〕など）が変わりました。それより前に改定されたままの方針は、現行法の記載事項を満たしていない可能性が高いです。',
    en: 'The amendments in force on 2017-05-30 and 2022-04-01 renumbered the Act and changed what must be published (address and representative, APPI Art. 32(1)(i); security measures, Cabinet Order Art. 10(i); transfers abroad, Art. 28; joint-use responsible party, Art. 27(5)(iii)). A policy last revised before them very likely misses current requirements.',
  },
  legalBasis: 'APPI as amended by Act No. 65 of 2015 and Act No. 44 of 2020',
  fixable: false,
  check({ document, report }) {
    const amendments = getProfile(document.profile).amendments;
    if (amendments.length === 0) return;
    const dates = [...frontMatterDates(document), ...textDates(document)];
    if (dates.length === 0) return;
    const latest = dates.reduce((best, date) => (date.iso >= best.iso ? date : best));
    const missed = amendments.filter((amendment) => latest.iso < amendment.date);
    if (missed.length === 0) return;
    const list = { ja: missed.map((a) => `${a.date}：${a.what.ja}`).join('／'), en: missed.map((a) => `${a.date}: ${a.what.en}`).join('; ') };
    report({
      span: latest.span,
      messageId: `before-${missed[0].date}`,
      message: {
        ja: `最後の改定日（${latest.shown}）より後に、方針の記載事項を変えた法改正が施行されています（${list.ja}）。現行法に照らして内容を見直し、改定日を更新してください。`,
        en: `The policy was last revised on ${latest.shown}, before ${missed.length === 1 ? 'an amendment' : 'amendments'} that changed what it must say (${list.en}). Review it against the current law and update the revision date.`,
      },
    });
  },
};
