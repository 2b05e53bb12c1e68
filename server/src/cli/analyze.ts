import { dirname, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { ConfigCache, loadConfigFile, type LoadedConfig } from '../configFiles';
import { createPolicyLanguageService, type DocumentSettings, type PolicyConfig, type PolicyLanguageService } from '../language';
import type { PolicyDiagnostic } from '../language/features/diagnostics';
import type { PolicyDocument, ProfileId } from '../language/model/types';
import type { MessageLanguage, Severity } from '../language/rules/types';
import { fail } from './errors';

export interface FileResult {
  readonly filePath: string;
  readonly document: PolicyDocument;
  readonly diagnostics: readonly PolicyDiagnostic[];
}

export interface AnalysisRequest {
  readonly profile?: ProfileId;
  /** `--config`: one file for every document instead of the nearest `.policymd.json`. */
  readonly configPath?: string;
  /** `--rule` overrides; they win over the config file, as editor settings do. */
  readonly rules: Readonly<Record<string, Severity>>;
  readonly messageLanguage?: MessageLanguage;
}

function describeConfigProblems(loaded: LoadedConfig): string | undefined {
  if (loaded.error) return `bad configuration ${loaded.error}`;
  if (loaded.problems.length === 0) return undefined;
  const reasons = loaded.problems.map((problem) => `${problem.path ? `${problem.path}: ` : ''}${problem.message}`);
  return `bad configuration ${loaded.path}: ${reasons.join('; ')}`;
}

/** The engine with the CLI's settings: one service, configs cached per directory, version 1 per text. */
export class Analyzer {
  readonly #service: PolicyLanguageService = createPolicyLanguageService();
  readonly #configs = new ConfigCache();
  readonly #request: AnalysisRequest;
  readonly #explicit?: LoadedConfig;
  #version = 0;

  constructor(request: AnalysisRequest, cwd: string) {
    this.#request = request;
    if (request.configPath !== undefined) {
      const loaded = loadConfigFile(resolve(cwd, request.configPath));
      const problem = describeConfigProblems(loaded);
      if (problem) fail(problem);
      this.#explicit = loaded;
    }
  }

  /** The configuration for a file; a broken one stops the run (exit 2) rather than being half applied. */
  configFor(filePath: string): PolicyConfig {
    const loaded = this.#explicit ?? this.#configs.forDirectory(dirname(filePath));
    const problem = describeConfigProblems(loaded);
    if (problem) fail(problem);
    return loaded.config;
  }

  analyze(filePath: string, text: string): FileResult {
    const config = this.configFor(filePath);
    // Each text gets a new version, so that `fix` passes over one file never reuse a stale model.
    const textDocument = TextDocument.create(pathToFileURL(filePath).href, 'policy-markdown', ++this.#version, text);
    const base: DocumentSettings = { profile: this.#request.profile ?? 'auto', messageLanguage: 'en', config, rules: this.#request.rules };
    const document = this.#service.getDocument(textDocument, base);
    const messageLanguage = this.#request.messageLanguage ?? config.messageLanguage ?? document.language;
    const diagnostics = this.#service.computeDiagnostics(textDocument, { ...base, messageLanguage });
    return { filePath, document, diagnostics };
  }

  forget(filePath: string): void {
    this.#service.forget(pathToFileURL(filePath).href);
  }
}
