import type { RootContent } from 'mdast';
import { readFrontMatter } from '../parse/frontMatter';
import { parseFrontMatterOnly, parseMarkdown, type ParsedMarkdown } from '../parse/markdown';
import { LineIndex } from '../text/positions';
import { blockFacts, countScripts, organisationName, type BlockFacts } from '../perf/blockFacts';
import { defaultMaxFullAnalysisSize, exceedsFullAnalysisSize, type AnalysisLimit } from '../perf/limits';
import { buildLists, buildNumberedRuns } from './lists';
import { buildSections } from './sections';
import { buildTables } from './tables';
import { spanOf, type TextSegment } from './text';
import {
  profileIds,
  type ContactDetail,
  type DateMention,
  type DefinedTerm,
  type DocumentLanguage,
  type PolicyDocument,
  type ProfileId,
  type SectionKind,
  type SettingSource,
  type SuppressionComment,
} from './types';

export interface ModelOptions {
  /** A profile chosen in the editor settings ('auto' or undefined defers to the document). */
  readonly settingsProfile?: ProfileId | 'auto';
  /** A profile from `.policymd.json`. */
  readonly configProfile?: ProfileId;
  readonly headingSynonyms?: Readonly<Partial<Record<SectionKind, readonly string[]>>>;
  /** UTF-8 bytes above which only front matter is read and only cheap rules should run (0 = no limit). */
  readonly maxFullAnalysisSize?: number;
}

export interface BuiltDocument {
  readonly document: PolicyDocument;
  readonly parse: ParsedMarkdown;
  /** Set when the document was too large for the full model: it then has front matter and lines only. */
  readonly limited?: AnalysisLimit;
}

/**
 * 「Sample Works Inc. ("we", "us") …」: an English company name introduced as "we" in one of the
 * first paragraphs is the operator. The name runs back from its legal form over capitalised words.
 */
const englishIntroduced =
  /((?:[A-Z][\w&'’-]*\.?,?\s){1,6}(?:Inc\.|Inc\b|LLC\b|L\.L\.C\.|Ltd\.|Ltd\b|Limited\b|Corporation\b|Corp\.|GmbH\b|AG\b|K\.K\.|S\.A\.|B\.V\.|plc\b))(?=,?\s*\([^)]{0,40}\b(?:[Ww]e|[Uu]s|[Oo]ur|[Cc]ompany)\b|\s(?:is|respects|operates|provides)\b)/g;

function englishOperator(blocks: readonly RootContent[], facts: readonly BlockFacts[]): PolicyDocument['organization'] {
  let paragraphs = 0;
  for (let index = 0; index < blocks.length && paragraphs < 5; index++) {
    if (blocks[index].type !== 'paragraph') continue;
    paragraphs++;
    for (const segment of facts[index].segments) {
      englishIntroduced.lastIndex = 0;
      let match: RegExpExecArray | null;
      while ((match = englishIntroduced.exec(segment.value)) !== null) {
        // "… is / respects …" names the operator only as the subject of its own sentence.
        const introduced = /^,?\s*\(/.test(segment.value.slice(match.index + match[1].length));
        if (introduced || match.index === 0 || /[.!?]\s*$/.test(segment.value.slice(0, match.index))) break;
      }
      if (!match || !/\b(?:we|us|our)\b/i.test(segment.value)) continue;
      const name = match[1].replace(/^.*?\b[A-Z]?[a-z]{3,}[.!?]\s+(?=[A-Z])/, '').replace(/^(?:The|This|At|By)\s+/, '').trim();
      const start = segment.start + match.index + match[1].indexOf(name);
      return { name, span: segment.exact ? { start, end: start + name.length } : segment.span, source: 'text' };
    }
  }
  return undefined;
}

function findOrganization(
  frontMatterName: unknown,
  terms: readonly DefinedTerm[],
  blocks: readonly RootContent[],
  facts: readonly BlockFacts[],
): PolicyDocument['organization'] {
  if (typeof frontMatterName === 'string' && frontMatterName.trim()) return { name: frontMatterName.trim(), source: 'front-matter' };
  for (const term of terms) {
    if (term.referent && organisationName.test(term.referent.text)) {
      const name = term.referent.text.replace(/^.*?[はがも、]\s*(?=\S*(?:株式会社|有限会社|合同会社))/, '');
      return { name, span: term.referent.span, source: 'text' };
    }
  }
  const english = englishOperator(blocks, facts);
  if (english) return english;
  // The operator's own name usually stands alone in the contact block at the end.
  let best: { name: string; index: number; score: number } | undefined;
  for (let index = 0; index < blocks.length; index++) {
    const candidate = facts[index].organisation;
    if (!candidate) continue;
    const score = (candidate.inSentence ? 0 : 2) + index / blocks.length;
    if (!best || score >= best.score) best = { name: candidate.name, index, score };
  }
  const span = best ? spanOf(blocks[best.index]) : undefined;
  if (best && span) return { name: best.name, span, source: 'text' };
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
  const limited = exceedsFullAnalysisSize(text, options.maxFullAnalysisSize ?? defaultMaxFullAnalysisSize);
  const parse = limited ? parseFrontMatterOnly(text) : parseMarkdown(text, previous);
  const root = parse.root;
  const blocks = root.children;
  const lines = new LineIndex(text);
  const frontMatter = readFrontMatter(text, blocks);
  // Per-block facts are cached on the block nodes, which the parser reuses where the text is unchanged.
  const facts = blocks.map((block) => blockFacts(block, text, lines));
  const segments: TextSegment[] = [];
  const terms: DefinedTerm[] = [];
  const dates: DateMention[] = [];
  const contacts: ContactDetail[] = [];
  const suppressions: SuppressionComment[] = [];
  let japanese = 0;
  let latin = 0;
  for (const fact of facts) {
    for (const segment of fact.segments) segments.push(segment);
    for (const term of fact.terms) terms.push(term);
    for (const date of fact.dates) dates.push(date);
    for (const contact of fact.contacts) contacts.push(contact);
    for (const suppression of fact.suppressions) suppressions.push(suppression);
    japanese += fact.japanese;
    latin += fact.latin;
  }
  if (limited) ({ japanese, latin } = countScripts(text.slice(0, 100_000)));

  const fmLang = frontMatter?.data?.lang;
  // Japanese policies are full of Latin product names and URLs; a modest share of kana/kanji decides.
  const detected: DocumentLanguage = japanese > 0 && japanese * 4 >= latin ? 'ja' : 'en';
  const language: DocumentLanguage = fmLang === 'ja' || fmLang === 'en' ? fmLang : detected;
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

  if (limited) {
    const document: PolicyDocument = {
      uri, version, text, lines, root, blocks, frontMatter, language, languageSource, profile, profileSource,
      sections: [], lists: [], numberedRuns: [], tables: [], terms: [], dates: [], contacts: [], suppressions: [], segments: [],
      organization: findOrganization(frontMatter?.data?.organization, [], [], []),
    };
    return { document, parse, limited };
  }
  const sections = buildSections(blocks, text, language, options.headingSynonyms ?? {});
  const lists = buildLists(blocks, text, sections);
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
    dates: dates.sort((a, b) => a.span.start - b.span.start),
    contacts: contacts.sort((a, b) => a.span.start - b.span.start),
    organization: findOrganization(frontMatter?.data?.organization, terms, blocks, facts),
    suppressions: suppressions.sort((a, b) => a.span.start - b.span.start),
    segments,
  };
  return { document, parse };
}
