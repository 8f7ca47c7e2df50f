import { z } from 'zod';
import { CONFIDENCES, CURRENCIES, DURATION, ISO_DATE, JURISDICTION_ID, PARTIAL_DATE } from './patterns.js';

export { DURATION, ISO_DATE, JURISDICTION_ID, PARTIAL_DATE };

/**
 * Characters that can rewrite what a terminal shows (C0/C1 controls, bidi overrides,
 * line separators). Data files never need them; renderers escape them anyway.
 */
export const UNSAFE_CHARACTERS =
  /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;
const UNSAFE_OR_NEWLINE = /[\u0000-\u001F\u007F-\u009F\u061C\u200E\u200F\u2028\u2029\u202A-\u202E\u2066-\u2069]/;

export const SAFE_TEXT_MESSAGE = 'contains a control or bidirectional-override character';

/** A single-line string with no control characters. */
export const SafeString = z
  .string()
  .min(1)
  .refine((s) => !UNSAFE_OR_NEWLINE.test(s), { message: `${SAFE_TEXT_MESSAGE} or a line break` });

/** Free text that may span lines (notes). */
export const SafeMultilineText = z
  .string()
  .min(1)
  .refine((s) => !UNSAFE_CHARACTERS.test(s), { message: SAFE_TEXT_MESSAGE });

export const JurisdictionId = z
  .string()
  .regex(JURISDICTION_ID, 'must be a lower-case ISO 3166 code such as "de" or "gb-ew"')
  .meta({ description: 'Lower-case ISO 3166 code; a subdivision adds a suffix: gb-ew, us-ca.' });

export const SOURCE_KEY = /^[a-z0-9][a-z0-9._-]{0,63}$/;
export const SourceKey = z.string().regex(SOURCE_KEY, 'must be lower-case letters, digits, ".", "_" or "-"');

export const Duration = z
  .string()
  .regex(DURATION, 'must be a duration such as "6m", "2y", "1y6m", "30d" or "life"')
  .meta({ description: 'A term: years (y), months (m), days (d), combined largest first ("1y6m"), or "life".' });

/** A calendar day; impossible days (2027-02-29) are refused. Quoted in data so that every YAML reader sees text. */
export const IsoDate = z.iso.date({ message: 'must be a real date written "YYYY-MM-DD"' });

/** A day, month or year, as precise as the source gives it. */
export const PartialDate = z
  .string()
  .regex(PARTIAL_DATE, 'must be a date written "YYYY-MM-DD", "YYYY-MM" or "YYYY"')
  .refine((s) => s.length !== 10 || IsoDate.safeParse(s).success, { message: 'must be a real date' })
  .refine((s) => s.length !== 7 || (Number(s.slice(5)) >= 1 && Number(s.slice(5)) <= 12), { message: 'must be a real month' })
  .meta({ description: 'A day ("2006-09-29"), a month ("2006-09") or a year ("2006"), as precise as the source.' });

export const Currency = z
  .string()
  .refine((s) => CURRENCIES.has(s), { message: 'must be an ISO 4217 currency code such as "USD"' })
  .meta({ description: 'ISO 4217 currency code.' });

export const Confidence = z.enum(CONFIDENCES).meta({
  description:
    'verified: seen in the text of the law itself (statute, official or a faithful copy) or the depositary\'s register; ' +
    'reported: seen in a reputable secondary source or an official explainer; unverified: not seen on any page.',
});
export type Confidence = z.infer<typeof Confidence>;

export const SourceRefs = z.array(SourceKey).meta({ description: "Keys of the file's `sources` block." });

export const HttpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s/]+[^\s]*$/, 'must be an http(s) URL')
  .refine((s) => !UNSAFE_OR_NEWLINE.test(s), { message: SAFE_TEXT_MESSAGE });
