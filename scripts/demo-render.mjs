// Renders every policy in examples/ to test-output/html/<name>.html with the built CLI
// (`policymd render`), so that the published pages can be looked at. Run `npm run build` first.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { basename, join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const cli = join(root, 'dist', 'cli.js');
const examples = join(root, 'examples');
const outDir = join(root, 'test-output', 'html');

if (!existsSync(cli)) {
  console.error('dist/cli.js is missing: run "npm run build" first.');
  process.exit(2);
}
mkdirSync(outDir, { recursive: true });
const sources = existsSync(examples) ? readdirSync(examples).filter((name) => name.endsWith('.md')).sort() : [];
if (sources.length === 0) console.log('No Markdown files in examples/.');
let failed = 0;
for (const name of sources) {
  const output = join(outDir, `${basename(name).replace(/(?:\.policy)?\.md$/, '')}.html`);
  try {
    execFileSync(process.execPath, [cli, 'render', join(examples, name), '-o', output], { stdio: ['ignore', 'inherit', 'inherit'] });
    console.log(`${name} → ${output.slice(root.length)}`);
  } catch {
    failed++;
    console.error(`${name}: render failed`);
  }
}
process.exitCode = failed > 0 ? 1 : 0;
