import { Command, CommanderError, Option } from 'commander';
import { EXIT } from './exit-codes.js';
import type { CommonOptions, Context } from './context.js';
import { COMMANDS, type CommandSpec } from './surface.js';
import { safeText } from '../render/safe-text.js';

export type CommandModule = { default: (args: unknown[], options: CommonOptions & Record<string, unknown>, context: Context) => Promise<number> | number };

/** Each command is `commands/<name>.ts`, loaded only when it runs; the bundler includes every one. */
const loadCommand = (name: string): Promise<CommandModule> => import(`./commands/${name}.ts`);

const EXAMPLES = `
Examples:
  $ jurisdiff compare jp sg sa --offence distribution
  $ jurisdiff show us --offence production --json
  $ jurisdiff treaties budapest --status none
  $ jurisdiff show de --offence possession --as-of 2022-01-01
  $ jurisdiff diff de@2020-01-01 de@2022-01-01 --exit-code
  $ jurisdiff validate --format github --max-age 365d

Exit codes: 0 ok, 1 problems or differences found, 2 usage error or unknown id,
3 the data a command needs could not be loaded (run 'jurisdiff validate'), 70 internal error.
Not legal advice: every figure cites its statute and source; check them before relying on one.
`;

export interface Runner {
  (command: CommandSpec & { load: () => Promise<CommandModule> }, args: unknown[], options: CommonOptions & Record<string, unknown>): Promise<number>;
}

export interface Output {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

const accumulate = (value: string, previous: string | undefined) => (previous === undefined ? value : `${previous},${value}`);

/** The command-line surface, built from COMMANDS. Modules load only when their command runs. */
export function buildProgram(version: string, run: Runner, setExit: (code: number) => void, output: Output): Command {
  const program = new Command('jurisdiff')
    // Before any subcommand exists: commander copies these settings into each one it creates.
    .configureOutput({
      ...output,
      // Commander quotes the offending argument: never echo its control or bidi characters raw.
      outputError: (text, write) => write(`${safeText(text.startsWith('error: ') ? `jurisdiff: ${text.slice('error: '.length)}` : text).trimEnd()}\n`),
    })
    .description('Compare laws against child sexual abuse material (CSAM) across jurisdictions.')
    .version(version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES)
    .exitOverride();

  for (const spec of COMMANDS) {
    const command = program
      .command(spec.name)
      .description(spec.description)
      .addOption(new Option('--data <dir>', 'data folder (default: $JURISDIFF_DATA or the bundled data)'))
      .addOption(new Option('--format <format>', `output format: ${spec.formats.join(', ')}`).choices(spec.formats))
      .option('--no-color', 'never colour the output (NO_COLOR and FORCE_COLOR=0 are honoured too)')
      .exitOverride();
    // --json only where JSON is one of the formats.
    if (spec.formats.includes('json') && spec.formats.length > 1) command.option('--json', 'short for --format json');
    for (const argument of spec.arguments ?? []) command.argument(argument.name, argument.description);
    for (const o of spec.options ?? []) {
      const option = new Option(o.flags, o.description);
      if (o.choices) option.choices(o.choices);
      if (o.default !== undefined) option.default(o.default);
      if (o.required) option.makeOptionMandatory();
      if (o.repeatable) option.argParser(accumulate);
      command.addOption(option);
    }
    command.action(async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      setExit(await run({ ...spec, load: () => loadCommand(spec.name) }, args.slice(0, -2), cmd.opts()));
    });
  }
  return program;
}

/** Commander signals help, version and usage errors by throwing; map them to exit codes. */
export function exitCodeOf(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
  return EXIT.usage;
}
