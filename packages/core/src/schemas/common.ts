// Small building blocks shared by the survey and response schemas.
import { z } from 'zod';

/** A BCP 47 language tag, returned in canonical case ("pt-br" → "pt-BR"). */
export const LocaleSchema = z
  .string()
  .max(35, { error: 'must be a BCP 47 language tag of at most 35 characters' })
  .transform((tag, ctx) => {
    try {
      const [canonical] = Intl.getCanonicalLocales(tag);
      if (canonical) return canonical;
    } catch {
      // fall through to the issue below
    }
    ctx.issues.push({
      code: 'custom',
      message: 'must be a BCP 47 language tag such as "en" or "pt-BR"',
      input: tag,
    });
    return z.NEVER;
  });

/** Text that a visitor sees, per locale: { en: "…", ja: "…" }. */
export const LocalizedTextSchema = z
  .record(
    z.string().min(2).max(35),
    z
      .string()
      .trim()
      .min(1, { error: 'must not be empty' })
      .max(500, { error: 'must be at most 500 characters' }),
  )
  .refine((text) => Object.keys(text).length > 0, { error: 'needs text for at least one locale' })
  .refine((text) => Object.keys(text).length <= 50, { error: 'allows at most 50 locales' });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Identifier chosen by a person: reason chip ids, touchpoints, attribute keys. */
export const SlugSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.:-]{0,63}$/, {
  error: 'must be 1–64 letters, digits or _ . : - and start with a letter or digit',
});
