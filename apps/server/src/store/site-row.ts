// A sites row as either backend returns it → Site (drizzle's row carries
// the same fields; this keeps extra columns from leaking into answers).
import type { Site } from './types';

export function toSite(row: Site): Site {
  return {
    id: row.id,
    organizationId: row.organizationId,
    name: row.name,
    origins: row.origins,
    publishableKey: row.publishableKey,
    createdAt: row.createdAt,
  };
}
