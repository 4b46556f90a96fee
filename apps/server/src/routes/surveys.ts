// Survey management for analysts: /v1/surveys and /v1/surveys/{id}.
// Every query is scoped by the key's site; another site's survey is a 404,
// indistinguishable from one that does not exist.

import { createRoute, OpenAPIHono } from '@hono/zod-openapi';
import {
  type SurveyDefinition,
  SurveyInputSchema,
  SurveyPatchSchema,
  SurveySchema,
  validate,
} from '@koe/core';
import { z } from 'zod';
import { audit } from '../accounts/audit';
import { problems } from '../api/problems';
import { EDIT_SURVEYS, keyProblems, READ, routeAdder } from '../api/route';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId } from '../keys';
import type { StoredSurvey } from '../store/types';

const MAX_SURVEY_BYTES = 64 * 1024;

export function surveyJson(survey: StoredSurvey) {
  return {
    id: survey.id,
    siteId: survey.siteId,
    ...survey.definition,
    createdAt: new Date(survey.createdAt).toISOString(),
    updatedAt: new Date(survey.updatedAt).toISOString(),
  };
}

const surveyParams = z.object({ id: z.string().describe('survey id (srv_…)') });
const surveyJsonContent = { 'application/json': { schema: SurveySchema } };
const notFound = ['survey-not-found', "the key's site has no survey with this id"] as const;
const bodyProblems = [
  'invalid-json',
  ['body-too-large', `the body is over ${MAX_SURVEY_BYTES / 1024} KiB`],
  ['unsupported-media-type', 'the body is not application/json'],
] as const;

const listSurveys = createRoute({
  method: 'get',
  path: '/surveys',
  operationId: 'listSurveys',
  tags: ['surveys'],
  summary: "List the site's surveys",
  description: "Every survey of the key's site, in every status, oldest first.",
  ...READ,
  responses: {
    200: {
      description: 'the surveys',
      content: { 'application/json': { schema: z.object({ data: z.array(SurveySchema) }) } },
    },
    ...problems(...keyProblems('read')),
  },
});

const createSurvey = createRoute({
  method: 'post',
  path: '/surveys',
  operationId: 'createSurvey',
  tags: ['surveys'],
  summary: 'Create a survey',
  description:
    'New surveys are drafts unless `status` says otherwise; the widget shows only active ones. Follow-ups are keyed by bucket: detractor/passive/promoter for NPS, dissatisfied/neutral/satisfied for CSAT and CES.',
  ...EDIT_SURVEYS,
  request: {
    body: { required: true, content: { 'application/json': { schema: SurveyInputSchema } } },
  },
  responses: {
    201: {
      description: 'created; Location names it',
      headers: { location: { description: '/v1/surveys/{id}', schema: { type: 'string' } } },
      content: surveyJsonContent,
    },
    ...problems(
      [
        'invalid-body',
        'a field is missing or malformed; the question has no text for defaultLocale; a follow-up is keyed by a bucket the survey type does not have; a reason id repeats',
      ],
      ...bodyProblems,
      ...keyProblems('write'),
    ),
  },
});

const getSurvey = createRoute({
  method: 'get',
  path: '/surveys/{id}',
  operationId: 'getSurvey',
  tags: ['surveys'],
  summary: 'One survey',
  description: 'The survey with every field, defaults filled in.',
  ...READ,
  request: { params: surveyParams },
  responses: {
    200: { description: 'the survey', content: surveyJsonContent },
    ...problems(notFound, ...keyProblems('read')),
  },
});

const patchSurvey = createRoute({
  method: 'patch',
  path: '/surveys/{id}',
  operationId: 'updateSurvey',
  tags: ['surveys'],
  summary: 'Change a survey',
  description:
    'Only the fields sent change; `null` removes an optional text (scaleLabels, thanks). The merged survey must still be valid. The type cannot change.',
  ...EDIT_SURVEYS,
  request: {
    params: surveyParams,
    body: { required: true, content: { 'application/json': { schema: SurveyPatchSchema } } },
  },
  responses: {
    200: { description: 'the changed survey', content: surveyJsonContent },
    ...problems(
      [
        'invalid-body',
        'a field is unknown or malformed (type cannot change), or the merged survey breaks a cross-field rule',
      ],
      ...bodyProblems,
      notFound,
      ...keyProblems('write'),
    ),
  },
});

const deleteSurvey = createRoute({
  method: 'delete',
  path: '/surveys/{id}',
  operationId: 'deleteSurvey',
  tags: ['surveys'],
  summary: 'Delete a survey and its responses',
  description: 'Deletes the survey, every response to it and their rollups. Cannot be undone.',
  ...EDIT_SURVEYS,
  request: { params: surveyParams },
  responses: {
    204: { description: 'deleted' },
    ...problems(notFound, ...keyProblems('write')),
  },
});

export function surveyRoutes(services: Services) {
  const { store, clock, catalog } = services;
  const app = new OpenAPIHono<AppEnv>();
  const add = routeAdder(app, services);

  async function findSurvey(siteId: string, id: string): Promise<StoredSurvey> {
    const survey = await store.getSurvey(siteId, id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    return survey;
  }

  add(listSurveys, async function listSurveys(c) {
    const surveys = await store.listSurveys(c.get('auth').siteId);
    return c.json({ data: surveys.map(surveyJson) }, 200);
  });

  add(
    createSurvey,
    async function createSurvey(c) {
      const definition = c.req.valid('json');
      const now = clock.now();
      const survey: StoredSurvey = {
        id: newId('srv'),
        siteId: c.get('auth').siteId,
        type: definition.type,
        definition,
        createdAt: now,
        updatedAt: now,
      };
      await store.createSurvey(survey);
      catalog.surveysChanged();
      await audit(services, c, {
        action: 'survey.created',
        target: survey.id,
        details: { name: definition.name, status: definition.status },
      });
      return c.json(surveyJson(survey), 201, { location: `/v1/surveys/${survey.id}` });
    },
    { maxBodyBytes: MAX_SURVEY_BYTES },
  );

  add(getSurvey, async function getSurvey(c) {
    return c.json(surveyJson(await findSurvey(c.get('auth').siteId, c.req.valid('param').id)), 200);
  });

  add(
    patchSurvey,
    async function patchSurvey(c) {
      const existing = await findSurvey(c.get('auth').siteId, c.req.valid('param').id);
      const patch = c.req.valid('json');
      // Re-check the merged survey so cross-field rules (default locale, follow-up buckets) still hold.
      const merged: Record<string, unknown> = { ...existing.definition, ...patch };
      // null in a PATCH removes the (optional) field.
      for (const [field, value] of Object.entries(patch)) if (value === null) delete merged[field];
      const checked = validate(SurveyInputSchema, merged);
      if (!checked.ok)
        throw new ApiError('invalid-body', 'the survey would not be valid', {
          issues: checked.issues,
        });
      const definition: SurveyDefinition = checked.value;
      const updated: StoredSurvey = { ...existing, definition, updatedAt: clock.now() };
      await store.updateSurvey(updated);
      catalog.surveysChanged();
      const statusChanged = existing.definition.status !== definition.status;
      await audit(services, c, {
        action: statusChanged
          ? `survey.${definition.status === 'active' ? 'published' : definition.status}`
          : 'survey.edited',
        target: existing.id,
        details: {
          fields: Object.keys(patch),
          ...(statusChanged && { from: existing.definition.status, to: definition.status }),
        },
      });
      return c.json(surveyJson(updated), 200);
    },
    { maxBodyBytes: MAX_SURVEY_BYTES },
  );

  add(deleteSurvey, async function deleteSurvey(c) {
    const deleted = await store.deleteSurvey(c.get('auth').siteId, c.req.valid('param').id);
    if (!deleted) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    catalog.surveysChanged();
    await audit(services, c, { action: 'survey.deleted', target: c.req.valid('param').id });
    return c.body(null, 204);
  });

  return app;
}
