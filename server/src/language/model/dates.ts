import { segmentSpan, type TextSegment } from './text';
import type { DateLabel, DateMention } from './types';

const eraStart: Record<string, number> = { 令和: 2019, 平成: 1989, 昭和: 1926 };
const months = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const monthName = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.?|Feb\\.?|Mar\\.?|Apr\\.?|Jun\\.?|Jul\\.?|Aug\\.?|Sept?\\.?|Oct\\.?|Nov\\.?|Dec\\.?)';
const n = '([0-9０-９]{1,4})';

const patterns: readonly { regex: RegExp; read: (m: RegExpExecArray) => [number, number, number] | undefined }[] = [
  { regex: /(令和|平成|昭和)\s*(元|[0-9０-９]{1,2})\s*年\s*([0-9０-９]{1,2})\s*月\s*([0-9０-９]{1,2})\s*日/g, read: (m) => [eraStart[m[1]] + (m[2] === '元' ? 1 : toNumber(m[2])) - 1, toNumber(m[3]), toNumber(m[4])] },
  { regex: new RegExp(`${n}\\s*年\\s*${n}\\s*月\\s*${n}\\s*日`, 'g'), read: (m) => [toNumber(m[1]), toNumber(m[2]), toNumber(m[3])] },
  { regex: /(?<![0-9])([0-9]{4})[-/]([0-9]{1,2})[-/]([0-9]{1,2})(?![0-9])/g, read: (m) => [toNumber(m[1]), toNumber(m[2]), toNumber(m[3])] },
  { regex: new RegExp(`${monthName}\\s+([0-9]{1,2}),?\\s+([0-9]{4})`, 'gi'), read: (m) => [toNumber(m[3]), monthIndex(m[1]), toNumber(m[2])] },
  { regex: new RegExp(`(?<![0-9])([0-9]{1,2})\\s+${monthName}\\s+([0-9]{4})`, 'gi'), read: (m) => [toNumber(m[3]), monthIndex(m[2]), toNumber(m[1])] },
];

function toNumber(raw: string): number {
  return Number.parseInt(raw.normalize('NFKC'), 10);
}

function monthIndex(raw: string): number {
  const key = raw.toLowerCase().replace('.', '').slice(0, 3);
  return months.findIndex((month) => month.startsWith(key)) + 1;
}

export function isValidDate(year: number, month: number, day: number): boolean {
  if (!Number.isInteger(year) || month < 1 || month > 12 || day < 1) return false;
  return day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** What a date is for, read from the words around it on the same line: 制定, 改定, 施行, Last updated … */
function labelAround(before: string, after: string): DateLabel | undefined {
  const near = `${before.slice(-16)}\u0000${after.slice(0, 12)}`;
  if (/改定|改訂|改正|最終改定|最終改訂|revised|amended/i.test(near)) return 'revised';
  if (/最終更新|更新日|更新|last (?:updated|modified)|updated/i.test(near)) return 'updated';
  if (/制定|策定|初版|established|adopted/i.test(near)) return 'established';
  if (/施行|発効|効力|effective/i.test(near)) return 'effective';
  return undefined;
}

export function findDates(segments: readonly TextSegment[], text: string): DateMention[] {
  const dates: DateMention[] = [];
  for (const segment of segments) {
    const taken: [number, number][] = [];
    for (const { regex, read } of patterns) {
      regex.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = regex.exec(segment.value)) !== null) {
        const from = match.index;
        const to = from + match[0].length;
        if (taken.some(([a, b]) => from < b && to > a)) continue;
        const parts = read(match);
        if (!parts) continue;
        taken.push([from, to]);
        const [year, month, day] = parts;
        const lineStart = segment.value.lastIndexOf('\n', from) + 1;
        const lineEnd = segment.value.indexOf('\n', to);
        dates.push({
          text: match[0],
          span: segmentSpan(segment, from, match[0].length, text),
          year,
          month,
          day,
          valid: isValidDate(year, month, day),
          label: labelAround(segment.value.slice(lineStart, from), segment.value.slice(to, lineEnd < 0 ? undefined : lineEnd)),
        });
      }
    }
  }
  return dates.sort((a, b) => a.span.start - b.span.start);
}
