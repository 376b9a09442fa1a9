import { type ParseArgsOptionsConfig, parseArgs } from 'node:util';
import type { Database } from '../db/database.js';

/** Where a run of the CLI reads its environment and writes; tests pass their own. */
export interface CliIo {
  env: Record<string, string | undefined>;
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  /** Tests: an open database to use instead of the configured one (left open afterwards). */
  database?: Database;
}

export const EXIT = { ok: 0, error: 1, usage: 2 } as const;

/** Wrong arguments (exit 2): unknown option, missing or malformed value. */
export class UsageError extends Error {
  readonly code = 'usage';
}

/** A command that could not be done (exit 1), with a stable code for `--json`. */
export class CliError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

/** What a command answers: the data for `--json` and the lines people read. */
export interface CommandResult {
  data: unknown;
  text: string[];
  /** Non-zero when the command ran but did not fully succeed (e.g. secrets that stay unopened). */
  exitCode?: number;
}

export type OptionValues = Record<string, string | boolean | undefined>;

export interface CommandSpec {
  /** `tenant create`: the words that select it. */
  name: string;
  summary: string;
  /** The synopsis after `portal`, e.g. `tenant show DOMAIN`. */
  usage: string;
  /** More lines for `--help`: what it does, option by option. */
  help: string[];
  options: ParseArgsOptionsConfig;
  /** Names of the positional arguments, all required. */
  positionals?: string[];
  run(io: CliIo, values: OptionValues, positionals: string[]): Promise<CommandResult>;
}

export const COMMON_OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
} as const satisfies ParseArgsOptionsConfig;

/** Parses the arguments after the command's words with the command's options (strict). */
export function parseCommandArgs(spec: CommandSpec, args: string[]) {
  let parsed: ReturnType<typeof parseArgs>;
  try {
    parsed = parseArgs({
      args,
      options: { ...COMMON_OPTIONS, ...spec.options },
      allowPositionals: true,
      strict: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const values = parsed.values as OptionValues;
  if (values.help) return { values, positionals: parsed.positionals, help: true };
  const expected = spec.positionals ?? [];
  if (parsed.positionals.length !== expected.length) {
    throw new UsageError(
      expected.length === 0
        ? `${spec.name} takes no arguments; usage: portal ${spec.usage}`
        : `${spec.name} needs ${expected.join(' ')}; usage: portal ${spec.usage}`,
    );
  }
  return { values, positionals: parsed.positionals, help: false };
}

export function requiredString(values: OptionValues, name: string, spec: CommandSpec): string {
  const value = optionalString(values, name);
  if (value === undefined) {
    throw new UsageError(`${spec.name} needs --${name}; usage: portal ${spec.usage}`);
  }
  return value;
}

export function optionalString(values: OptionValues, name: string): string | undefined {
  const value = values[name];
  if (typeof value !== 'string') return undefined;
  const trimmed = value.trim();
  if (trimmed === '') throw new UsageError(`--${name} must not be empty`);
  return trimmed;
}
