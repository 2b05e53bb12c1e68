// The few DOM types the webview script uses. The project compiles without the DOM library (the
// extension host and the server have no DOM), so the script declares what it touches here.

export interface Rect {
  readonly top: number;
  readonly height: number;
}

export interface DomElement {
  readonly tagName: string;
  readonly parentElement: DomElement | null;
  innerHTML: string;
  textContent: string | null;
  readonly classList: { add(...names: string[]): void; remove(...names: string[]): void; contains(name: string): boolean };
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  removeAttribute(name: string): void;
  closest(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getBoundingClientRect(): Rect;
  scrollIntoView(options?: { block?: 'start' | 'center' | 'nearest' }): void;
}

export interface DomEvent {
  readonly target: unknown;
  readonly data?: unknown;
  readonly button?: number;
  preventDefault(): void;
}

export interface DomDocument {
  readonly documentElement: DomElement;
  readonly body: DomElement;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement>;
  getElementById(id: string): DomElement | null;
  addEventListener(type: string, listener: (event: DomEvent) => void, options?: boolean | { capture?: boolean }): void;
}

export interface DomWindow {
  readonly scrollY: number;
  readonly innerHeight: number;
  scrollTo(options: { top: number; behavior?: 'auto' }): void;
  addEventListener(type: string, listener: (event: DomEvent) => void, options?: { passive?: boolean }): void;
  requestAnimationFrame(callback: () => void): number;
}

export interface VsCodeApi<State> {
  postMessage(message: unknown): void;
  getState(): State | undefined;
  setState(state: State): void;
}

interface WebviewGlobals {
  readonly document: DomDocument;
  readonly window: DomWindow;
  readonly acquireVsCodeApi?: <State>() => VsCodeApi<State>;
}

export const globals = globalThis as unknown as WebviewGlobals;

/** Whether a value coming from an event is an element (Node.ELEMENT_NODE). */
export function isElement(value: unknown): value is DomElement {
  return typeof value === 'object' && value !== null && (value as { nodeType?: number }).nodeType === 1;
}
