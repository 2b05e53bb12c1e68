// Regenerates, from the rule registry, the parts of the manifest and of schemas/policymd.schema.json
// that list rules, severities, profiles and section kinds, with each rule's description in both
// languages (package.nls*.json). Run after adding a rule: npm run settings-schema
import * as esbuild from 'esbuild';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outfile = join(tmpdir(), `policymd-settings-schema-${process.pid}.cjs`);
await esbuild.build({
  stdin: {
    contents: [
      "export { allRules } from './server/src/language/rules';",
      "export { severities } from './server/src/language/rules/types';",
      "export { profileIds } from './server/src/language/model/types';",
      "export { sectionKindIds } from './server/src/language/model/sectionKinds';",
    ].join('\n'),
    resolveDir: process.cwd(),
    loader: 'ts',
  },
  bundle: true,
  platform: 'node',
  format: 'cjs',
  outfile,
  logLevel: 'error',
});
const { allRules, severities, profileIds, sectionKindIds } = createRequire(import.meta.url)(outfile);
rmSync(outfile, { force: true });

const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const writeJson = (path, value) => writeFileSync(path, `${JSON.stringify(value, null, 2)}\n`);
const ruleKey = (id) => `config.rule.${id}`;

const manifest = readJson('package.json');
const rulesSetting = manifest.contributes.configuration.properties['policyMarkdown.rules'];
rulesSetting.properties = Object.fromEntries(allRules.map((rule) => [rule.id, { type: 'string', enum: severities, description: `%${ruleKey(rule.id)}%` }]));
rulesSetting.additionalProperties = { type: 'string', enum: severities };
writeJson('package.json', manifest);

for (const [file, language] of [['package.nls.json', 'en'], ['package.nls.ja.json', 'ja']]) {
  const strings = readJson(file);
  for (const key of Object.keys(strings)) if (key.startsWith('config.rule.')) delete strings[key];
  for (const rule of allRules) strings[ruleKey(rule.id)] = rule.description[language];
  writeJson(file, strings);
}

const schemaPath = 'schemas/policymd.schema.json';
const schema = readJson(schemaPath);
schema.definitions.severity.enum = [...severities];
schema.properties.profile.enum = [...profileIds];
schema.properties.rules.propertyNames = { not: { enum: ['__proto__', 'constructor', 'prototype'] } };
schema.properties.rules.properties = Object.fromEntries(
  allRules.map((rule) => [rule.id, { description: `${rule.description.en} — ${rule.description.ja}`, $ref: '#/definitions/severity' }]),
);
schema.properties.headingSynonyms.properties = Object.fromEntries(sectionKindIds.map((kind) => [kind, { $ref: '#/definitions/words' }]));
writeJson(schemaPath, schema);
console.log(`package.json, package.nls*.json and ${schemaPath} list ${allRules.length} rules.`);
