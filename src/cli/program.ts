import { Command, CommanderError, Option } from 'commander';
import { EXIT } from './exit-codes.js';
import { OUTPUT_FORMATS, type CommonOptions } from './context.js';
import { DIAGNOSTIC_FORMATS } from '../render/diagnostics.js';

export interface Runner {
  (name: string, args: unknown[], options: CommonOptions & Record<string, unknown>): Promise<number>;
}

const EXAMPLES = `
Examples:
  $ jurisdiff compare jp sg sa --offence distribution
  $ jurisdiff show us --offence production --json
  $ jurisdiff compare --all --fields reporting --format csv
  $ jurisdiff diff de fr --exit-code
  $ jurisdiff validate --format github --max-age 365d

Exit codes: 0 ok, 1 problems or differences found, 2 usage error or unknown id,
3 the data a command needs could not be loaded (run 'jurisdiff validate').
Not legal advice: every figure cites its statute and source; check them before relying on one.
`;

/** The command-line surface. Actions are loaded lazily by `run`, so --help and --version stay cheap. */
export interface Output {
  writeOut(text: string): void;
  writeErr(text: string): void;
}

export function buildProgram(version: string, run: Runner, setExit: (code: number) => void, output: Output): Command {
  const program = new Command('jurisdiff')
    // Before any subcommand exists: commander copies these settings into each one it creates.
    .configureOutput({
      ...output,
      outputError: (text, write) => write(text.startsWith('error: ') ? `jurisdiff: ${text.slice('error: '.length)}` : text),
    })
    .description('Compare laws against child sexual abuse material (CSAM) across jurisdictions.')
    .version(version, '-V, --version')
    .showSuggestionAfterError(true)
    .addHelpText('after', EXAMPLES)
    .exitOverride();

  const command = (name: string, description: string, formats: readonly string[] = OUTPUT_FORMATS) =>
    program
      .command(name)
      .description(description)
      .addOption(new Option('--data <dir>', 'data folder (default: $JURISDIFF_DATA or the bundled data)'))
      .addOption(new Option('--format <format>', `output format: ${formats.join(', ')}`))
      .option('--json', 'short for --format json')
      .option('--no-color', 'never colour the output (NO_COLOR is honoured too)')
      .exitOverride();

  const action =
    (name: string) =>
    async (...args: unknown[]) => {
      const cmd = args[args.length - 1] as Command;
      const positional = args.slice(0, -2);
      setExit(await run(name, positional, cmd.opts()));
    };

  command('list', 'list the jurisdictions in the data set')
    .option('--region <region>', 'only this UN M49 region (Africa, Americas, Asia, Europe, Oceania)')
    .addOption(new Option('--kind <kind>', 'only countries or only subdivisions').choices(['country', 'subdivision']))
    .action(action('list'));

  command('show', 'show one jurisdiction: penalties, reporting duty, treaties, ICMEC criteria')
    .argument('<id>', 'jurisdiction id, e.g. us, gb-ew')
    .option('--offence <list>', 'only these offences, comma-separated (production,distribution,possession,access,grooming)')
    .option('--fields <list>', 'only these parts: penalties,reporting,treaties,icmec')
    .option('--cite', 'add the sources of every section')
    .action(action('show'));

  command('compare', 'compare jurisdictions side by side')
    .argument('[ids...]', 'jurisdiction ids')
    .option('--all', 'every jurisdiction in the data set')
    .option('--offence <list>', 'only these offences, comma-separated')
    .option('--fields <list>', 'only these parts: penalties,reporting,treaties,icmec')
    .option('--cite', 'add the sources of every section')
    .action(action('compare'));

  command('diff', 'show only what differs between two jurisdictions, field by field')
    .argument('<a>', 'first jurisdiction id')
    .argument('<b>', 'second jurisdiction id')
    .option('--offence <list>', 'only these offences, comma-separated')
    .option('--fields <list>', 'only these parts: penalties,reporting,treaties,icmec')
    .option('--exit-code', 'exit 1 when they differ, 0 when they do not (like git diff)')
    .action(action('diff'));

  command('treaties', 'treaty membership: the registry and who is party')
    .argument('[ids...]', 'jurisdiction ids (default: every country)')
    .action(action('treaties'));

  command('coverage', 'how much of the data set is researched, and how well sourced')
    .argument('[ids...]', 'jurisdiction ids (default: all)')
    .action(action('coverage'));

  command('validate', 'check data files: schema, references, dates, freshness', DIAGNOSTIC_FORMATS)
    .argument('[dir]', 'data folder to check (default: --data, $JURISDIFF_DATA or the bundled data)')
    .option('--max-age <duration>', 'warn when a file was reviewed longer ago than this, e.g. 365d, 12m, 1y')
    .option('--strict', 'treat warnings as errors')
    .action(action('validate'));

  command('fmt', 'rewrite data files into canonical form, keeping comments', ['text'])
    .argument('[dir]', 'data folder (default: --data, $JURISDIFF_DATA or the bundled data)')
    .option('--check', 'change nothing; exit 1 when a file is not in canonical form')
    .action(action('fmt'));

  command('chart', 'bar chart of imprisonment maxima (and minima) per jurisdiction, sorted', ['table'])
    .option('--offence <offence>', 'which offence to chart', 'production')
    .option('--ids <ids...>', 'jurisdiction ids (default: all)')
    .option('--all', 'every jurisdiction in the data set (the default)')
    .addOption(new Option('--by <bound>', 'sort and label by the maximum or the minimum term').choices(['max', 'min']).default('max'))
    .action(action('chart'));

  command('report', 'write a self-contained HTML report: tables, chart, treaties, reporting duties', ['html'])
    .option('--ids <ids...>', 'jurisdiction ids (default: all)')
    .option('--all', 'every jurisdiction in the data set (the default)')
    .requiredOption('--out <file>', 'where to write the HTML file')
    .action(action('report'));

  command('schema', 'print the JSON Schema of a jurisdiction file (draft-07), for editors', ['json']).action(action('schema'));

  return program;
}

/** Commander signals help, version and usage errors by throwing; map them to exit codes. */
export function exitCodeOf(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
  return EXIT.usage;
}
