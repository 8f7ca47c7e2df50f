import { z } from 'zod';
import {
  COMBINATIONS,
  CORPORAL_KINDS,
  JURISDICTION_KINDS,
  LEGAL_SYSTEMS,
  REGIONS,
  SENTENCING_KINDS,
  SOURCE_KINDS,
  STATED_STATUSES,
  TREATY_ACTS,
  VIRTUAL_COVERAGE,
} from './patterns.js';
import { Confidence, Currency, Duration, HttpUrl, IsoDate, JurisdictionId, PartialDate, SafeMultilineText, SafeString, SourceKey, SourceRefs } from './primitives.js';

export * from './patterns.js';

export const Source = z
  .strictObject({
    title: SafeString.meta({ description: 'Title of the page or document as published; say what it is (an official text, a copy, an explainer) and its as-of date.' }),
    url: HttpUrl.meta({ description: 'Where it was read.' }),
    kind: z.enum(SOURCE_KINDS).meta({
      description:
        'statute_official: the law on an official publisher; statute_copy: the law on another site; treaty_depositary: the depositary\'s own status page; ' +
        'official_guidance: an official page explaining the law; secondary: commentary, report, news, encyclopedia; dataset: a compilation by a third party.',
    }),
    accessed: IsoDate.meta({ description: 'When the page was read.' }),
    publisher: SafeString.optional(),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'A page or document that figures in this file were read from.' });
export type Source = z.infer<typeof Source>;

export const Imprisonment = z
  .strictObject({
    min: Duration.optional().meta({ description: 'Statutory minimum term.' }),
    max: Duration.optional().meta({ description: 'Statutory maximum term; "life" for life imprisonment.' }),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'Term of imprisonment the statute provides.' });
export type Imprisonment = z.infer<typeof Imprisonment>;

const Amount = z.number().nonnegative().refine(Number.isFinite, { message: 'must be a finite number' });

export const Fine = z
  .strictObject({
    min: Amount.optional(),
    max: Amount.optional(),
    currency: Currency.optional(),
    unit: SafeString.optional().meta({ description: 'A non-currency unit the amounts are counted in: "penalty units", "daily rates".' }),
    unlimited: z.boolean().optional().meta({ description: 'The statute sets no upper limit.' }),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'Fine the statute provides: amounts with a currency or unit, unlimited, or a note.' });
export type Fine = z.infer<typeof Fine>;

export const Corporal = z
  .strictObject({
    kind: z.enum(CORPORAL_KINDS),
    min_strokes: z.int().positive().optional(),
    max_strokes: z.int().positive().optional(),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'Corporal punishment the statute provides.' });
export type Corporal = z.infer<typeof Corporal>;

export const Combination = z.enum(COMBINATIONS).meta({
  description: 'How imprisonment and fine combine: and (both), or (either), and_or (either or both), and_optional (imprisonment, and the court may add a fine).',
});
export type Combination = z.infer<typeof Combination>;

const penaltyFields = {
  imprisonment: Imprisonment.optional(),
  fine: Fine.optional(),
  corporal: Corporal.nullable().optional(),
  capital: z.boolean().optional().meta({ description: 'The death penalty is provided.' }),
  combination: Combination.optional(),
};

const Fraction = z.string().regex(/^\d+\/\d+(?:-\d+\/\d+)?$/, 'must be a fraction such as "1/3", or a range such as "1/3-1/2"');

export const Effect = z
  .strictObject({
    increase: Fraction.optional().meta({ description: 'The basic penalty is increased by this fraction (or range of fractions).' }),
    add: Duration.optional().meta({ description: 'This term is added to the basic penalty.' }),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'How the aggravation changes the basic penalty, where it gives no range of its own.' });
export type Effect = z.infer<typeof Effect>;

const KindKey = z.string().regex(/^[a-z][a-z_]{1,39}$/, 'must be a kind of the registry (lower-case letters and "_")');

export const Aggravation = z
  .strictObject({
    kinds: z.array(KindKey).min(1).optional().meta({ description: 'Codes from the aggravation registry (_registry/aggravations.yaml).' }),
    when: SafeString.meta({ description: 'The aggravating circumstance, as the statute words it.' }),
    victim_age: z.int().min(1).max(21).optional().meta({ description: 'For victim_under_age: the age below which it applies.' }),
    law: SafeString.optional(),
    ...penaltyFields,
    effect: Effect.optional(),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'An aggravated form of the offence: its own penalty, or an effect on the basic one.' });
export type Aggravation = z.infer<typeof Aggravation>;

export const Defence = z
  .strictObject({
    kind: KindKey.meta({ description: 'A code from the defence registry (_registry/defences.yaml).' }),
    law: SafeString.optional(),
    sources: SourceRefs.optional(),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'A statutory defence or exemption.' });
export type Defence = z.infer<typeof Defence>;

export const Sentencing = z
  .strictObject({
    kind: z.enum(SENTENCING_KINDS).meta({ description: 'guideline: a sentencing guideline; statistics: sentences actually imposed.' }),
    what: SafeString.meta({ description: 'What the figure is: "median sentence imposed, production offences, fiscal year 2023".' }),
    term: Duration.optional(),
    range: Imprisonment.optional(),
    year: z.int().min(1900).max(2100).optional(),
    sources: SourceRefs,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'Practice, not law: a guideline or a statistic of sentences imposed.' });
export type Sentencing = z.infer<typeof Sentencing>;

/** Fields every version of an entry has: where its figures were read and how surely. */
const versionFields = {
  until: PartialDate.meta({ description: 'The last day this version was in force (a month or year where the source gives no more).' }),
  from: PartialDate.optional().meta({ description: 'The first day this version was in force, where known.' }),
  amended_by: SafeString.optional().meta({ description: 'The law that ended this version.' }),
  sources: SourceRefs,
  confidence: Confidence,
  note: SafeMultilineText.optional(),
};

const offenceFigures = {
  criminalised: z.boolean().meta({ description: 'false records that a source says there is no such offence (an absent key means not researched).' }),
  law: SafeString.optional().meta({ description: 'Statute section, e.g. "18 U.S.C. § 2251(a), (e)".' }),
  wider_offence: z
    .boolean()
    .optional()
    .meta({ description: 'true where no provision is aimed at this conduct and the entry records a wider offence that also reaches it (for example incitement of a child to sexual acts by any means standing for online grooming); law names that offence.' }),
  ...penaltyFields,
  aggravations: z.array(Aggravation).optional(),
  defences: z.array(Defence).optional(),
};

export const OffenceVersion = z.strictObject({ ...offenceFigures, ...versionFields }).meta({ description: 'An earlier version of an offence entry.' });
export type OffenceVersion = z.infer<typeof OffenceVersion>;

export const Offence = z
  .strictObject({
    criminalised: offenceFigures.criminalised,
    law: offenceFigures.law,
    wider_offence: offenceFigures.wider_offence,
    in_force: PartialDate.optional().meta({ description: 'Date from which the recorded figures apply (a month or year where the source gives no more); a future date records an enacted change not yet in force.' }),
    ...penaltyFields,
    aggravations: offenceFigures.aggravations,
    defences: offenceFigures.defences,
    sentencing: z.array(Sentencing).optional(),
    history: z.array(OffenceVersion).optional().meta({ description: 'Earlier versions, newest first.' }),
    sources: SourceRefs,
    confidence: Confidence,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'How one offence of the taxonomy is punished.' });
export type Offence = z.infer<typeof Offence>;

export const Extraterritorial = z
  .strictObject({
    nationals: z.boolean().optional().meta({ description: 'Offences committed abroad by nationals can be tried.' }),
    residents: z.boolean().optional().meta({ description: 'Offences committed abroad by habitual residents can be tried.' }),
    dual_criminality: z.boolean().optional().meta({ description: 'The act must also be an offence where it was committed.' }),
    law: SafeString.optional(),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'Jurisdiction over offences committed abroad.' });

const definitionFigures = {
  child_age: z.int().min(1).max(21).optional().meta({ description: 'A person under this age counts as a child for CSAM offences.' }),
  virtual_material: z.enum(VIRTUAL_COVERAGE).optional().meta({ description: 'Whether drawn, computer-generated or AI-made depictions are covered.' }),
  virtual_law: SafeString.optional(),
  child_specific: z.boolean().optional().meta({ description: 'false where CSAM is punished only under a general obscenity or morals law.' }),
  extraterritorial: Extraterritorial.optional(),
  law: SafeString.optional(),
};

export const DefinitionsVersion = z.strictObject({ ...definitionFigures, ...versionFields });
export const Definitions = z
  .strictObject({
    ...definitionFigures,
    in_force: PartialDate.optional(),
    history: z.array(DefinitionsVersion).optional(),
    sources: SourceRefs,
    confidence: Confidence,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'What the offences cover: the age of a child, virtual material, reach abroad.' });
export type Definitions = z.infer<typeof Definitions>;

export const FailurePenalty = z.strictObject({
  imprisonment: Imprisonment.optional(),
  fine: Fine.optional(),
  note: SafeMultilineText.optional(),
});
export type FailurePenalty = z.infer<typeof FailurePenalty>;

const reportingFigures = {
  isp_duty: z.boolean().meta({ description: 'Providers must report CSAM they find or are told of.' }),
  who: SafeString.optional().meta({ description: 'Who bears the duty.' }),
  to: SafeString.optional().meta({ description: 'To whom reports go.' }),
  law: SafeString.optional(),
  deadline: SafeString.optional().meta({ description: 'Time limit, as the law words it.' }),
  preservation: Duration.optional().meta({ description: 'How long reported material must be preserved.' }),
  failure_penalty: FailurePenalty.optional(),
};

export const ReportingVersion = z.strictObject({ ...reportingFigures, ...versionFields });
export const Reporting = z
  .strictObject({
    isp_duty: reportingFigures.isp_duty,
    who: reportingFigures.who,
    to: reportingFigures.to,
    law: reportingFigures.law,
    in_force: PartialDate.optional(),
    deadline: reportingFigures.deadline,
    preservation: reportingFigures.preservation,
    failure_penalty: reportingFigures.failure_penalty,
    history: z.array(ReportingVersion).optional(),
    sources: SourceRefs,
    confidence: Confidence,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'Duties of internet service providers and platforms to report CSAM.' });
export type Reporting = z.infer<typeof Reporting>;

export const TreatyEvent = z
  .strictObject({
    act: z.enum(TREATY_ACTS),
    date: PartialDate,
    deposit: z.boolean().optional().meta({ description: "true: the depositary's date (deposit of the instrument); false: a domestic act (a ratification law, a decree)." }),
    sources: SourceRefs.optional().meta({ description: "Where this event was read, when not the membership's own sources." }),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'One act of the state towards the instrument.' });
export type TreatyEvent = z.infer<typeof TreatyEvent>;

export const Reservation = z
  .strictObject({
    article: SafeString.meta({ description: 'The article it concerns, e.g. "9(4)", "20(3)".' }),
    kind: z.enum(['reservation', 'declaration']).optional(),
    text_summary: SafeMultilineText,
    sources: SourceRefs.optional(),
  })
  .meta({ description: 'A reservation or declaration, by the article it concerns.' });
export type Reservation = z.infer<typeof Reservation>;

export const TreatyMembership = z
  .strictObject({
    events: z.array(TreatyEvent).optional().meta({ description: 'Signature, ratification, entry into force, withdrawal...: the standing is derived from them.' }),
    status: z.enum(STATED_STATUSES).optional().meta({ description: 'Stated where no event gives it: from a complete list of parties as of `as_of`.' }),
    as_of: PartialDate.optional().meta({ description: 'The date of the list the stated status was read on.' }),
    reservations: z.array(Reservation).optional(),
    sources: SourceRefs,
    confidence: Confidence,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: "A state's standing in one instrument of the registry." });
export type TreatyMembership = z.infer<typeof TreatyMembership>;

export const Icmec = z
  .strictObject({
    edition: z.int().min(1).max(50),
    legislation: z.boolean().meta({ description: 'Legislation specific to CSAM.' }),
    definition: z.boolean().meta({ description: 'Defines CSAM.' }),
    technology: z.boolean().meta({ description: 'Criminalises technology-facilitated offences.' }),
    possession: z.boolean().meta({ description: 'Simple possession, regardless of intent to distribute.' }),
    isp_reporting: z.boolean().meta({ description: 'ISPs must report suspected CSAM.' }),
    sources: SourceRefs,
    confidence: Confidence.optional(),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: "ICMEC Global Review's five core criteria, as published in the given edition." });
export type Icmec = z.infer<typeof Icmec>;

export const OFFENCE_KEY = /^[a-z][a-z_]{1,31}$/;
export const TREATY_KEY = /^[a-z][a-z0-9-]{1,31}$/;

export const Jurisdiction = z
  .strictObject({
    id: JurisdictionId,
    name: SafeString,
    kind: z.enum(JURISDICTION_KINDS),
    parent: JurisdictionId.nullable().meta({ description: 'The enclosing country, for a subdivision.' }),
    region: z.enum(REGIONS).meta({ description: 'UN M49 region (the country registry gives it).' }),
    legal_system: z.enum(LEGAL_SYSTEMS).optional().meta({ description: 'The legal tradition; absent where no source was read (the notes name the source of a classification).' }),
    reviewed: IsoDate.meta({ description: 'When a person last checked every figure in this file.' }),
    sources: z.record(SourceKey, Source),
    definitions: Definitions.optional(),
    offences: z.record(z.string().regex(OFFENCE_KEY), Offence).optional().meta({ description: 'Keys from the offence registry; an absent key means not researched.' }),
    reporting: Reporting.optional(),
    treaties: z.record(z.string().regex(TREATY_KEY), TreatyMembership).optional().meta({ description: 'Keys from the treaty registry. Only countries hold treaties.' }),
    icmec: Icmec.optional(),
    notes: SafeMultilineText.optional(),
  })
  .meta({
    title: 'jurisdiff jurisdiction',
    description: 'How one jurisdiction treats child sexual abuse material: definitions, offences, reporting duties, treaties.',
  });
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type JurisdictionInput = z.input<typeof Jurisdiction>;

/** The order of a record's top-level keys, as the schema declares them (fmt and every output use it). */
export const JURISDICTION_KEYS = Object.keys(Jurisdiction.shape) as Array<keyof Jurisdiction>;
