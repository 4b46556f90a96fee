// Survey definitions: what a site owner configures and the widget renders.
import { z } from 'zod';
import { bucketsOf, SURVEY_TYPES, type SurveyType } from '../scales';
import { LocaleSchema, LocalizedTextSchema, SlugSchema } from './common';
import { outputOf } from './output';

export const SurveyTypeSchema = z.enum(SURVEY_TYPES);
export const SurveyStatusSchema = z.enum(['draft', 'active', 'paused', 'archived']);
/** The statuses whose surveys take answers (a paused survey is shown no more, but answers sent still count). */
export const ANSWERABLE_STATUSES: ReadonlySet<string> = new Set(['active', 'paused']);
export const CsatDisplaySchema = z.enum(['number', 'smiley', 'star']);
export const PlacementSchema = z.enum(['bottom-right', 'bottom-left', 'center', 'inline']);

export const ReasonSchema = z.object({
  id: SlugSchema,
  label: LocalizedTextSchema,
});

/** The question asked after the score, for one bucket (e.g. detractors). */
export const FollowUpSchema = z
  .object({
    question: LocalizedTextSchema,
    reasons: z.array(ReasonSchema).max(12, { error: 'allows at most 12 reason chips' }).default([]),
    comment: z.enum(['optional', 'none']).default('optional'),
    commentPlaceholder: LocalizedTextSchema.optional(),
  })
  .superRefine((followUp, ctx) => {
    const seen = new Set<string>();
    followUp.reasons.forEach((reason, i) => {
      if (seen.has(reason.id)) {
        ctx.addIssue({
          code: 'custom',
          path: ['reasons', i, 'id'],
          message: `reason id "${reason.id}" is used twice`,
        });
      }
      seen.add(reason.id);
    });
  });
export type FollowUp = z.infer<typeof FollowUpSchema>;

export const UrlRuleSchema = z
  .object({
    match: z.enum(['exact', 'contains', 'startsWith', 'regex']),
    value: z.string().min(1).max(500),
    negate: z.boolean().default(false),
  })
  .superRefine((rule, ctx) => {
    if (rule.match !== 'regex') return;
    try {
      new RegExp(rule.value);
    } catch {
      ctx.addIssue({
        code: 'custom',
        path: ['value'],
        message: 'must be a valid regular expression',
      });
    }
  });
export type UrlRule = z.infer<typeof UrlRuleSchema>;

const triggerCommon = {
  /** Page rules: all must hold (a negated rule must not match) for the survey to show. */
  urls: z.array(UrlRuleSchema).max(20).default([]),
  /** Wait this long after the trigger fires; cancelled if the page rules stop matching. */
  delaySeconds: z.number().int().min(0).max(3600).default(0),
};

/** When the widget asks. "manual" surveys show only through koe('ask', …). */
export const TriggerSchema = z.discriminatedUnion('on', [
  z.object({ on: z.literal('manual'), ...triggerCommon }),
  z.object({ on: z.literal('pageview'), ...triggerCommon }),
  z.object({ on: z.literal('event'), event: z.string().min(1).max(64), ...triggerCommon }),
  z.object({ on: z.literal('click'), selector: z.string().min(1).max(200), ...triggerCommon }),
  z.object({
    on: z.literal('scroll'),
    percent: z.number().int().min(1).max(100),
    ...triggerCommon,
  }),
  z.object({ on: z.literal('exitIntent'), ...triggerCommon }),
]);
export type Trigger = z.infer<typeof TriggerSchema>;

export const ThemeSchema = z.object({
  accent: z
    .string()
    .regex(/^#(?:[0-9a-fA-F]{3}|[0-9a-fA-F]{6})$/, { error: 'must be a hex colour like #4f46e5' })
    .default('#4f46e5'),
  radius: z.number().int().min(0).max(32).default(12),
  /**
   * light or dark, or auto: the page's color-scheme when it names one (a dark
   * page background when it names none), the visitor's OS setting when the
   * page offers both.
   */
  mode: z.enum(['auto', 'light', 'dark']).default('auto'),
  /** system: the OS's UI font; inherit: the font of the page's body. */
  font: z.enum(['system', 'inherit']).default('system'),
});

/** Every field of a survey definition; the schemas below pick from it. */
export const surveyFields = {
  name: z.string().trim().min(1, { error: 'must not be empty' }).max(120),
  type: SurveyTypeSchema,
  status: SurveyStatusSchema.default('draft'),
  defaultLocale: LocaleSchema.default('en'),
  question: LocalizedTextSchema,
  /** Words under the ends of the scale, e.g. "Not at all likely" / "Extremely likely". */
  scaleLabels: z.object({ low: LocalizedTextSchema, high: LocalizedTextSchema }).optional(),
  thanks: LocalizedTextSchema.optional(),
  csatDisplay: CsatDisplaySchema.default('number'),
  /** Keyed by bucket: detractor/passive/promoter (NPS) or dissatisfied/neutral/satisfied. */
  followUp: z.record(z.string(), FollowUpSchema).default({}),
  trigger: TriggerSchema.default({ on: 'manual', urls: [], delaySeconds: 0 }),
  sampleRate: z.number().min(0).max(1).default(1),
  /** Days before the same browser is asked this survey again after answering or dismissing. */
  recontactDays: z.number().int().min(0).max(3650).default(90),
  placement: PlacementSchema.default('bottom-right'),
  theme: ThemeSchema.default({ accent: '#4f46e5', radius: 12, mode: 'auto', font: 'system' }),
  /** Seconds the thanks card stays before closing itself (not while focused or hovered); 0: until closed. */
  thanksSeconds: z.number().int().min(0).max(60).default(3),
};

type SurveyShape = {
  type: SurveyType;
  defaultLocale: string;
  question: Record<string, string>;
  followUp: Record<string, unknown>;
};

/** Cross-field rules that a single field's schema cannot express. */
function checkSurveyConsistency(survey: SurveyShape, ctx: z.RefinementCtx): void {
  if (!(survey.defaultLocale in survey.question)) {
    ctx.addIssue({
      code: 'custom',
      path: ['question'],
      message: `needs text for the default locale "${survey.defaultLocale}"`,
    });
  }
  const allowed = bucketsOf(survey.type);
  for (const bucket of Object.keys(survey.followUp)) {
    if (!(allowed as readonly string[]).includes(bucket)) {
      ctx.addIssue({
        code: 'custom',
        path: ['followUp', bucket],
        message: `a ${survey.type} survey has follow-ups only for ${allowed.join(', ')}`,
      });
    }
  }
}

/** Body of POST /v1/surveys. */
export const SurveyInputSchema = z
  .object(surveyFields)
  .superRefine(checkSurveyConsistency)
  .meta({ id: 'SurveyInput' });
export type SurveyInput = z.input<typeof SurveyInputSchema>;
export type SurveyDefinition = z.output<typeof SurveyInputSchema>;

/**
 * Body of PATCH /v1/surveys/{id}: any subset of fields, without defaults (so
 * an omitted field keeps its stored value). The merged survey is checked again
 * with SurveyInputSchema, so cross-field rules still hold after a patch.
 */
export const SurveyPatchSchema = z
  .object({
    name: surveyFields.name,
    status: SurveyStatusSchema,
    defaultLocale: LocaleSchema,
    question: LocalizedTextSchema,
    // null removes an optional text (leaving a field out keeps it).
    scaleLabels: surveyFields.scaleLabels.nullable(),
    thanks: surveyFields.thanks.nullable(),
    csatDisplay: CsatDisplaySchema,
    followUp: z.record(z.string(), FollowUpSchema),
    trigger: TriggerSchema,
    sampleRate: z.number().min(0).max(1),
    recontactDays: z.number().int().min(0).max(3650),
    placement: PlacementSchema,
    theme: ThemeSchema,
    thanksSeconds: z.number().int().min(0).max(60),
  })
  .partial()
  .strict()
  .meta({
    id: 'SurveyPatch',
    description: 'any subset of fields; null removes an optional text; the type cannot change',
  });
export type SurveyPatch = z.infer<typeof SurveyPatchSchema>;

/** A stored survey as the API returns it: every field present, defaults filled in. */
export const SurveySchema = outputOf(
  z.object({
    id: z.string(),
    siteId: z.string(),
    ...surveyFields,
    createdAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
  }),
).meta({ id: 'Survey' });
export type Survey = z.output<typeof SurveySchema>;
