import { isAbsolute, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rulesDocumentationUrl } from '../../language/features/diagnostics';
import { allRules } from '../../language/rules';
import type { PolicyRule, Severity } from '../../language/rules/types';
import type { FileResult } from '../analyze';
import type { FormatContext } from './context';

const informationUri = 'https://github.com/policy-markdown/policy-markdown';
const sarifSchema = 'https://json.schemastore.org/sarif-2.1.0.json';

type Level = 'error' | 'warning' | 'note';

function level(severity: Exclude<Severity, 'off'>): Level {
  return severity === 'error' ? 'error' : severity === 'warning' ? 'warning' : 'note';
}

function ruleDescriptor(rule: PolicyRule, context: FormatContext): Record<string, unknown> {
  const language = context.language;
  const legal = rule.legalBasis ? `\n\n${language === 'ja' ? '根拠' : 'Legal basis'}: ${rule.legalBasis}` : '';
  return {
    id: rule.id,
    name: rule.id,
    shortDescription: { text: rule.description[language] },
    fullDescription: { text: rule.rationale[language] },
    help: { text: `${rule.description[language]}\n\n${rule.rationale[language]}${legal}` },
    helpUri: `${rulesDocumentationUrl}#${rule.id}`,
    defaultConfiguration: { level: level(rule.defaultSeverity) },
    properties: { tags: [...rule.tags], fixable: rule.fixable, ...(rule.legalBasis ? { legalBasis: rule.legalBasis } : {}) },
  };
}

/**
 * A path inside the working directory becomes a relative URI against %SRCROOT%, which is what code
 * scanning services resolve against the repository; anything else stays an absolute file URI.
 */
function artifactLocation(filePath: string, cwd: string): Record<string, string> {
  const rel = relative(cwd, filePath);
  if (rel === '' || rel === '..' || rel.startsWith(`..${sep}`) || isAbsolute(rel)) return { uri: pathToFileURL(filePath).href };
  return { uri: rel.split(sep).map(encodeURIComponent).join('/'), uriBaseId: '%SRCROOT%' };
}

/** SARIF 2.1.0: one run for the whole invocation, every rule described once, results pointing at them. */
export function formatSarif(results: readonly FileResult[], context: FormatContext): string {
  const rules = allRules.map((rule) => ruleDescriptor(rule, context));
  const ruleIndex = new Map(allRules.map((rule, index) => [rule.id, index]));
  const sarifResults: unknown[] = [];
  for (const { filePath, document, diagnostics } of results) {
    for (const diagnostic of diagnostics) {
      let index = ruleIndex.get(diagnostic.ruleId);
      if (index === undefined) {
        // Findings always name a registered rule; this keeps the log valid if one ever does not.
        index = rules.push({ id: diagnostic.ruleId, helpUri: `${rulesDocumentationUrl}#${diagnostic.ruleId}` }) - 1;
        ruleIndex.set(diagnostic.ruleId, index);
      }
      const start = document.lines.positionAt(diagnostic.span.start);
      const end = document.lines.positionAt(diagnostic.span.end);
      sarifResults.push({
        ruleId: diagnostic.ruleId,
        ruleIndex: index,
        level: level(diagnostic.severity),
        message: { text: diagnostic.message },
        locations: [
          {
            physicalLocation: {
              artifactLocation: artifactLocation(filePath, context.cwd),
              region: { startLine: start.line + 1, startColumn: start.character + 1, endLine: end.line + 1, endColumn: end.character + 1 },
            },
          },
        ],
        properties: { messageId: diagnostic.messageId, fixable: diagnostic.fixes.some((fix) => fix.safe) },
      });
    }
  }
  const log = {
    $schema: sarifSchema,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'policymd', version: context.toolVersion, semanticVersion: context.toolVersion, informationUri, rules } },
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(context.cwd).href.replace(/\/?$/, '/')}` } },
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
  return JSON.stringify(log, null, 2);
}
