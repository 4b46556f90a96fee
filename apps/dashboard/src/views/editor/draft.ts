// The survey being edited, as plain data, and the pure edits the form makes
// to it. Texts are per locale; an emptied optional text disappears rather
// than being saved as "", and removing a locale removes its text everywhere.
// Validation is @koe/core's SurveyInputSchema, the same the server runs, so
// the form marks exactly the fields the API would refuse.
import {
  bucketsOf,
  type FieldIssue,
  type LocalizedText,
  type SurveyDefinition,
  SurveyInputSchema,
  type SurveyPatch,
  type SurveyType,
  validate,
} from '@koe/core';
import type { Survey } from '../../api/types';

export type Draft = SurveyDefinition;

export function newDraft(type: SurveyType = 'nps'): Draft {
  return SurveyInputSchema.parse({
    name: 'New survey',
    type,
    status: 'draft',
    question: { en: 'How likely are you to recommend us to a friend?' },
  });
}

export function draftOf(survey: Survey): Draft {
  const { id: _id, siteId: _site, createdAt: _c, updatedAt: _u, ...definition } = survey;
  return definition;
}

/** Every locale any text of the draft is written in, the default first. */
export function localesOf(draft: Draft): string[] {
  const texts: Array<LocalizedText | undefined> = [
    draft.question,
    draft.scaleLabels?.low,
    draft.scaleLabels?.high,
    draft.thanks,
  ];
  for (const followUp of Object.values(draft.followUp)) {
    texts.push(followUp.question, followUp.commentPlaceholder);
    for (const reason of followUp.reasons) texts.push(reason.label);
  }
  const found = new Set([draft.defaultLocale]);
  for (const text of texts) for (const locale of Object.keys(text ?? {})) found.add(locale);
  return [...found];
}

/** One locale's text set (or, when emptied, removed) in a localized text. */
export function withText(
  text: LocalizedText | undefined,
  locale: string,
  value: string,
): LocalizedText {
  const next = { ...text };
  if (value === '') delete next[locale];
  else next[locale] = value;
  return next;
}

/** An optional localized text: undefined once it has no text in any locale. */
export function optionalText(text: LocalizedText): LocalizedText | undefined {
  return Object.keys(text).length ? text : undefined;
}

function withoutLocale(text: LocalizedText | undefined, locale: string) {
  if (!text) return text;
  const { [locale]: _removed, ...rest } = text;
  return rest;
}

export function removeLocale(draft: Draft, locale: string): Draft {
  const strip = (text: LocalizedText) => withoutLocale(text, locale) as LocalizedText;
  const followUp = Object.fromEntries(
    Object.entries(draft.followUp).map(([bucket, f]) => [
      bucket,
      {
        ...f,
        question: strip(f.question),
        commentPlaceholder: f.commentPlaceholder && optionalText(strip(f.commentPlaceholder)),
        reasons: f.reasons.map((reason) => ({ ...reason, label: strip(reason.label) })),
      },
    ]),
  );
  const low = draft.scaleLabels && strip(draft.scaleLabels.low);
  const high = draft.scaleLabels && strip(draft.scaleLabels.high);
  return {
    ...draft,
    question: strip(draft.question),
    thanks: draft.thanks && optionalText(strip(draft.thanks)),
    scaleLabels:
      low && high && (optionalText(low) || optionalText(high)) ? { low, high } : undefined,
    followUp,
  };
}

/** Changing the type drops follow-ups of buckets the new type does not have. */
export function withType(draft: Draft, type: SurveyType): Draft {
  const allowed = bucketsOf(type) as readonly string[];
  return {
    ...draft,
    type,
    followUp: Object.fromEntries(
      Object.entries(draft.followUp).filter(([bucket]) => allowed.includes(bucket)),
    ),
  };
}

export function checkDraft(draft: Draft): FieldIssue[] {
  const result = validate(SurveyInputSchema, draft);
  return result.ok ? [] : result.issues;
}

/**
 * The PATCH body for an existing survey: every editable field (the type is
 * fixed once created). PATCH keeps a field the body leaves out, so an
 * optional text the editor emptied is sent as null, which removes it.
 */
export function patchOf(saved: Draft, draft: Draft): SurveyPatch {
  const { type: _type, ...patch } = draft;
  return {
    ...patch,
    ...(saved.thanks && !draft.thanks && { thanks: null }),
    ...(saved.scaleLabels && !draft.scaleLabels && { scaleLabels: null }),
  };
}
