// A validation issue ({field, message}, from the server's problem+json or the
// same zod schema run here) as a sentence in the interface's language:
// "Reason 1 label (English) is empty" / "理由 1 のラベル（英語）が空です".
// The field's words are the caller's (its form knows its labels); the
// message's usual kinds are recognised and translated, and any other is
// kept as the server wrote it after the field's name.
import { fillText } from './i18n/fill';
import type { I18n } from './i18n/i18n';
import type { MessageKey } from './i18n/messages';

const KINDS: Array<[RegExp, MessageKey]> = [
  [/^(must not be empty|is required|needs text for at least one locale)$/, 'issueEmpty'],
  [/^Too small: expected string/, 'issueEmpty'],
  [/^Too small: expected array/, 'issueEmpty'],
  [/^(must be at most \d+ characters|Too big: expected string)/, 'issueTooLong'],
  [/^Too (small|big): expected number/, 'issueRange'],
  [/used twice|must not repeat/, 'issueDuplicate'],
  [/^must be a valid regular expression$/, 'issueRegex'],
  [/^must be 1–64 letters, digits/, 'issueSlug'],
  [/^must be a hex colour/, 'issueColour'],
  [/^must be an email address$/, 'issueEmail'],
  [/^must be an IANA time zone/, 'issueTimeZone'],
];

/** `field` is already in words ("Site name", "Reason 1 label (English)"). */
export function issueSentence(field: string, message: string, { t }: I18n): string {
  const locale = /^needs text for the default locale "(.+)"$/.exec(message)?.[1];
  if (locale) return fillText(t('issueNoDefaultText'), { field, locale });
  const kind = KINDS.find(([pattern]) => pattern.test(message))?.[1];
  return fillText(t(kind ?? 'issueOther'), { field, message });
}
