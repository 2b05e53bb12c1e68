/** What a command needs from its surroundings, so tests can run one in-process. */
export interface CommandContext {
  readonly cwd: string;
  readonly version: string;
  print(text: string): void;
  printError(text: string): void;
}

export type Command = (args: string[], context: CommandContext) => number | Promise<number>;
