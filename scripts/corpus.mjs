// Prints every finding over a folder of policies, then counts per rule: the tool for hunting false
// positives on real documents. Every .md/.txt file in the folder is checked, whatever its front matter.
// Usage: npm run corpus -- <dir> [--rule id] [--json out.json]
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';

const args = process.argv.slice(2);
const dir = args.find((arg) => !arg.startsWith('--') && args[args.indexOf(arg) - 1] !== '--rule' && args[args.indexOf(arg) - 1] !== '--json');
const only = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const jsonOut = args.includes('--json') ? args[args.indexOf('--json') + 1] : undefined;
if (!dir || !existsSync(dir)) {
  console.error('usage: npm run corpus -- <dir> [--rule id] [--json out.json]');
  process.exit(2);
}
if (!existsSync('dist/cli.js')) {
  console.error('dist/cli.js is missing: run "npm run build" first.');
  process.exit(2);
}
const files = readdirSync(dir)
  .filter((name) => /\.(md|txt)$/.test(name) && !/^(README|SOURCES)\.md$/i.test(name))
  .map((name) => join(dir, name))
  .filter((file) => statSync(file).isFile())
  .sort();

let output;
try {
  output = execFileSync(process.execPath, ['dist/cli.js', 'check', '--format', 'json', '--message-language', 'en', ...files], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
} catch (error) {
  if (error.status !== 1) {
    console.error(error.stderr || error.message);
    process.exit(2);
  }
  output = error.stdout;
}
const results = JSON.parse(output);
const counts = new Map();
for (const result of results) {
  for (const message of result.messages) {
    if (only && message.ruleId !== only) continue;
    counts.set(message.ruleId, (counts.get(message.ruleId) ?? 0) + 1);
    console.log(`${basename(result.filePath)}:${message.line}:${message.column} ${message.ruleId}/${message.messageId} ${message.message}`);
  }
}
console.log(`\n${files.length} file(s). Findings per rule:`);
for (const [rule, count] of [...counts.entries()].sort((a, b) => b[1] - a[1])) console.log(`  ${rule.padEnd(28)} ${count}`);
if (jsonOut) writeFileSync(jsonOut, JSON.stringify(results, null, 2));
