import { z } from 'zod';
import { HttpUrl, IsoDate, SafeMultilineText, SafeString } from './primitives.js';
import { OFFENCE_KEY, TREATY_KEY } from './jurisdiction.js';

export const OffenceDefinition = z.strictObject({
  name: SafeString,
  description: SafeMultilineText,
  model_law: SafeString.meta({ description: 'The model-law or treaty article the offence maps to.' }),
});
export type OffenceDefinition = z.infer<typeof OffenceDefinition>;

export const TreatyDefinition = z.strictObject({
  name: SafeString,
  short_name: SafeString,
  reference: SafeString.meta({ description: 'Treaty series number, e.g. "ETS No. 185".' }),
  depositary: SafeString,
  opened: IsoDate.meta({ description: 'Opened for signature.' }),
  in_force: IsoDate.nullable().meta({ description: 'Entry into force; null while not yet in force.' }),
  open_to: SafeString.meta({ description: 'Who may join.' }),
  status_url: HttpUrl.meta({ description: 'Official page listing signatures and ratifications.' }),
  read_at: z.array(HttpUrl).min(1).meta({ description: 'Pages the dates above were read on.' }),
  note: SafeMultilineText.optional(),
});
export type TreatyDefinition = z.infer<typeof TreatyDefinition>;

export const OffenceRegistry = z.record(z.string().regex(OFFENCE_KEY), OffenceDefinition);
export const TreatyRegistry = z.record(z.string().regex(TREATY_KEY), TreatyDefinition);
export type OffenceRegistry = z.infer<typeof OffenceRegistry>;
export type TreatyRegistry = z.infer<typeof TreatyRegistry>;
