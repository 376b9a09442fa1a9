import { adminInvite } from './admin-commands.js';
import { checkCommand } from './check-command.js';
import { type CliIo, type CommandSpec, EXIT, parseCommandArgs, UsageError } from './command.js';
import { migrateCommand } from './migrate-command.js';
import { describeError, printError, printResult } from './output.js';
import { tenantCreate, tenantList, tenantShow } from './tenant-commands.js';
import { tenantActivate, tenantDeactivate, tenantMove } from './tenant-lifecycle-commands.js';
import { totpKeysRotate } from './totp-keys.js';

export type { CliIo } from './command.js';

export const COMMANDS: readonly CommandSpec[] = [
  tenantCreate,
  tenantList,
  tenantShow,
  tenantDeactivate,
  tenantActivate,
  tenantMove,
  adminInvite,
  totpKeysRotate,
  migrateCommand,
  checkCommand,
];

const PROGRAM = 'portal';

function overview(commands: readonly CommandSpec[], title: string): string {
  const width = Math.max(...commands.map((command) => command.name.length));
  return [
    title,
    '',
    ...commands.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`),
    '',
    `Every command takes --help and --json. Run \`${PROGRAM} <command> --help\` for its options.`,
    'It works on the database the server uses: DATABASE_URL, or the embedded one in DATA_DIR',
    '(which a running server holds: stop it first). Exit codes: 0 done, 1 failed, 2 wrong usage.',
    '',
  ].join('\n');
}

function commandHelp(command: CommandSpec): string {
  return [
    `usage: ${PROGRAM} ${command.usage} [--json]`,
    '',
    `${command.summary[0]?.toUpperCase()}${command.summary.slice(1)}.`,
    ...command.help,
    '',
  ].join('\n');
}

/** The command named by the leading words, and the arguments after them. */
function findCommand(argv: string[]): { command: CommandSpec; args: string[] } | undefined {
  for (const command of COMMANDS) {
    const words = command.name.split(' ');
    if (words.every((word, index) => argv[index] === word)) {
      return { command, args: argv.slice(words.length) };
    }
  }
  return undefined;
}

const isHelp = (arg: string | undefined) => arg === '--help' || arg === '-h' || arg === 'help';

/** Runs one command; returns the exit code (0 done, 1 failed, 2 wrong usage). */
export async function runCli(argv: string[], io: CliIo): Promise<number> {
  const json = argv.includes('--json');
  const words = argv.filter((arg) => arg !== '--json');
  if (words.length === 0 || isHelp(words[0])) {
    const text = overview(COMMANDS, `usage: ${PROGRAM} <command> [options]`);
    (words.length === 0 ? io.stderr : io.stdout)(text);
    return words.length === 0 ? EXIT.usage : EXIT.ok;
  }
  // `--json` may come anywhere, also before the command's words.
  const found = findCommand(json ? [...words, '--json'] : words);
  if (!found) {
    const group = COMMANDS.filter((command) => command.name.startsWith(`${words[0]} `));
    if (group.length > 0 && (words.length === 1 || isHelp(words[1]))) {
      const text = overview(group, `usage: ${PROGRAM} ${words[0]} <command> [options]`);
      (words.length === 1 ? io.stderr : io.stdout)(text);
      return words.length === 1 ? EXIT.usage : EXIT.ok;
    }
    const unknown = group.length > 0 ? `${words[0]} ${words[1]}` : words[0];
    const reported = describeError(
      new UsageError(`unknown command "${unknown}"; \`${PROGRAM} --help\` lists the commands`),
    );
    printError(io, reported, json);
    return reported.exitCode;
  }
  const { command, args } = found;
  try {
    const parsed = parseCommandArgs(command, args);
    if (parsed.help) {
      io.stdout(commandHelp(command));
      return EXIT.ok;
    }
    const result = await command.run(io, parsed.values, parsed.positionals);
    printResult(io, result, json);
    return result.exitCode ?? EXIT.ok;
  } catch (error) {
    const reported = describeError(error);
    printError(io, reported, json);
    return reported.exitCode;
  }
}
