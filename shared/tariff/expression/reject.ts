import type { RateRejectionReason } from '../types';

/**
 * Printed forms this engine knowingly does not evaluate, recognised before the grammar so each is
 * rejected with its own reason and a message an officer can act on. Order matters: the first
 * match names the reason.
 */
const KNOWN_FORMS: ReadonlyArray<{ pattern: RegExp; reason: RateRejectionReason; message: string }> = [
  {
    pattern: /^[-–—]$/,
    reason: 'empty',
    message: 'a dash: no rate is printed',
  },
  {
    pattern: /\b(?:EA|EAR|ADSZ|ADSZR|ADFM|ADFMR)\b/,
    reason: 'needs-meursing-table',
    message: 'needs the Meursing table (EA / ADSZ / ADFM agricultural components)',
  },
  {
    pattern: /^entry price/i,
    reason: 'entry-price-system',
    message: 'depends on the consignment’s entry price (entry price system)',
  },
  {
    pattern: /^(?:the (?:rate|duty)\b|see\b|no change$)|equal to the duty|like articles/i,
    reason: 'needs-other-schedule',
    message: 'the rate is printed in another subheading, note or edition',
  },
  {
    pattern: /\((?:\s*[A-Z]{1,2}[+*]?\s*,)*\s*[A-Z]{1,2}[+*]?\s*\)/,
    reason: 'unsupported-form',
    message: 'a list of rates by preference programme: split it by programme before parsing',
  },
  {
    pattern: /in-quota|over-quota/i,
    reason: 'unsupported-form',
    message: 'tariff-rate quota: in-quota and over-quota rates need the quota status',
  },
  {
    pattern: /^a duty upon|percent of the (?:fair retail value|cost)|value of the (?:repairs|lead)/i,
    reason: 'unsupported-form',
    message:
      'duty on another basis than the customs value (repairs, processing abroad, retail value, content value)',
  },
  {
    pattern: /^free,/i,
    reason: 'unsupported-form',
    message: 'conditional free entry (under bond or for a prescribed period)',
  },
  {
    pattern:
      /\bon (?:the )?(?:case|battery|movement|strap|apparatus|value of|entire set)|\/jewel|each other piece/i,
    reason: 'unsupported-form',
    message: 'duty on the values or counts of components (case, strap, battery, movement, jewels)',
  },
  {
    pattern: /contents (?:and|of) container/i,
    reason: 'unsupported-form',
    message: 'per kg of a container’s contents: needs the weight basis of the container',
  },
  {
    pattern: /\b(?:on|of) (?:\w+ content|total sugars)|ethyl alcohol content/i,
    reason: 'unsupported-form',
    message: 'per kg of a named content (metal, sugars, alcohol): needs the content quantity',
  },
  {
    pattern: /clean kg/i,
    reason: 'unsupported-form',
    message: 'per clean kg (wool clean yield): needs the clean yield',
  },
  {
    pattern: /for each degree/i,
    reason: 'unsupported-form',
    message: 'sliding scale by degree: needs the polarity or strength',
  },
  {
    pattern: /\/line\//i,
    reason: 'unsupported-form',
    message: 'per line (button size) per gross: needs the line size',
  },
  {
    pattern: /std qual/i,
    reason: 'unsupported-form',
    message: 'per 100 kg of standard-quality sugar: needs the quality conversion',
  },
  {
    pattern: /tot alc/i,
    reason: 'unsupported-form',
    message: 'per kg of total alcohol: needs the alcohol content by mass',
  },
];

/** The known unsupported form `text` (already normalised) is, if any. */
export function knownRejection(text: string): { reason: RateRejectionReason; message: string } | undefined {
  const hit = KNOWN_FORMS.find(({ pattern }) => pattern.test(text));
  return hit === undefined ? undefined : { reason: hit.reason, message: hit.message };
}
