import { readFileSync } from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { createPolicyLanguageService } from '/work/wt-complete/server/src/language';
const text = readFileSync('/work/shared/seeds/003_b5cd9565b03e87a2.txt', 'utf8');
const s = createPolicyLanguageService();
const d = s.getDocument(TextDocument.create('file:///x.md', 'md', 1, text), { messageLanguage: 'en', profile: 'auto' });
console.log(d.profile, d.language);
for (const l of d.lists) console.log(l.index, d.lines.positionAt(l.span.start).line + 1, l.depth, l.ordered, l.items.map(i => i.marker + '|' + i.text.slice(0, 15)), l.intro?.text.slice(0, 30), l.section, d.sections[l.section ?? -1]?.kinds);
for (const t of d.terms) console.log(t.term);
