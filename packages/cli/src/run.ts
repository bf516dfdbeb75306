import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { assignCommand } from './commands/assign.js';
import { demoCommand } from './commands/demo.js';
import { experimentCommand } from './commands/experiment.js';
import { matchCommand } from './commands/match.js';
import { reportCommand } from './commands/report.js';
import { validateCommand } from './commands/validate.js';
import { CliError, EXIT, type CliErrorCode, type ExitCode } from './errors.js';
import { TEXTS, type Texts } from './i18n/index.js';
import type { CliContext } from './io/context.js';
import { LANGS, findLangArgument, resolveLang } from './locale.js';
import { choice } from './options.js';

/** What the command line runs against: its arguments, environment and output streams. */
export interface CliEnvironment {
  readonly argv: readonly string[];
  readonly env: Readonly<Record<string, string | undefined>>;
  readonly stdout: NodeJS.WritableStream;
  readonly stderr: NodeJS.WriteStream;
}

const COMMANDS = [
  validateCommand,
  matchCommand,
  assignCommand,
  reportCommand,
  experimentCommand,
  demoCommand,
];
const COMMAND_NAMES = ['validate', 'match', 'assign', 'report', 'experiment', 'demo'];

function version(): string {
  const manifest = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as {
    version?: string;
  };
  return manifest.version ?? '0.0.0';
}

/** Commander's own errors in the user's language, by their stable codes. */
function translateCommanderError(error: CommanderError, t: Texts): string {
  const quoted = /'([^']+)'/.exec(error.message)?.[1] ?? '';
  switch (error.code) {
    case 'commander.unknownOption':
      return t.usage.unknownOption(quoted);
    case 'commander.unknownCommand':
      return t.usage.unknownCommand(quoted);
    case 'commander.missingArgument':
      return t.usage.missingArgument(quoted);
    case 'commander.optionMissingArgument':
      return t.usage.optionMissingArgument(quoted);
    case 'commander.missingMandatoryOptionValue':
      return t.usage.missingOption(quoted);
    case 'commander.excessArguments':
      return t.usage.excessArguments;
    default:
      return t.usage.other(error.message.replace(/^error: /, ''));
  }
}

function buildProgram(context: CliContext, setCode: (code: ExitCode) => void): Command {
  const { t } = context;
  const program = new Command('passerelle')
    .description(t.help.program)
    .usage(context.lang === 'fr' ? '[options] <commande>' : '[options] <command>')
    .version(version(), '-V, --version', t.help.version)
    .helpOption('-h, --help', t.help.helpOption)
    .helpCommand('help [command]', t.help.helpCommand)
    .exitOverride()
    .configureOutput({
      writeOut: (text) => context.out(text),
      writeErr: (text) => context.err(text),
      // Errors are printed once, translated, by runCli.
      outputError: () => undefined,
    })
    .configureHelp({
      styleTitle: (title) => t.help.headings[title as keyof Texts['help']['headings']] ?? title,
    });
  for (const factory of COMMANDS) {
    const command = factory(context, setCode);
    command.copyInheritedSettings(program);
    program.addCommand(command);
  }
  return program;
}

/**
 * Runs the command line and returns its exit code: 0 success, 1 the input had rejected rows or no result, 2
 * wrong usage or an unreadable file. User errors print one message (and, with `--json`, one JSON document on
 * standard output), never a stack trace; anything else is a bug and is thrown.
 */
export async function runCli(environment: CliEnvironment): Promise<ExitCode> {
  const { argv, env } = environment;
  const langArgument = findLangArgument(argv);
  const lang = resolveLang(langArgument, env);
  const t = TEXTS[lang];
  const end = argv.indexOf('--');
  const isJson = (end < 0 ? argv : argv.slice(0, end)).includes('--json');
  const context: CliContext = {
    lang,
    t,
    out: (text) => environment.stdout.write(text),
    err: (text) => environment.stderr.write(text),
    progressStream: environment.stderr.isTTY ? environment.stderr : undefined,
  };
  const commandName = argv.find((arg) => COMMAND_NAMES.includes(arg));
  const fail = (code: CliErrorCode, message: string): ExitCode => {
    const help = t.usage.seeHelp(commandName === undefined ? '' : `${commandName} `);
    context.err(`${code === 'usage' ? `${t.usage.prefix}${message}\n${help}` : message}\n`);
    if (isJson) {
      const document = {
        command: commandName ?? null,
        ok: false,
        exitCode: EXIT.usage,
        error: { code, message },
      };
      context.out(`${JSON.stringify(document, null, 2)}\n`);
    }
    return EXIT.usage;
  };
  let exitCode: ExitCode = EXIT.ok;
  try {
    if (langArgument !== undefined) choice('--lang', langArgument, LANGS, t);
    const program = buildProgram(context, (code) => {
      exitCode = code;
    });
    if (argv.length === 0) {
      program.outputHelp({ error: true });
      return EXIT.usage;
    }
    await program.parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version') return EXIT.ok;
      // Help shown because a command was missing: it is already on standard error.
      if (error.code === 'commander.help') return EXIT.usage;
      return fail('usage', translateCommanderError(error, t));
    }
    if (error instanceof CliError) return fail(error.code, error.message);
    throw error;
  }
}
