// Generates realistic privacy policies of a given size from the phrase lists below (written for the
// benchmark; nothing is taken from the seeds or the corpus). Deterministic for a given seed, so runs compare.

export type BenchLanguage = 'ja' | 'en';

function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ja = {
  org: '株式会社ひなた書房',
  titles: ['取得する情報', '利用目的', '第三者への提供', '業務の委託', '共同利用', '安全管理措置', '保有個人データの開示等の請求', '保存期間', 'クッキー等の利用', '外国にある第三者への提供', 'お問い合わせ窓口', '本方針の改定'],
  subjects: ['当社', '本サービス', '当社の担当部署', '委託先', '提携する販売店'],
  verbs: ['適切に管理します', '必要な範囲で利用します', '速やかに削除します', '安全に保管します', '正確かつ最新の内容に保つよう努めます', '本人の同意を得てから提供します'],
  objects: ['お客様の氏名と住所', '購入履歴と閲覧履歴', '端末の識別子', 'お問い合わせの内容', '配送先の情報', '決済に用いる情報', 'アンケートの回答'],
  links: ['なお、', 'また、', 'ただし、', 'このとき、', '必要に応じて、'],
  items: ['氏名', '住所', '電話番号', 'メールアドレス', '生年月日', '性別', '購入履歴', '閲覧履歴', '端末情報', 'IPアドレス', '位置情報', '職業'],
  exceptions: [
    '法令の定めに従って求められた場合',
    '人の命、体または財産を守るために必要で、本人の同意を得るのが難しい場合',
    '公衆衛生の向上や児童の健全な育成のために特に必要で、本人の同意を得るのが難しい場合',
    '国や地方公共団体の事務に協力する必要があり、同意を求めると事務に支障が出るおそれがある場合',
    '学術研究の目的で提供する必要がある場合',
  ],
  companies: ['山のみち運送株式会社', '株式会社あおば決済', 'こだま印刷合同会社', '株式会社しずく解析', '一般社団法人ほしぞら協会'],
  purposes: ['商品の配送', '代金の決済', 'ダイレクトメールの印刷', '利用状況の分析', '会員向けの催しの案内'],
  emoji: ['📦', '✅', '🔒', '📮', '👍🏻'],
  tableHead: ['提供先', '提供する個人情報', '利用目的'],
  services: ['電子書籍', '定期購読', '店頭受取', 'ポイント会員', '法人向け販売', '古書買取', '読書会', 'メールマガジン', '公式アプリ', '図書カード'],
};

const en: Phrases = {
  org: 'Brightleaf Books Ltd.',
  titles: ['Information We Collect', 'How We Use Your Information', 'Sharing With Third Parties', 'Service Providers', 'Joint Use', 'Security', 'Your Rights', 'Retention', 'Cookies and Similar Technologies', 'International Transfers', 'Contact Us', 'Changes to This Policy'],
  subjects: ['We', 'The Service', 'Our support team', 'Our processors', 'Partner shops'],
  verbs: ['keep it accurate and up to date', 'use it only as far as needed', 'delete it without undue delay', 'store it on encrypted servers', 'share it only with your consent', 'review access to it every quarter'],
  objects: ['your name and postal address', 'your order history', 'device identifiers', 'the content of your messages', 'delivery details', 'payment details', 'survey answers'],
  links: ['In addition, ', 'However, ', 'Where needed, ', 'In that case, ', 'Also, '],
  items: ['name', 'postal address', 'phone number', 'email address', 'date of birth', 'order history', 'browsing history', 'device information', 'IP address', 'location', 'job title', 'language'],
  exceptions: [
    'where a law requires us to disclose it',
    'where it is needed to protect someone\'s life, health or property and consent cannot be obtained',
    'where it is needed for public health and consent cannot be obtained',
    'where a public authority needs our help and asking for consent would hinder its work',
    'where it is needed for academic research',
  ],
  companies: ['Mountain Path Delivery Inc.', 'Aoba Payments LLC', 'Kodama Print Ltd.', 'Shizuku Analytics GmbH', 'Starfield Association'],
  purposes: ['delivering orders', 'taking payment', 'printing mail', 'analysing usage', 'inviting members to events'],
  emoji: ['📦', '✅', '🔒', '📮', '👍🏻'],
  tableHead: ['Recipient', 'Categories of data', 'Purpose'],
  services: ['E-books', 'Subscriptions', 'Click and Collect', 'Loyalty Club', 'Business Sales', 'Used Books', 'Reading Circles', 'Newsletter', 'Mobile App', 'Gift Cards'],
};

type Phrases = typeof ja;

function pick<T>(rnd: () => number, list: readonly T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function sentence(rnd: () => number, p: Phrases, language: BenchLanguage): string {
  const link = rnd() < 0.3 ? pick(rnd, p.links) : '';
  if (language === 'ja') return `${link}${pick(rnd, p.subjects)}は、${pick(rnd, p.objects)}を${pick(rnd, p.verbs)}。`;
  const subject = pick(rnd, p.subjects);
  return `${link}${link ? subject.toLowerCase() : subject} collect ${pick(rnd, p.objects)} and ${pick(rnd, p.verbs)}.`;
}

function paragraph(rnd: () => number, p: Phrases, language: BenchLanguage, count: number): string {
  const parts: string[] = [];
  for (let i = 0; i < count; i++) parts.push(sentence(rnd, p, language));
  if (rnd() < 0.2) parts.push(pick(rnd, p.emoji));
  return parts.join(language === 'ja' ? '' : ' ');
}

/** `count` different entries of a list (tables and item lists do not repeat themselves). */
function distinct<T>(rnd: () => number, list: readonly T[], count: number): T[] {
  const offset = Math.floor(rnd() * list.length);
  return Array.from({ length: Math.min(count, list.length) }, (_, i) => list[(offset + i) % list.length]);
}

function itemList(rnd: () => number, p: Phrases, count: number): string[] {
  return distinct(rnd, p.items, count);
}

/** One numbered section of a policy; the kind of body rotates so that every construct appears often. */
function section(rnd: () => number, p: Phrases, language: BenchLanguage, n: number): string {
  // Handbooks repeat topics per service; the service in brackets keeps every title distinct.
  const round = Math.floor((n - 1) / p.titles.length);
  const service = round === 0 ? '' : `${p.services[(round - 1) % p.services.length]}${round > p.services.length ? ` ${Math.ceil(round / p.services.length)}` : ''}`;
  const title = `${p.titles[(n - 1) % p.titles.length]}${service ? (language === 'ja' ? `：${service}` : ` — ${service}`) : ''}`;
  const heading = language === 'ja' ? `## 第${n}条（${title}）` : `## ${n}. ${title}`;
  const sep = language === 'ja' ? '、' : ', ';
  const out = [heading, '', paragraph(rnd, p, language, 2 + Math.floor(rnd() * 3)), ''];
  switch (n % 4) {
    case 0: {
      out.push(language === 'ja' ? '当社は、次の情報を取得します。' : 'We collect the following information:', '');
      for (let i = 0; i < 4; i++) {
        out.push(`- ${itemList(rnd, p, 2).join(sep)}`);
        if (i === 1) out.push(`  - ${pick(rnd, p.objects)}`, `  - ${pick(rnd, p.objects)} ${pick(rnd, p.emoji)}`);
      }
      break;
    }
    case 1: {
      out.push(language === 'ja' ? '当社は、次の場合を除き、あらかじめ本人の同意を得ずに個人情報を第三者に提供しません。' : 'We do not share personal data without consent, except in the following cases:', '');
      p.exceptions.forEach((text, i) => out.push(`${i + 1}. ${text}`));
      break;
    }
    case 2: {
      out.push(language === 'ja' ? '提供先と提供する情報は次のとおりです。' : 'We share data with the following recipients:', '');
      out.push(`| ${p.tableHead.join(' | ')} |`, `| --- | --- | --- |`);
      const companies = distinct(rnd, p.companies, 3);
      for (let i = 0; i < 3; i++) out.push(`| ${companies[i]} | ${itemList(rnd, p, 3).join(sep)} | ${pick(rnd, p.purposes)} |`);
      break;
    }
    default: {
      const day = 1 + Math.floor(rnd() * 28);
      out.push(
        language === 'ja'
          ? `当社は、令和${1 + (n % 6)}年${1 + (n % 12)}月${day}日から、本サービスに関するご請求を次の窓口で受け付けます（電話：03-1234-${String(1000 + (n % 9000))}）。`
          : `The Company accepts requests about the Service from ${1 + (n % 12)}/${day}/2023 at privacy@brightleaf.example (phone: +44 20 7946 ${String(1000 + (n % 9000))}).`,
      );
      out.push('', language === 'ja' ? `（${1}）${paragraph(rnd, p, language, 1)}` : `(1) ${paragraph(rnd, p, language, 1)}`);
      out.push('', language === 'ja' ? `（${2}）${paragraph(rnd, p, language, 1)}` : `(2) ${paragraph(rnd, p, language, 1)}`);
    }
  }
  out.push('', paragraph(rnd, p, language, 1 + Math.floor(rnd() * 2)), '');
  return out.join('\n');
}

/** A policy of about `bytes` UTF-8 bytes (front matter, title, intro, numbered sections, contact block). */
export function generatePolicy(language: BenchLanguage, bytes: number, seed = 7): string {
  const rnd = random(seed);
  const p = language === 'ja' ? ja : en;
  const head = [
    '---',
    'policy: privacy',
    `organization: ${p.org}`,
    `lang: ${language}`,
    'established: 2019-04-01',
    '---',
    '',
    language === 'ja' ? '# 個人情報保護方針' : '# Privacy Policy',
    '',
    language === 'ja'
      ? `${p.org}（以下「当社」といいます。）は、当社が運営するオンライン書店（以下「本サービス」といいます。）における個人情報を次のとおり取り扱います。`
      : `${p.org} (the "Company") handles personal data in its online bookshop (the "Service") as described below.`,
    '',
  ].join('\n');
  const tail = language === 'ja'
    ? '\n## お問い合わせ\n\n〒100-0005 東京都千代田区ひなた町1-2-3\n\n個人情報相談窓口　privacy@hinata.example\n\n制定日：2019年4月1日\n'
    : '\n## Contact\n\nPrivacy Office, 1 Example Street, London\n\nprivacy@brightleaf.example\n\nLast updated: 1 April 2024\n';
  const parts = [head];
  let size = Buffer.byteLength(head) + Buffer.byteLength(tail);
  for (let n = 1; size < bytes; n++) {
    const next = section(rnd, p, language, n);
    size += Buffer.byteLength(next) + 1;
    parts.push(next);
  }
  parts.push(tail);
  return parts.join('\n');
}

export type EditKind = 'paragraph' | 'list item' | 'table cell' | 'heading';

/**
 * An offset in the middle of the document where a writer types, inside the kind of block asked for:
 * the middle of the first matching line at or after the document's midpoint.
 */
export function editOffset(text: string, kind: EditKind): number {
  const linePattern: Record<EditKind, RegExp> = {
    paragraph: /^(?![#|\-\d(（ ]).{20,}$/gmu,
    'list item': /^- .{8,}$/gm,
    'table cell': /^\| (?!-).+\|$/gm,
    heading: /^## .+$/gm,
  };
  const pattern = linePattern[kind];
  pattern.lastIndex = Math.floor(text.length / 2);
  const match = pattern.exec(text) ?? (pattern.lastIndex = 0, pattern.exec(text));
  if (!match) throw new Error(`no ${kind} in the generated text`);
  let offset = match.index + (kind === 'table cell' ? 4 : Math.floor(match[0].length / 2));
  // Never split a surrogate pair.
  const code = text.charCodeAt(offset);
  if (code >= 0xdc00 && code <= 0xdfff) offset++;
  return offset;
}
