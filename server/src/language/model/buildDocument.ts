import type { RootContent } from 'mdast';
import { readFrontMatter } from '../parse/frontMatter';
import { parseMarkdown, type ParsedMarkdown } from '../parse/markdown';
import { LineIndex } from '../text/positions';
import { findContacts } from './contacts';
import { findDates } from './dates';
import { buildLists, buildNumberedRuns } from './lists';
import { buildSections } from './sections';
import { findSuppressions } from './suppressions';
import { buildTables } from './tables';
import { findDefinedTerms } from './terms';
import { plainText, spanOf, textSegments, type TextSegment } from './text';
import { profileIds, type DocumentLanguage, type PolicyDocument, type ProfileId, type SectionKind, type SettingSource } from './types';

export interface ModelOptions {
  /** A profile chosen in the editor settings ('auto' or undefined defers to the document). */
  readonly settingsProfile?: ProfileId | 'auto';
  /** A profile from `.policymd.json`. */
  readonly configProfile?: ProfileId;
  readonly headingSynonyms?: Readonly<Partial<Record<SectionKind, readonly string[]>>>;
}

export interface BuiltDocument {
  readonly document: PolicyDocument;
  readonly parse: ParsedMarkdown;
}

const japaneseChar = /[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uff66-\uff9f]/g;
const latinChar = /[A-Za-z]/g;

function detectLanguage(segments: readonly TextSegment[]): DocumentLanguage {
  let japanese = 0;
  let latin = 0;
  for (const segment of segments) {
    japanese += segment.value.match(japaneseChar)?.length ?? 0;
    latin += segment.value.match(latinChar)?.length ?? 0;
  }
  // Japanese policies are full of Latin product names and URLs; a modest share of kana/kanji decides.
  return japanese > 0 && japanese * 4 >= latin ? 'ja' : 'en';
}

const organisationName =
  /(?:株式会社|有限会社|合同会社|合資会社|合名会社|(?:一般|公益)(?:社団|財団)法人|特定非営利活動法人|NPO法人|学校法人|医療法人|社会福祉法人|宗教法人|国立大学法人)|\b(?:Inc\.?|LLC|L\.L\.C\.|Ltd\.?|Limited|Corporation|Corp\.|GmbH|K\.K\.)(?=\s|$|,)/;

function findOrganization(
  frontMatterName: unknown,
  document: Pick<PolicyDocument, 'terms'>,
  blocks: readonly RootContent[],
): PolicyDocument['organization'] {
  if (typeof frontMatterName === 'string' && frontMatterName.trim()) return { name: frontMatterName.trim(), source: 'front-matter' };
  for (const term of document.terms) {
    if (term.referent && organisationName.test(term.referent.text)) {
      const name = term.referent.text.replace(/^.*?[はがも、]\s*(?=\S*(?:株式会社|有限会社|合同会社))/, '');
      return { name, span: term.referent.span, source: 'text' };
    }
  }
  // The operator's own name usually stands alone in the contact block at the end; names of
  // recipients appear inside sentences or next to particles (… の whois).
  let best: { name: string; span: NonNullable<ReturnType<typeof spanOf>>; score: number } | undefined;
  for (const section of [...blocks.entries()]) {
    const [index, block] = section;
    if (block.type !== 'paragraph') continue;
    const value = plainText(block).trim();
    const span = spanOf(block);
    if (!span || value.length > 60 || /[。\n]/.test(value) || !organisationName.test(value)) continue;
    const score = (/[のはをにがで]\s|\s[のはをにがで]|[（(]/.test(value) ? 0 : 2) + index / blocks.length;
    if (!best || score >= best.score) best = { name: value, span, score };
  }
  if (best) return { name: best.name, span: best.span, source: 'text' };
  return undefined;
}

/**
 * Builds the model of one document version. Pass the previous build of the same document to reuse
 * the parse of every chunk the edit did not touch.
 */
export function buildPolicyDocument(
  uri: string,
  version: number,
  text: string,
  options: ModelOptions = {},
  previous?: ParsedMarkdown,
): BuiltDocument {
  const parse = parseMarkdown(text, previous);
  const root = parse.root;
  const blocks = root.children;
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text, blocks);
  const segments = blocks.flatMap((block) => textSegments(block, text));

  const fmLang = frontMatter?.data?.lang;
  const language: DocumentLanguage = fmLang === 'ja' || fmLang === 'en' ? fmLang : detectLanguage(segments);
  const languageSource: SettingSource = fmLang === 'ja' || fmLang === 'en' ? 'front-matter' : 'detected';

  const fmProfile = frontMatter?.data?.profile;
  let profile: ProfileId;
  let profileSource: SettingSource;
  if (typeof fmProfile === 'string' && (profileIds as readonly string[]).includes(fmProfile)) {
    profile = fmProfile as ProfileId;
    profileSource = 'front-matter';
  } else if (options.settingsProfile && options.settingsProfile !== 'auto') {
    profile = options.settingsProfile;
    profileSource = 'settings';
  } else if (options.configProfile) {
    profile = options.configProfile;
    profileSource = 'config';
  } else {
    profile = language === 'ja' ? 'jp-appi' : 'eu-gdpr';
    profileSource = 'default';
  }

  const sections = buildSections(blocks, text, language, options.headingSynonyms ?? {});
  const lists = buildLists(blocks, text, sections);
  const terms = findDefinedTerms(segments, text);
  const document: PolicyDocument = {
    uri,
    version,
    text,
    lines,
    root,
    blocks,
    frontMatter,
    language,
    languageSource,
    profile,
    profileSource,
    sections,
    lists,
    numberedRuns: buildNumberedRuns(blocks, text, sections, lists),
    tables: buildTables(blocks, text, sections),
    terms,
    dates: findDates(segments, text),
    contacts: findContacts(blocks, segments, text),
    organization: findOrganization(frontMatter?.data?.organization, { terms }, blocks),
    suppressions: findSuppressions(blocks, text, lines),
  };
  return { document, parse };
}
