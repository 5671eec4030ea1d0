/** Asks for a secret on the terminal without echoing it (tests hand in their own). */
export interface SecretPrompt {
  /** Whether a person can answer: stdin is a terminal. */
  interactive: boolean;
  ask(prompt: string): Promise<string>;
}

/** Where a command writes and what it runs in; the process entry point, tests and the demo hand in their own. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Asks for a passphrase on the terminal; none (tests, pipes) means SAPA_KEY_PASSPHRASE or a clear refusal. */
  secretPrompt?: SecretPrompt;
}
