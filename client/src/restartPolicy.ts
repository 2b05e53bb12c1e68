// When to restart a language server that died. Pure (no vscode import) so it is tested without VS Code.

export interface RestartPolicyOptions {
  /** Restarts allowed inside the window; one more crash inside it and the client gives up. */
  readonly maxRestarts?: number;
  readonly windowMs?: number;
  readonly now?: () => number;
}

export type RestartDecision =
  | { readonly restart: true; readonly attempt: number; readonly maxRestarts: number }
  | { readonly restart: false; readonly crashes: number; readonly windowMinutes: number };

/**
 * Restarts a crashed server up to `maxRestarts` times within `windowMs`; crashes older than the window
 * are forgotten, so a server that crashes once a day is always restarted, while one that dies on start
 * stops being restarted after a few tries instead of looping forever.
 */
export class RestartPolicy {
  readonly #maxRestarts: number;
  readonly #windowMs: number;
  readonly #now: () => number;
  #crashes: number[] = [];
  #gaveUp = false;

  constructor(options: RestartPolicyOptions = {}) {
    this.#maxRestarts = Math.max(0, options.maxRestarts ?? 4);
    this.#windowMs = options.windowMs ?? 3 * 60 * 1000;
    this.#now = options.now ?? Date.now;
  }

  get gaveUp(): boolean {
    return this.#gaveUp;
  }

  /** Called each time the connection to the server closes unexpectedly. */
  onClosed(): RestartDecision {
    const now = this.#now();
    this.#crashes = this.#crashes.filter((time) => now - time < this.#windowMs);
    this.#crashes.push(now);
    if (this.#crashes.length <= this.#maxRestarts) return { restart: true, attempt: this.#crashes.length, maxRestarts: this.#maxRestarts };
    this.#gaveUp = true;
    return { restart: false, crashes: this.#crashes.length, windowMinutes: Math.round(this.#windowMs / 60000) };
  }

  /** A restart the writer asked for starts with a clean record. */
  reset(): void {
    this.#crashes = [];
    this.#gaveUp = false;
  }
}

export function restartMessage(decision: RestartDecision, language: string): string {
  const ja = language.toLowerCase().startsWith('ja');
  if (decision.restart) {
    return ja
      ? `Policy Markdown のサーバーが予期せず停止したため、再起動します（${decision.attempt}/${decision.maxRestarts} 回目）。`
      : `The Policy Markdown server stopped unexpectedly; restarting it (attempt ${decision.attempt} of ${decision.maxRestarts}).`;
  }
  return ja
    ? `Policy Markdown のサーバーが ${decision.windowMinutes} 分間に ${decision.crashes} 回停止したため、これ以上は再起動しません。「Policy Markdown」出力のログを確認し、「Policy Markdown: サーバーを再起動」で再開してください。`
    : `The Policy Markdown server stopped ${decision.crashes} times in ${decision.windowMinutes} minutes and will not be restarted again. See the "Policy Markdown" output, then run "Policy Markdown: Restart Server" to try again.`;
}
