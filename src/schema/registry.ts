import { z } from 'zod';
import { Duration, HttpUrl, IsoDate, PartialDate, SafeMultilineText, SafeString } from './primitives.js';
import { INSTRUMENT_KINDS, OFFENCE_KEY, REGIONS, TREATY_KEY, UN_STATUSES } from './jurisdiction.js';

export const OffenceDefinition = z.strictObject({
  name: SafeString,
  description: SafeMultilineText,
  model_law: SafeString.meta({ description: 'The model-law or treaty article the offence maps to.' }),
  replaces: z.array(z.string().regex(OFFENCE_KEY)).optional().meta({ description: 'Earlier keys of the taxonomy this one takes over; the CLI accepts them.' }),
});
export type OffenceDefinition = z.infer<typeof OffenceDefinition>;

export const PartiesCount = z.strictObject({
  parties: z.int().nonnegative(),
  as_of: PartialDate,
  url: HttpUrl.meta({ description: 'The page the count was read on.' }),
  note: SafeMultilineText.optional(),
  gap: z
    .strictObject({ in_data: z.int().nonnegative(), note: SafeMultilineText })
    .optional()
    .meta({ description: 'A known, explained difference: how many parties the data gives on the count\'s date, and why it differs. The validator warns when the data gives another number.' }),
});

export const TreatyDefinition = z.strictObject({
  name: SafeString,
  short_name: SafeString,
  kind: z.enum(INSTRUMENT_KINDS),
  reference: SafeString.meta({ description: 'Treaty series number, e.g. "ETS No. 185".' }),
  depositary: SafeString,
  opened: IsoDate.meta({ description: 'Opened for signature (adopted, for a directive).' }),
  in_force: IsoDate.nullable().meta({ description: 'Entry into force; null while not yet in force, or where no page read gives the date (the note says which).' }),
  open_to: SafeString.meta({ description: 'Who may join (or who is bound).' }),
  articles: SafeString.optional().meta({ description: 'The articles on child sexual abuse material.' }),
  status_url: HttpUrl.meta({ description: 'Official page listing signatures and ratifications.' }),
  read_at: z.array(HttpUrl).min(1).meta({ description: 'Pages the dates above were read on.' }),
  count: PartiesCount.optional().meta({ description: "The depositary's (or a reliable page's) published count of parties; the validator compares the data with it." }),
  note: SafeMultilineText.optional(),
});
export type TreatyDefinition = z.infer<typeof TreatyDefinition>;

/** An aggravation or defence kind, with the articles of the model instruments it corresponds to. */
export const KindDefinition = z.strictObject({
  name: SafeString,
  description: SafeMultilineText.optional(),
  eu_2011_93: SafeString.optional().meta({ description: 'Directive 2011/93/EU article.' }),
  lanzarote: SafeString.optional().meta({ description: 'Lanzarote Convention article.' }),
});
export type KindDefinition = z.infer<typeof KindDefinition>;

export const CountryDefinition = z.strictObject({
  name: SafeString,
  alpha3: z.string().regex(/^[A-Z]{3}$/),
  m49: z.string().regex(/^\d{3}$/).nullable().meta({ description: 'UN M49 numeric code (null for Kosovo, which has none).' }),
  region: z.enum(REGIONS),
  subregion: SafeString,
  un: z.enum(UN_STATUSES).meta({ description: 'member: a UN member state; observer: a non-member observer state; non_member: neither.' }),
  aliases: z.array(SafeString).optional().meta({ description: 'Other names and codes users type: "uk", "holland".' }),
});
export type CountryDefinition = z.infer<typeof CountryDefinition>;

/** What a criterion asks of a record; the model evaluates it (src/model/standards.ts). */
export const CriterionTest = z
  .strictObject({
    offence: z.string().regex(OFFENCE_KEY).optional().meta({ description: 'The offence must be criminalised.' }),
    any_offence: z.array(z.string().regex(OFFENCE_KEY)).min(1).optional().meta({ description: 'At least one of these offences must be criminalised.' }),
    max_at_least: Duration.optional().meta({ description: "With `offence`: the statutory maximum must be at least this term." }),
    definition: z.enum(['child_specific', 'defined']).optional().meta({ description: 'child_specific: CSAM-specific law; defined: a definition provision is recorded.' }),
    reporting: z.literal('isp_duty').optional().meta({ description: 'Providers must report.' }),
  })
  .meta({ description: 'One test; give exactly one of offence, any_offence, definition, reporting.' });
export type CriterionTest = z.infer<typeof CriterionTest>;

export const StandardDefinition = z.strictObject({
  name: SafeString,
  description: SafeMultilineText.optional(),
  source: z.strictObject({ title: SafeString, url: HttpUrl }).meta({ description: 'Where the criteria were read.' }),
  criteria: z
    .array(
      z.strictObject({
        id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/),
        article: SafeString,
        summary: SafeString.meta({ description: 'What the criterion requires, as the instrument words it.' }),
        test: CriterionTest,
        /** The published ICMEC result field this criterion corresponds to, for the comparison. */
        icmec_field: z.enum(['legislation', 'definition', 'technology', 'possession', 'isp_reporting']).optional(),
        confidence: z.enum(['verified', 'reported', 'unverified']).meta({ description: 'How surely the criterion text (and threshold) was read on the source.' }),
        note: SafeMultilineText.optional(),
      }),
    )
    .min(1),
});
export type StandardDefinition = z.infer<typeof StandardDefinition>;

const KIND_KEY = /^[a-z][a-z_]{1,39}$/;
export const OffenceRegistry = z.record(z.string().regex(OFFENCE_KEY), OffenceDefinition);
export const TreatyRegistry = z.record(z.string().regex(TREATY_KEY), TreatyDefinition);
export const KindRegistry = z.record(z.string().regex(KIND_KEY), KindDefinition);
export const CountryRegistry = z.record(z.string().regex(/^[a-z]{2}$/), CountryDefinition);
export const StandardRegistry = z.record(z.string().regex(TREATY_KEY), StandardDefinition);
export type StandardRegistry = z.infer<typeof StandardRegistry>;
export type OffenceRegistry = z.infer<typeof OffenceRegistry>;
export type TreatyRegistry = z.infer<typeof TreatyRegistry>;
export type KindRegistry = z.infer<typeof KindRegistry>;
export type CountryRegistry = z.infer<typeof CountryRegistry>;

/** Kind key → its name as it reads inside a sentence ("criminal organisation"). */
export function kindNames(registry: KindRegistry | undefined): Record<string, string> {
  return Object.fromEntries(Object.entries(registry ?? {}).map(([key, kind]) => [key, kind.name.toLowerCase()]));
}

/** The registries beside the data, by file name (`_registry/<name>.yaml`). */
export const REGISTRY_SCHEMAS = {
  offences: OffenceRegistry,
  treaties: TreatyRegistry,
  aggravations: KindRegistry,
  defences: KindRegistry,
  countries: CountryRegistry,
  standards: StandardRegistry,
} as const;
export type RegistryName = keyof typeof REGISTRY_SCHEMAS;
