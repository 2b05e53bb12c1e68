// Prints the closing line CI reads: the counts of every suite that ran.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = join('out', 'test-results');
let passed = 0;
let failed = 0;
if (existsSync(dir)) {
  for (const name of readdirSync(dir).filter((file) => file.endsWith('.json')).sort()) {
    const result = JSON.parse(readFileSync(join(dir, name), 'utf8'));
    passed += result.passed;
    failed += result.failed;
    console.log(`${result.suite}: ${result.passed} passed, ${result.failed} failed`);
  }
}
console.log(`${passed} passed, ${failed} failed`);
process.exitCode = failed > 0 || passed === 0 ? 1 : 0;
