// The folder the desktop scenarios open: the same documents as the browser scenarios,
// plus a copy of the first seed when the shared folder is there. Written by the runner
// (outside VS Code), read by the scenarios through POLICYMD_ELECTRON_WORKSPACE.
import * as fs from 'node:fs';
import * as path from 'node:path';
import { DECLARED_POLICY_MD, PLAIN_MD, samplePolicy } from '../e2e/fixtures';

export const SEED = '000_b103459df77d0800.txt';
export const SEED_FILE = 'seed.policy.md';

export function writeWorkspace(root: string, seedsDir: string): void {
  fs.mkdirSync(root, { recursive: true });
  const text = samplePolicy().text;
  const files: Record<string, string> = { 'fix.policy.md': text, 'preview.policy.md': text, 'declared.md': DECLARED_POLICY_MD, 'plain.md': PLAIN_MD };
  const seed = path.join(seedsDir, SEED);
  if (fs.existsSync(seed)) files[SEED_FILE] = fs.readFileSync(seed, 'utf8');
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(root, name), content, 'utf8');
}
