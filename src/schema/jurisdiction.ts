import { z } from 'zod';
import {
  Confidence,
  Currency,
  Duration,
  HttpUrl,
  IsoDate,
  JurisdictionId,
  SafeMultilineText,
  SafeString,
  SourceKey,
  SourceRefs,
} from './primitives.js';

import { COMBINATIONS, CORPORAL_KINDS, JURISDICTION_KINDS, LEGAL_SYSTEMS, REGIONS, TREATY_STATUSES } from './patterns.js';

export { COMBINATIONS, CORPORAL_KINDS, JURISDICTION_KINDS, LEGAL_SYSTEMS, REGIONS, TREATY_STATUSES };

export const Source = z
  .strictObject({
    title: SafeString.meta({ description: 'Title of the page or document as published.' }),
    url: HttpUrl.meta({ description: 'Where it was read.' }),
    kind: z.enum(['primary', 'secondary']).meta({
      description: 'primary: statute or treaty text, official register; secondary: commentary, report, encyclopedia.',
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

export const Fine = z
  .strictObject({
    min: z.number().nonnegative().optional(),
    max: z.number().nonnegative().optional(),
    currency: Currency.optional(),
    unit: SafeString.optional().meta({
      description: 'A non-currency unit the amounts are counted in: "penalty units", "daily rates".',
    }),
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
  description:
    'How imprisonment and fine combine: and (both), or (either), and_or (either or both), ' +
    'and_optional (imprisonment, and the court may add a fine).',
});

const penaltyFields = {
  imprisonment: Imprisonment.optional(),
  fine: Fine.optional(),
  corporal: Corporal.nullable().optional(),
  capital: z.boolean().optional().meta({ description: 'The death penalty is provided.' }),
  combination: Combination.optional(),
};

export const Aggravation = z
  .strictObject({
    when: SafeString.meta({ description: 'The aggravating circumstance, as the statute names it.' }),
    law: SafeString.optional(),
    ...penaltyFields,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'An aggravated form of the offence with its own penalty.' });
export type Aggravation = z.infer<typeof Aggravation>;

export const Offence = z
  .strictObject({
    criminalised: z.boolean().meta({
      description: 'false records that a source says there is no such offence (an absent key means not researched).',
    }),
    law: SafeString.optional().meta({ description: 'Statute section, e.g. "18 U.S.C. § 2251(a), (e)".' }),
    in_force: IsoDate.optional().meta({ description: 'Date from which the recorded figures apply.' }),
    ...penaltyFields,
    aggravations: z.array(Aggravation).optional(),
    sources: SourceRefs,
    confidence: Confidence,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'How one offence of the taxonomy is punished.' });
export type Offence = z.infer<typeof Offence>;

export const FailurePenalty = z.strictObject({
  imprisonment: Imprisonment.optional(),
  fine: Fine.optional(),
  note: SafeMultilineText.optional(),
});

export const Reporting = z
  .strictObject({
    isp_duty: z.boolean().meta({ description: 'Providers must report CSAM they find or are told of.' }),
    who: SafeString.optional().meta({ description: 'Who bears the duty.' }),
    to: SafeString.optional().meta({ description: 'To whom reports go.' }),
    law: SafeString.optional(),
    in_force: IsoDate.optional(),
    deadline: SafeString.optional().meta({ description: 'Time limit, as the law words it.' }),
    preservation: Duration.optional().meta({ description: 'How long reported material must be preserved.' }),
    failure_penalty: FailurePenalty.optional(),
    sources: SourceRefs,
    confidence: Confidence,
    note: SafeMultilineText.optional(),
  })
  .meta({ description: 'Duties of internet service providers and platforms to report CSAM.' });
export type Reporting = z.infer<typeof Reporting>;

export const TreatyMembership = z
  .strictObject({
    status: z.enum(TREATY_STATUSES),
    signed: IsoDate.optional(),
    ratified: IsoDate.optional().meta({
      description: 'Date of ratification, accession, acceptance or approval.',
    }),
    withdrawn: IsoDate.optional(),
    sources: SourceRefs.optional(),
    confidence: Confidence.optional().meta({ description: 'Absent means unverified.' }),
    note: SafeMultilineText.optional(),
  })
  .meta({ description: "A state's standing in one treaty of the registry." });
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
  .meta({ description: "ICMEC Global Review's five core criteria, as assessed in the given edition." });
export type Icmec = z.infer<typeof Icmec>;

export const OFFENCE_KEY = /^[a-z][a-z_]{1,31}$/;
export const TREATY_KEY = /^[a-z][a-z0-9-]{1,31}$/;

export const Jurisdiction = z
  .strictObject({
    id: JurisdictionId,
    name: SafeString,
    kind: z.enum(JURISDICTION_KINDS),
    parent: JurisdictionId.nullable().meta({ description: 'The enclosing country, for a subdivision.' }),
    region: z.enum(REGIONS).meta({ description: 'UN M49 region.' }),
    legal_system: z.enum(LEGAL_SYSTEMS),
    reviewed: IsoDate.meta({ description: 'When a person last checked every figure in this file.' }),
    sources: z.record(SourceKey, Source),
    offences: z
      .record(z.string().regex(OFFENCE_KEY), Offence)
      .optional()
      .meta({ description: 'Keys from the offence registry; an absent key means not researched.' }),
    reporting: Reporting.optional(),
    treaties: z
      .record(z.string().regex(TREATY_KEY), TreatyMembership)
      .optional()
      .meta({ description: 'Keys from the treaty registry. Only countries hold treaties.' }),
    icmec: Icmec.optional(),
    notes: SafeMultilineText.optional(),
  })
  .meta({
    title: 'jurisdiff jurisdiction',
    description: 'How one jurisdiction treats child sexual abuse material: offences, reporting duties, treaties.',
  });
export type Jurisdiction = z.infer<typeof Jurisdiction>;
export type JurisdictionInput = z.input<typeof Jurisdiction>;

