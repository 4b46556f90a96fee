// A surveys row as drizzle returns it on either backend, as a StoredSurvey.
import type { SurveyDefinition, SurveyType } from '@koe/core';
import type { StoredSurvey } from './types';

export interface SurveyRow {
  id: string;
  siteId: string;
  type: SurveyType;
  definition: unknown;
  createdAt: number;
  updatedAt: number;
}

export function toSurvey(row: SurveyRow): StoredSurvey {
  return {
    id: row.id,
    siteId: row.siteId,
    type: row.type,
    definition: row.definition as SurveyDefinition,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
