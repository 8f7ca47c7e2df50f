// The surface of the CLI as data: commands, arguments, options. program.ts builds the parser from
// it, and `jurisdiff completion` the shell scripts; each command runs from commands/<name>.ts.
import { OUTPUT_FORMATS } from './context.js';
import { DIAGNOSTIC_FORMATS } from '../render/diagnostics.js';

export interface OptionSpec {
  flags: string;
  description: string;
  choices?: readonly string[];
  default?: string;
  required?: boolean;
  /** Repeated flags add up: `--offence a --offence b`. */
  repeatable?: boolean;
}

/** One command of the CLI, as its users see it: declared once, for the parser, the help and the shell completions. */
export interface CommandSpec {
  name: string;
  description: string;
  formats: readonly string[];
  arguments?: ReadonlyArray<{ name: string; description: string }>;
  options?: readonly OptionSpec[];
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
  },
  {
    name: 'show',
    description: 'show one jurisdiction: definitions, penalties, reporting duty, treaties, ICMEC result',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '<id>', description: 'jurisdiction: an id (us, gb-ew), an ISO alpha-3 code (usa) or a name (japan)' }],
    options: [OFFENCE, FIELDS, AS_OF, CITE],
  },
  {
    name: 'compare',
    description: 'compare jurisdictions side by side',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions' }],
    options: [ALL, OFFENCE, FIELDS, AS_OF, CITE],
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
  },
  {
    name: 'history',
    description: 'what changed when in one jurisdiction: offences, reporting duty, definitions, treaty events',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '<id>', description: 'jurisdiction' }],
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
  },
  {
    name: 'aggravations',
    description: 'aggravating circumstances and their penalties, by kind',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions (default: all)' }],
    options: [{ flags: '--kind <kind>', description: 'only this kind (criminal_organisation, prior_conviction, ...)', repeatable: true }, OFFENCE, AS_OF],
  },
  {
    name: 'gap',
    description: 'check jurisdictions against a standard: ICMEC criteria, EU Directive 2011/93, Lanzarote, OPSC',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions' }],
    options: [ALL, { flags: '--standard <list>', description: 'icmec, eu-2011-93, lanzarote, opsc (comma-separated)' }, AS_OF],
  },
  {
    name: 'coverage',
    description: 'how much of the data set is researched, and how well sourced',
    formats: OUTPUT_FORMATS,
    arguments: [{ name: '[ids...]', description: 'jurisdictions (default: all)' }],
    options: [{ flags: '--todo', description: 'only the jurisdictions short of a full profile, fewest gaps first, with the parts each lacks' }],
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
  },
  {
    name: 'fmt',
    description: 'rewrite data files into canonical form, keeping comments',
    formats: ['text'],
    arguments: [DATA_DIR],
    options: [{ flags: '--check', description: 'change nothing; exit 1 when a file is not in canonical form' }],
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
  },
  {
    name: 'report',
    description: 'write a self-contained HTML report: one jurisdiction\'s briefing, or an overview of several',
    formats: ['html'],
    arguments: [{ name: '[ids...]', description: 'jurisdictions (default: all)' }],
    options: [IDS, ALL, { flags: '--out <file>', description: "where to write the HTML file ('-' for standard output)", required: true }, AS_OF],
  },
  {
    name: 'export',
    description: 'write tidy CSV tables (one row per observation), a JSON file of the data set and a README of the columns',
    formats: ['csv'],
    options: [{ flags: '--out <folder>', description: 'the folder to write (made if missing)', required: true }, AS_OF],
  },
  {
    name: 'completion',
    description: 'print a shell completion script: bash, zsh or fish',
    formats: ['text'],
    arguments: [{ name: '<shell>', description: 'bash, zsh or fish' }],
  },
  {
    name: 'schema',
    description: 'print the JSON Schema of a jurisdiction file (draft-07), for editors',
    formats: ['json'],
  },
];

