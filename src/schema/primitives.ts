import { z } from 'zod';
import { DURATION, ISO_DATE, JURISDICTION_ID } from './patterns.js';

export { DURATION, ISO_DATE, JURISDICTION_ID };

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
export const SourceKey = z
  .string()
  .regex(SOURCE_KEY, 'must be lower-case letters, digits, ".", "_" or "-"');

export const Duration = z
  .string()
  .regex(DURATION, 'must be a duration such as "6m", "2y", "1y6m", "30d" or "life"')
  .meta({ description: 'A term: years (y), months (m), days (d), combined largest first ("1y6m"), or "life".' });

/** A calendar date; the validator also rejects impossible days and future dates. */
export const IsoDate = z.iso.date({ message: 'must be a real date written YYYY-MM-DD' });

export const CURRENCY = /^[A-Z]{3}$/;
export const Currency = z
  .string()
  .regex(CURRENCY, 'must be an ISO 4217 currency code such as "USD"')
  .meta({ description: 'ISO 4217 currency code.' });

export const Confidence = z.enum(['verified', 'reported', 'unverified']).meta({
  description:
    'verified: seen in a primary source (statute, treaty office, official register); ' +
    'reported: seen in a reputable secondary source; unverified: not seen on any page.',
});
export type Confidence = z.infer<typeof Confidence>;

export const SourceRefs = z.array(SourceKey).meta({ description: 'Keys of the file\'s `sources` block.' });

export const HttpUrl = z
  .string()
  .regex(/^https?:\/\/[^\s]+$/, 'must be an http(s) URL')
  .refine((s) => !UNSAFE_OR_NEWLINE.test(s), { message: SAFE_TEXT_MESSAGE });
