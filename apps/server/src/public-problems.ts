// The problems the widget's own requests can meet, worded for the person who
// reads them: the widget writes `koe:<code> — <detail>` to the browser
// console, once per cause, so each detail says what happened and what to do,
// in one line. Only what the request itself carried is echoed (its key, its
// origin, its survey id): never the site's allowed origins or other surveys.
import type { SurveyDefinition } from '@koe/core';
import { ApiError } from './errors';

export const siteNotFound = (siteKey: string) =>
  new ApiError(
    'site-not-found',
    `no site has the publishable key ${siteKey}; copy data-site from the site's snippet (GET /v1/site gives its key)`,
  );

export const originNotAllowed = (origin: string, siteKey: string) =>
  new ApiError(
    'origin-not-allowed',
    `this page's origin ${origin} is not allowed for site ${siteKey}; allow it in the dashboard's Settings or: npm run koe -- sites update --site ${siteKey} --add-origin ${origin}`,
  );

export const surveyNotFound = (siteKey: string, surveyId: string) =>
  new ApiError(
    'survey-not-found',
    `site ${siteKey} has no survey ${surveyId}; check the survey id the page uses`,
  );

export const surveyNotActive = (surveyId: string, status: SurveyDefinition['status']) =>
  new ApiError(
    'survey-not-active',
    `survey ${surveyId} is ${status} and takes no answers; set its status to active`,
  );
