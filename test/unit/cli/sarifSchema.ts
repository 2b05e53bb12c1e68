import * as assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

/** The repository root, found from the bundled test file wherever it was written. */
export function findRepoRoot(from = __dirname): string {
  let current = from;
  for (;;) {
    if (existsSync(join(current, 'package.json')) && existsSync(join(current, 'esbuild.mjs'))) return current;
    const parent = dirname(current);
    if (parent === current) return process.cwd();
    current = parent;
  }
}

type Validate = (log: unknown) => string[];

/**
 * The official SARIF 2.1.0 JSON schema (rtm.5, a draft-04 schema) ships in @microsoft/jest-sarif
 * together with the ajv 6 that reads it. Returns undefined when that devDependency is not installed;
 * POLICYMD_JEST_SARIF may point at a copy installed elsewhere.
 */
export function loadSchemaValidator(): Validate | undefined {
  const candidates = [process.env.POLICYMD_JEST_SARIF && join(process.env.POLICYMD_JEST_SARIF, 'package.json')].filter((p): p is string => !!p);
  try {
    candidates.push(createRequire(join(findRepoRoot(), 'package.json')).resolve('@microsoft/jest-sarif/package.json'));
  } catch {
    // Not installed in the repository.
  }
  const manifest = candidates.find((path) => existsSync(path));
  if (!manifest) return undefined;
  const load = createRequire(manifest);
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const Ajv = load('ajv') as any;
  const ajv = new Ajv({ schemaId: 'auto', allErrors: true });
  ajv.addMetaSchema(load('ajv/lib/refs/json-schema-draft-04.json'));
  const validate = ajv.compile(load('./lib/schemas/sarif-2.1.0-rtm.5.json'));
  return (log) => (validate(log) ? [] : (validate.errors as { dataPath?: string; instancePath?: string; message: string }[]).map((e) => `${e.dataPath ?? e.instancePath}: ${e.message}`));
}

type Json = Record<string, unknown>;

function keysWithin(value: Json, allowed: string[], where: string, problems: string[]): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) problems.push(`${where}: property "${key}" is not in the SARIF schema`);
}

function isPositiveInteger(value: unknown): boolean {
  return Number.isInteger(value) && (value as number) >= 1;
}

/**
 * The SARIF 2.1.0 requirements our log relies on, checked by hand: required properties, enums,
 * 1-based regions, rule indexes and the properties allowed on each object we write.
 */
export function structuralProblems(log: unknown): string[] {
  const problems: string[] = [];
  const fail = (message: string) => problems.push(message);
  if (typeof log !== 'object' || log === null) return ['log: not an object'];
  const root = log as Json;
  keysWithin(root, ['$schema', 'version', 'runs', 'inlineExternalProperties', 'properties'], 'log', problems);
  if (root.version !== '2.1.0') fail('log.version must be "2.1.0"');
  if (!Array.isArray(root.runs)) return [...problems, 'log.runs must be an array'];
  root.runs.forEach((run: Json, r) => {
    const at = `runs[${r}]`;
    keysWithin(run, ['tool', 'results', 'columnKind', 'originalUriBaseIds', 'invocations', 'artifacts', 'properties'], at, problems);
    const driver = (run.tool as Json | undefined)?.driver as Json | undefined;
    if (!driver || typeof driver.name !== 'string') fail(`${at}.tool.driver.name is required`);
    const rules = (driver?.rules ?? []) as Json[];
    rules.forEach((rule, i) => {
      keysWithin(rule, ['id', 'name', 'shortDescription', 'fullDescription', 'help', 'helpUri', 'defaultConfiguration', 'properties'], `${at}.rules[${i}]`, problems);
      if (typeof rule.id !== 'string') fail(`${at}.rules[${i}].id is required`);
      for (const key of ['shortDescription', 'fullDescription', 'help']) {
        const text = rule[key] as Json | undefined;
        if (text !== undefined && typeof text.text !== 'string') fail(`${at}.rules[${i}].${key}.text is required`);
      }
      if (rule.helpUri !== undefined) assert.doesNotThrow(() => new URL(rule.helpUri as string), `${at}.rules[${i}].helpUri`);
      const level = (rule.defaultConfiguration as Json | undefined)?.level;
      if (level !== undefined && !['none', 'note', 'warning', 'error'].includes(level as string)) fail(`${at}.rules[${i}] bad level`);
    });
    if (run.columnKind !== undefined && !['utf16CodeUnits', 'unicodeCodePoints'].includes(run.columnKind as string)) fail(`${at}.columnKind`);
    if (!Array.isArray(run.results)) {
      fail(`${at}.results must be an array`);
      return;
    }
    run.results.forEach((result: Json, i) => {
      const where = `${at}.results[${i}]`;
      keysWithin(result, ['ruleId', 'ruleIndex', 'level', 'message', 'locations', 'properties'], where, problems);
      if (typeof (result.message as Json | undefined)?.text !== 'string') fail(`${where}.message.text is required`);
      if (!['none', 'note', 'warning', 'error'].includes(result.level as string)) fail(`${where}.level`);
      if (!Number.isInteger(result.ruleIndex) || (result.ruleIndex as number) < 0 || (result.ruleIndex as number) >= rules.length) fail(`${where}.ruleIndex out of range`);
      else if (rules[result.ruleIndex as number].id !== result.ruleId) fail(`${where}.ruleIndex names another rule`);
      for (const location of (result.locations ?? []) as Json[]) {
        const physical = location.physicalLocation as Json;
        const artifact = physical.artifactLocation as Json;
        if (typeof artifact.uri !== 'string' || /\s/.test(artifact.uri)) fail(`${where}: artifact uri must be an encoded URI`);
        const region = physical.region as Json;
        for (const key of ['startLine', 'startColumn', 'endLine', 'endColumn']) if (!isPositiveInteger(region[key])) fail(`${where}.region.${key} must be ≥ 1`);
        if ((region.endLine as number) < (region.startLine as number)) fail(`${where}: region ends before it starts`);
        if (region.endLine === region.startLine && (region.endColumn as number) < (region.startColumn as number)) fail(`${where}: region ends before it starts`);
      }
    });
  });
  return problems;
}
