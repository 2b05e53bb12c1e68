// Regenerates the rule reference in README.md from the rule registry.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outfile = join(tmpdir(), `policymd-rules-doc-${process.pid}.cjs`);
await esbuild.build({ entryPoints: ['server/src/language/rules/documentation.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
const { rulesReference, rulesStartMarker, rulesEndMarker } = createRequire(import.meta.url)(outfile);
const readme = readFileSync('README.md', 'utf8');
const start = readme.indexOf(rulesStartMarker);
const end = readme.indexOf(rulesEndMarker);
if (start < 0 || end < 0) {
  console.error('README.md has no rules markers.');
  process.exit(1);
}
writeFileSync('README.md', readme.slice(0, start) + rulesReference() + readme.slice(end + rulesEndMarker.length));
console.log('README.md rule reference updated.');
