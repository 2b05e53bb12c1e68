/**
 * Documents the scenarios open, written for these tests (never copied from real policies).
 * Kept in code rather than files so that the line numbers the scenarios assert on are
 * computed next to the text they point at.
 */

/** Sections long enough that the editor and the preview both have to scroll. */
function filler(count: number): string[] {
  const lines: string[] = [];
  for (let n = 1; n <= count; n++) {
    lines.push(`### 補足 ${n}`, '');
    lines.push(`この補足${n}では、お客様からのご質問が多い点をまとめて説明します。説明の内容は予告なく見直すことがあります。`, '');
    lines.push(`見直した場合は、当社のウェブサイトに掲載した時点から効力を生じるものとし、掲載日を末尾に記載します。`, '');
  }
  return lines;
}

export interface SamplePolicy {
  readonly text: string;
  /** 1-based lines of the findings the scenarios look for. */
  readonly pseudoHeadingLine: number;
  readonly numberingGapLine: number;
  /** The paragraph the preview scenario edits, and a line far down for scroll sync. */
  readonly editLine: number;
  readonly farLine: number;
}

export function samplePolicy(): SamplePolicy {
  const lines = [
    '# 個人情報の取扱いについて',
    '',
    '架空ソフト株式会社（以下「当社」といいます。）は、お客様の個人情報を次のとおり取り扱います。',
    '',
    '## 取得する個人情報',
    '',
    '当社は、会員登録の際に氏名、メールアドレスおよび電話番号を取得します。',
    '',
  ];
  const pseudoHeadingLine = lines.length + 1;
  lines.push(
    '1. 個人情報の利用目的',
    '',
    '当社は、取得した個人情報を次の目的の範囲内で利用します。',
    '',
    '(1) 会員登録の受付と本人確認のため。',
    '',
    '(2) ご注文の商品をお届けするため。',
    '',
  );
  const numberingGapLine = lines.length + 1;
  lines.push('(4) お問い合わせにお答えするため。', '', '## 安全管理のための措置', '');
  const editLine = lines.length + 1;
  lines.push('当社は、個人情報への不正なアクセスを防ぐため、アクセス権限を管理し、通信を暗号化しています。', '', '## 補足説明', '');
  lines.push(...filler(30));
  const farLine = lines.length - 20;
  lines.push('## お問い合わせ窓口', '', '架空ソフト株式会社 個人情報相談窓口', '', 'メール: privacy@kaku-soft.co.jp', '');
  return { text: lines.join('\n'), pseudoHeadingLine, numberingGapLine, editLine, farLine };
}

/** A plain `.md` whose front matter declares a policy: it must open as Policy Markdown. */
export const DECLARED_POLICY_MD = ['---', 'policy: privacy', 'profile: jp-appi', '---', '', '# 個人情報保護方針', '', '当社は、個人情報を適切に取り扱います。', ''].join('\n');

/** The same body without front matter: it must stay plain Markdown. */
export const PLAIN_MD = ['# 会議メモ', '', '来週の打ち合わせで方針の改定案を確認する。', ''].join('\n');
