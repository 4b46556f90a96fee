// Survey management for analysts: /v1/surveys and /v1/surveys/{id}.
// Every query is scoped by the key's site; another site's survey is a 404,
// indistinguishable from one that does not exist.
import { type SurveyDefinition, SurveyInputSchema, SurveyPatchSchema, validate } from '@koe/core';
import { Hono } from 'hono';
import type { AppEnv, Services } from '../context';
import { ApiError } from '../errors';
import { newId } from '../keys';
import { readJson } from '../middleware/read-json';
import { requireScope } from '../middleware/secret-key-auth';
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

export function surveyRoutes(services: Services) {
  const { store, clock, catalog } = services;
  const app = new Hono<AppEnv>();
  // Secret-key authentication for /v1/surveys… is registered once in app.ts.

  async function findSurvey(siteId: string, id: string): Promise<StoredSurvey> {
    const survey = await store.getSurvey(siteId, id);
    if (!survey) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    return survey;
  }

  function checked(input: unknown): SurveyDefinition {
    const result = validate(SurveyInputSchema, input);
    if (!result.ok)
      throw new ApiError('invalid-body', 'the survey is not valid', { issues: result.issues });
    return result.value;
  }

  app.get('/surveys', async function listSurveys(c) {
    const surveys = await store.listSurveys(c.get('auth').siteId);
    return c.json({ data: surveys.map(surveyJson) });
  });

  app.post('/surveys', requireScope('write'), async function createSurvey(c) {
    const definition = checked(
      await readJson(c, { allowTextPlain: false, maxBytes: MAX_SURVEY_BYTES }),
    );
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
    return c.json(surveyJson(survey), 201, { location: `/v1/surveys/${survey.id}` });
  });

  app.get('/surveys/:id', async function getSurvey(c) {
    return c.json(surveyJson(await findSurvey(c.get('auth').siteId, c.req.param('id'))));
  });

  app.patch('/surveys/:id', requireScope('write'), async function patchSurvey(c) {
    const existing = await findSurvey(c.get('auth').siteId, c.req.param('id'));
    const patch = validate(
      SurveyPatchSchema,
      await readJson(c, { allowTextPlain: false, maxBytes: MAX_SURVEY_BYTES }),
    );
    if (!patch.ok)
      throw new ApiError('invalid-body', 'the change is not valid', { issues: patch.issues });
    // Re-check the merged survey so cross-field rules (default locale, follow-up buckets) still hold.
    const merged: Record<string, unknown> = { ...existing.definition, ...patch.value };
    // null in a PATCH removes the (optional) field.
    for (const [field, value] of Object.entries(patch.value))
      if (value === null) delete merged[field];
    const definition = checked(merged);
    const updated: StoredSurvey = { ...existing, definition, updatedAt: clock.now() };
    await store.updateSurvey(updated);
    catalog.surveysChanged();
    return c.json(surveyJson(updated));
  });

  app.delete('/surveys/:id', requireScope('write'), async function deleteSurvey(c) {
    const deleted = await store.deleteSurvey(c.get('auth').siteId, c.req.param('id'));
    if (!deleted) throw new ApiError('survey-not-found', 'this site has no survey with this id');
    catalog.surveysChanged();
    return c.body(null, 204);
  });

  return app;
}
