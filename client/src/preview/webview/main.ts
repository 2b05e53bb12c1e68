// The preview's script, bundled to dist/preview.js and loaded by the webview under a nonce.
// It never builds HTML from strings of its own: the body arrives sanitised from the server, and
// everything this script adds (markers, highlights) goes through attributes and classes.
import { isExternalLink, type FromWebview, type PreviewMarker, type PreviewState, type ToWebview } from '../messages';
import { globals, isElement, type DomElement, type VsCodeApi } from './dom';

const { document, window } = globals;
const vscode: VsCodeApi<PreviewState> = globals.acquireVsCodeApi?.<PreviewState>() ?? { postMessage: () => undefined, getState: () => undefined, setState: () => undefined };

interface InitialState extends PreviewState {
  readonly markers?: readonly PreviewMarker[];
}

function readInitialState(): InitialState {
  const raw = document.getElementById('policy-preview-state')?.getAttribute('data-state');
  try {
    return raw ? (JSON.parse(raw) as InitialState) : { uri: '', version: 0, line: 0 };
  } catch {
    return { uri: '', version: 0, line: 0 };
  }
}

const initial = readInitialState();
const content = document.querySelector('.policy-preview') ?? document.body;
let shownVersion = initial.version;
let currentLine = vscode.getState()?.uri === initial.uri ? (vscode.getState()?.line ?? initial.line) : initial.line;
/** Scroll events until this time come from a scroll we caused; they are not echoed back to the editor. */
let ignoreScrollUntil = 0;

function post(message: FromWebview): void {
  vscode.postMessage(message);
}

function saveState(): void {
  vscode.setState({ uri: initial.uri, version: shownVersion, line: currentLine });
}

interface Anchor {
  readonly line: number;
  readonly element: DomElement;
}

/** Blocks with a source line, in document order, one per line (the outermost: a list before its first item). */
function anchors(): Anchor[] {
  const found: Anchor[] = [];
  let last = -1;
  for (const element of Array.from(content.querySelectorAll('[data-line]'))) {
    const line = Number(element.getAttribute('data-line'));
    if (!Number.isFinite(line) || line <= last) continue;
    found.push({ line, element });
    last = line;
  }
  return found;
}

function topOf(element: DomElement): number {
  return element.getBoundingClientRect().top + window.scrollY;
}

/** The anchors around a source line: the last at or before it and the first after it. */
function around(list: readonly Anchor[], line: number): { previous?: Anchor; next?: Anchor } {
  let previous: Anchor | undefined;
  for (const anchor of list) {
    if (anchor.line <= line) previous = anchor;
    else return { previous, next: anchor };
  }
  return { previous };
}

/** Scrolls so that a (fractional) source line sits at the top, interpolating between blocks. */
function scrollToLine(line: number): void {
  const list = anchors();
  if (list.length === 0) return;
  const { previous, next } = around(list, line);
  let y = 0;
  if (previous) {
    const previousTop = topOf(previous.element);
    if (next) y = previousTop + ((topOf(next.element) - previousTop) * (line - previous.line)) / (next.line - previous.line);
    else y = previousTop;
  }
  ignoreScrollUntil = Date.now() + 150;
  window.scrollTo({ top: Math.max(0, y), behavior: 'auto' });
}

/** The (fractional) source line at the top of the view: the inverse of scrollToLine. */
function lineAtTop(): number {
  const list = anchors();
  const y = window.scrollY;
  let previous: Anchor | undefined;
  let next: Anchor | undefined;
  for (const anchor of list) {
    if (topOf(anchor.element) <= y) previous = anchor;
    else {
      next = anchor;
      break;
    }
  }
  if (!previous) return 0;
  if (!next) return previous.line;
  const previousTop = topOf(previous.element);
  const fraction = Math.min(1, Math.max(0, (y - previousTop) / Math.max(1, topOf(next.element) - previousTop)));
  return previous.line + fraction * (next.line - previous.line);
}

/** The innermost block that starts at or before a line: an item rather than its list. */
function blockAt(line: number): DomElement | undefined {
  let best: DomElement | undefined;
  let bestLine = -1;
  for (const element of Array.from(content.querySelectorAll('[data-line]'))) {
    const at = Number(element.getAttribute('data-line'));
    if (at <= line && at >= bestLine) {
      best = element;
      bestLine = at;
    }
  }
  return best;
}

function markCursor(line: number): void {
  for (const element of Array.from(content.querySelectorAll('.active-line'))) element.classList.remove('active-line');
  blockAt(line)?.classList.add('active-line');
}

const severities = ['error', 'warning', 'info', 'hint'] as const;

function applyMarkers(markers: readonly PreviewMarker[]): void {
  for (const marker of markers) {
    const block = blockAt(marker.line);
    if (!block) continue;
    const worst = severities.find((s) => s === marker.severity || block.classList.contains(`finding-${s}`)) ?? marker.severity;
    for (const s of severities) block.classList.remove(`finding-${s}`);
    block.classList.add('has-finding', `finding-${worst}`);
    const previous = block.getAttribute('title');
    block.setAttribute('title', [previous, ...marker.messages].filter(Boolean).join('\n'));
  }
}

function handle(message: ToWebview): void {
  switch (message.type) {
    case 'update':
      // Responses can overtake each other; an older rendering never replaces a newer one.
      if (message.version < shownVersion) return;
      shownVersion = message.version;
      content.innerHTML = message.html;
      document.body.classList.remove('render-error');
      applyMarkers(message.markers);
      markCursor(currentLine);
      saveState();
      break;
    case 'scrollTo':
      currentLine = message.line;
      scrollToLine(message.line);
      saveState();
      break;
    case 'cursor':
      currentLine = message.line;
      markCursor(message.line);
      saveState();
      break;
    case 'error':
      document.body.setAttribute('data-error', message.message);
      document.body.classList.add('render-error');
      break;
  }
}

window.addEventListener('message', (event) => {
  const data = event.data as ToWebview | undefined;
  if (data && typeof data === 'object' && typeof data.type === 'string') handle(data);
});

let scrollQueued = false;
window.addEventListener(
  'scroll',
  () => {
    if (scrollQueued || Date.now() < ignoreScrollUntil) return;
    scrollQueued = true;
    window.requestAnimationFrame(() => {
      scrollQueued = false;
      currentLine = lineAtTop();
      saveState();
      post({ type: 'scrolled', line: currentLine });
    });
  },
  { passive: true },
);

document.addEventListener('click', (event) => {
  if (!isElement(event.target)) return;
  const link = event.target.closest('a');
  if (link) {
    // Navigation inside the webview is never allowed: anchors scroll, the rest goes through VS Code.
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      for (const candidate of Array.from(content.querySelectorAll('[id]'))) {
        if (candidate.getAttribute('id') === id) {
          candidate.scrollIntoView({ block: 'start' });
          break;
        }
      }
    } else if (isExternalLink(href)) {
      post({ type: 'openLink', href });
    }
    return;
  }
  const heading = event.target.closest('h1[data-line], h2[data-line], h3[data-line], h4[data-line], h5[data-line], h6[data-line]');
  if (heading) post({ type: 'reveal', line: Number(heading.getAttribute('data-line')) });
});

document.addEventListener('dblclick', (event) => {
  if (!isElement(event.target)) return;
  const block = event.target.closest('[data-line]');
  if (block) post({ type: 'reveal', line: Number(block.getAttribute('data-line')) });
});

applyMarkers(initial.markers ?? []);
markCursor(currentLine);
scrollToLine(currentLine);
saveState();
post({ type: 'ready' });
