// `koe sites list|create|update`: the operator's side of site administration,
// with the same rules as the API (admin.ts; @koe/core's SitePatchSchema). A
// running server sees a change made here within the catalog's TTL.
import { describeIssues, SitePatchSchema, validate } from '@koe/core';
import { changeOrigins, createSite, getSite, siteJson, updateSite } from '../admin';
import { CATALOG_TTL_MS } from '../catalog';
import type { Clock } from '../clock';
import { ApiError } from '../errors';
import type { Store } from '../store/types';
import { columns, printJson } from './output';

export async function listSites(store: Store, { json }: { json: boolean }): Promise<void> {
  const sites = (await store.listSites()).map(siteJson);
  if (json) return printJson(sites);
  if (!sites.length) return console.log('no sites yet: koe sites create --name NAME --origin URL');
  console.log(
    columns([
      ['ID', 'NAME', 'PUBLISHABLE KEY', 'ORIGINS'],
      ...sites.map((s) => [s.id, s.name, s.publishableKey, s.origins.join(', ')]),
    ]),
  );
}

export async function createSiteCommand(
  store: Store,
  clock: Clock,
  { name, origins, org, json }: { name: string; origins: string[]; org?: string; json: boolean },
): Promise<void> {
  const { site, secretKey } = await createSite(store, clock, {
    name,
    origins,
    organizationId: await organizationOfNewSite(store, org),
  });
  const out = { siteId: site.id, siteKey: site.publishableKey, secretKey, origins: site.origins };
  if (json) return printJson(out);
  console.log(`site:             ${out.siteId}`);
  console.log(`publishable key:  ${out.siteKey}`);
  console.log(`secret key:       ${out.secretKey}   (write scope; shown once)`);
  console.log(`origins:          ${out.origins.join(', ')}`);
}

/**
 * --org, or the only organization; none yet: the site waits for the first
 * owner (the setup link gives it to their organization).
 */
async function organizationOfNewSite(
  store: Store,
  org: string | undefined,
): Promise<string | null> {
  const organizations = await store.accounts.listOrganizations();
  if (org !== undefined) {
    if (!organizations.some((o) => o.id === org))
      throw new ApiError('not-found', `no organization ${org} (koe orgs list shows them)`);
    return org;
  }
  if (organizations.length > 1)
    throw new ApiError('invalid-body', 'several organizations exist: choose one with --org ID');
  return organizations[0]?.id ?? null;
}

export interface SiteUpdate {
  siteId: string;
  name?: string;
  add: string[];
  remove: string[];
  json: boolean;
}

export async function updateSiteCommand(store: Store, update: SiteUpdate): Promise<void> {
  const site = await getSite(store, update.siteId);
  const origins =
    update.add.length || update.remove.length
      ? changeOrigins(site, { add: update.add, remove: update.remove })
      : undefined;
  const patch = validate(SitePatchSchema, {
    ...(update.name !== undefined && { name: update.name }),
    ...(origins && { origins }),
  });
  if (!patch.ok) throw new ApiError('invalid-body', describeIssues(patch.issues));
  const updated = siteJson(await updateSite(store, site.id, patch.value));
  if (update.json) return printJson(updated);
  console.log(`site:     ${updated.id}`);
  console.log(`name:     ${updated.name}`);
  console.log(`origins:  ${updated.origins.join(', ')}`);
  console.log(`(a running koe server sees this within ${CATALOG_TTL_MS / 1000} seconds)`);
}
