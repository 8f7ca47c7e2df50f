import { Command, CommanderError, Option } from 'commander';
import { EXIT } from './exit-codes.js';
import { OUTPUT_FORMATS, type CommonOptions, type Context } from './context.js';
import { DIAGNOSTIC_FORMATS } from '../render/diagnostics.js';
import { safeText } from '../render/safe-text.js';

export type CommandModule = { default: (args: unknown[], options: CommonOptions & Record<string, unknown>, context: Context) => Promise<number> | number };

interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: string;
  required?: boolean;
  /** Repeated flags add up: `--offence a --offence b`. */
  repeatable?: boolean;
}

/** One command of the CLI: its surface and the module that runs it, declared once. */
export interface CommandSpec {
  name: string;
  description: string;
  formats: readonly string[];
  arguments?: ReadonlyArray<{ name: string; description: string }>;
  options?: readonly OptionSpec[];
  load: () => Promise<CommandModule>;
}

const OFFENCE = { flags: '--offence <list>', description: 'only these offences, comma-separated or repeated (production,distribution,possession,access,grooming_meeting,sexual_communication)', repeatable: true } as const;
const FIELDS = { flags: '--fields <list>', description: 'only these parts: definitions,penalties,reporting,treaties,icmec' } as const;
const CITE = { flags: '--cite', description: 'add the sources of every section' } as const;
const AS_OF = { flags: '--as-of <date>', description: 'the law in force on this day (YYYY-MM-DD; default today)' } as const;
const IDS = { flags: '--ids <ids...>', description: 'jurisdiction ids (the same as giving them as arguments)' } as const;
const ALL = { flags: '--all', description: 'every jurisdiction in the data set' } as const;
const DATA_DIR = { name: '[dir]', description: 'data folder (default: --data, $JURISDIFF_DATA or the bundled data)' } as const;

export const COMMANDS: readonly CommandSpec[] = [
  {
    name: 'list',
    description: 'list the jurisdictions in the data set',
    formats: OUTPUT_FORMATS,
    options: [
      { flags: '--region <region>', description: 'only this UN M49 region (Africa, Americas, Asia, Europe, Oceania)' },
      { flags: '--subregion <name>', description: 'only this UN M49 sub-region, e.g. "Western Europe", "South America"' },
      { flags: '--kind <kind>', description: 'only countries or only subdivisions', choices: ['country', 'subdivision'] },
    ],
    load: () => import('./commands/list.js'),
  },
  {
    name: 'show',
    description: 'show one jurisdiction: definitions, penalties, reporting duty, treaties, ICMEC result',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '<id>', description: 'jurisdiction: an id (us, gb-ew), an ISO alpha-3 code (usa) or a name (japan)' }],
    options: [OFFENCE, FIELDS, AS_OF, CITE],
    load: () => import('./commands/show.js'),
  },
  {
    name: 'compare',
    description: 'compare jurisdictions side by side',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions' }],
    options: [ALL, OFFENCE, FIELDS, AS_OF, CITE],
    load: () => import('./commands/compare.js'),
  },
  {
    name: 'diff',
    description: 'show only what differs between two jurisdictions, or one at two dates (de@2020-01-01)',
    formats: OUTPUT_FORMATS,
    arguments: [
      { name: '<a>', description: 'first jurisdiction, optionally @DATE' },
      { name: '<b>', description: 'second jurisdiction, optionally @DATE' },
    ],
    options: [OFFENCE, FIELDS, { flags: '--exit-code', description: 'exit 1 when they differ, 0 when they do not (like git diff)' }],
    load: () => import('./commands/diff.js'),
  },
  {
    name: 'history',
    description: 'what changed when in one jurisdiction: offences, reporting duty, definitions, treaty events',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '<id>', description: 'jurisdiction' }],
    load: () => import('./commands/history.js'),
  },
  {
    name: 'treaties',
    description: 'treaty standing: the matrix, who is (not) party to one instrument, or one state in detail',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'an instrument (budapest, lanzarote, opsc, ...) and/or jurisdictions (default: every country)' }],
    options: [
      { flags: '--status <status>', description: 'only states with this standing (with one instrument)', choices: ['party', 'signatory', 'none', 'not_party', 'withdrawn', 'bound', 'unknown'] },
      { flags: '--region <region>', description: 'only this UN M49 region' },
      AS_OF,
    ],
    load: () => import('./commands/treaties.js'),
  },
  {
    name: 'aggravations',
    description: 'aggravating circumstances and their penalties, by kind',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions (default: all)' }],
    options: [{ flags: '--kind <kind>', description: 'only this kind (criminal_organisation, prior_conviction, ...)', repeatable: true }, OFFENCE, AS_OF],
    load: () => import('./commands/aggravations.js'),
  },
  {
    name: 'gap',
    description: 'check jurisdictions against a standard: ICMEC criteria, EU Directive 2011/93, Lanzarote, OPSC',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions' }],
    options: [ALL, { flags: '--standard <list>', description: 'icmec, eu-2011-93, lanzarote, opsc (comma-separated)' }, AS_OF],
    load: () => import('./commands/gap.js'),
  },
  {
    name: 'coverage',
    description: 'how much of the data set is researched, and how well sourced',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions (default: all)' }],
    load: () => import('./commands/coverage.js'),
  },
  {
    name: 'validate',
    description: 'check data files: schema, references, dates, versions, treaties, freshness',
    formats: DIAGNOSTIC_FORMATS,
    arguments: [{ name: '[dir]', description: 'data folder to check (default: --data, $JURISDIFF_DATA or the bundled data)' }],
    options: [
      { flags: '--max-age <duration>', description: 'warn when a file was reviewed longer ago than this, e.g. 365d, 12m, 1y' },
      { flags: '--strict', description: 'treat warnings as errors' },
    ],
    load: () => import('./commands/validate.js'),
  },
  {
    name: 'fmt',
    description: 'rewrite data files into canonical form, keeping comments',
    formats: ['text'],
    arguments: [DATA_DIR],
    options: [{ flags: '--check', description: 'change nothing; exit 1 when a file is not in canonical form' }],
    load: () => import('./commands/fmt.js'),
  },
  {
    name: 'chart',
    description: 'bar chart of imprisonment maxima (and minima) per jurisdiction, sorted',
    formats: ['table'],
    arguments: [{ name: '[ids...]', description: 'jurisdictions (default: all)' }],
    options: [
      { flags: '--offence <offence>', description: 'which offence to chart', default: 'production' },
      IDS,
      ALL,
      { flags: '--by <bound>', description: 'sort and label by the maximum or the minimum term', choices: ['max', 'min'], default: 'max' },
      AS_OF,
    ],
    load: () => import('./commands/chart.js'),
  },
  {
    name: 'report',
    description: 'write a self-contained HTML report: tables, chart, treaties, reporting duties',
    formats: ['html'],
    arguments: [{ name: '[ids...]', description: 'jurisdictions (default: all)' }],
    options: [IDS, ALL, { flags: '--out <file>', description: "where to write the HTML file ('-' for standard output)", required: true }, AS_OF],
    load: () => import('./commands/report.js'),
  },
  {
    name: 'schema',
    description: 'print the JSON Schema of a jurisdiction file (draft-07), for editors',
    formats: ['json'],
    load: () => import('./commands/schema.js'),
  },
];

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
  (command: CommandSpec, args: unknown[], options: CommonOptions & Record<string, unknown>): Promise<number>;
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
      setExit(await run(spec, args.slice(0, -2), cmd.opts()));
    });
  }
  return program;
}

/** Commander signals help, version and usage errors by throwing; map them to exit codes. */
export function exitCodeOf(error: CommanderError): number {
  if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
  return EXIT.usage;
}
