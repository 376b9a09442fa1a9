import { AppError } from '../lib/app-error.js';
import { CliError, type CliIo, type CommandResult, EXIT, UsageError } from './command.js';

/** The answer on stdout: JSON with `--json`, else the lines for people. */
export function printResult(io: CliIo, result: CommandResult, json: boolean): void {
  if (json) io.stdout(`${JSON.stringify(result.data, null, 2)}\n`);
  else io.stdout(`${result.text.join('\n')}\n`);
}

export interface ReportedError {
  error: string;
  message: string;
  exitCode: number;
}

/**
 * Any failure as a code, one line of text and the exit code: usage 2, everything else 1. Errors
 * the CLI does not know are reported by their message only (never a stack trace).
 */
export function describeError(error: unknown): ReportedError {
  if (error instanceof UsageError) {
    return { error: error.code, message: oneLine(error.message), exitCode: EXIT.usage };
  }
  if (error instanceof CliError) {
    return { error: error.code, message: oneLine(error.message), exitCode: EXIT.error };
  }
  if (error instanceof AppError) {
    return { error: error.code, message: oneLine(error.message), exitCode: EXIT.error };
  }
  const message = error instanceof Error ? error.message : String(error);
  return { error: 'internal_error', message: oneLine(message), exitCode: EXIT.error };
}

/** Errors go to stderr, as one line of text or, with `--json`, as `{error, message}`. */
export function printError(io: CliIo, reported: ReportedError, json: boolean): void {
  const { error, message } = reported;
  if (json) io.stderr(`${JSON.stringify({ error, message })}\n`);
  else io.stderr(`portal: ${message}\n`);
}

function oneLine(text: string): string {
  return text.replace(/\s*\n\s*/g, ' ').trim();
}
