// Regenerates the policy and section snippets in snippets/policy-markdown.code-snippets from the
// engine's section skeletons; hand-written snippets in the file are kept as they are.
import * as esbuild from 'esbuild';
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const outfile = join(tmpdir(), `policymd-snippets-${process.pid}.cjs`);
await esbuild.build({ entryPoints: ['server/src/language/features/completion/snippets.ts'], bundle: true, platform: 'node', format: 'cjs', outfile, logLevel: 'error' });
const { generatedSnippets } = createRequire(import.meta.url)(outfile);
const path = 'snippets/policy-markdown.code-snippets';
const existing = JSON.parse(readFileSync(path, 'utf8'));
const generated = generatedSnippets();
const kept = Object.fromEntries(Object.entries(existing).filter(([name, snippet]) => !(name in generated) && !/^(?:policy-(?:jp-appi|eu-gdpr)|section-)/.test(snippet.prefix)));
writeFileSync(path, `${JSON.stringify({ ...kept, ...generated }, null, 2)}\n`);
console.log(`${path}: ${Object.keys(generated).length} generated snippets, ${Object.keys(kept).length} kept.`);
