import type { Schema } from 'hast-util-sanitize';

/** Classes the renderer itself sets; anything else is removed. */
const classes = ['pseudo-heading', 'pseudo-table', 'clause', 'clause-missing', 'directive', 'contains-task-list', 'task-list-item', 'footnotes', 'sr-only', 'data-footnote-backref'];
const aria = ['ariaDescribedBy', 'ariaLabel', 'ariaLabelledBy'];

/**
 * The explicit allow-list for rendered policies. Raw HTML never reaches it (the renderer drops it),
 * so it guards against what Markdown itself can produce: link and image URLs, directive attributes,
 * footnote labels. Written out rather than derived from GitHub's defaults so that a dependency
 * update cannot widen it.
 */
export const policySchema: Schema = {
  strip: ['script', 'style', 'template', 'iframe', 'object', 'embed', 'svg', 'math', 'noscript'],
  allowComments: false,
  allowDoctypes: false,
  // Ids come only from the renderer (heading anchors, footnotes with their own prefix), so they are
  // kept verbatim for the table of contents; user text cannot choose an arbitrary id.
  clobber: ['name'],
  clobberPrefix: 'policy-',
  tagNames: [
    'a', 'b', 'blockquote', 'br', 'code', 'del', 'div', 'em', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hr', 'i', 'img',
    'input', 'li', 'ol', 'p', 'pre', 's', 'section', 'span', 'strong', 'sub', 'sup', 'table', 'tbody', 'td', 'tfoot',
    'th', 'thead', 'tr', 'ul',
  ],
  ancestors: { tbody: ['table'], td: ['table'], th: ['table'], thead: ['table'], tfoot: ['table'], tr: ['table'], li: ['ol', 'ul'] },
  attributes: {
    '*': ['dataLine', ['className', ...classes]],
    a: ['href', 'title', 'id', 'dataFootnoteRef', 'dataFootnoteBackref', ...aria],
    img: ['src', 'alt', 'title'],
    h1: ['id'],
    h2: ['id'],
    h3: ['id'],
    h4: ['id'],
    h5: ['id'],
    h6: ['id'],
    li: ['id', 'value'],
    ol: ['start'],
    section: ['dataFootnotes'],
    td: ['align'],
    th: ['align'],
    code: [['className', /^language-[\w-]+$/]],
    input: [['type', 'checkbox'], ['disabled', true], 'checked'],
  },
  required: { input: { type: 'checkbox', disabled: true } },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'] },
};
