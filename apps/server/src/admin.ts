// Site and key administration: the one implementation behind the API
// (routes/site.ts, routes/keys.ts), the CLI, the demo seed and tests, so each
// rule holds whichever way a change comes in: origins are checked and
// normalised (@koe/core's origin-rules.ts), keys are stored only as hashes,
// and a site always keeps a write key. Who may call these is not decided
// here but by each operation's declared security (api/route.ts); refusals
// are ApiErrors, so the API answers problem+json and the CLI prints one line.
import {
  checkOriginRule,
  describeIssues,
  type SecretKeyJson,
  SiteInputSchema,
  type SiteJson,
  type SitePatch,
  validate,
} from '@koe/core';
import type { Clock } from './clock';
import { ApiError } from './errors';
import { hashSecretKey, newId, newPublishableKey, newSecretKey, secretKeyPrefix } from './keys';
import type { KeyScope, SecretKeyRecord, Site, Store } from './store/types';

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export function siteJson(site: Site): SiteJson {
  return {
    id: site.id,
    name: site.name,
    origins: site.origins,
    publishableKey: site.publishableKey,
    createdAt: new Date(site.createdAt).toISOString(),
  };
}

/** A key as the API lists it: never the secret, except right after it was made. */
export function secretKeyJson(
  key: SecretKeyRecord,
  {
    currentKeyId,
    secret,
    creators = new Map(),
  }: { currentKeyId?: string; secret?: string; creators?: ReadonlyMap<string, string> } = {},
): SecretKeyJson {
  return {
    id: key.id,
    name: key.name,
    prefix: key.prefix,
    scope: key.scope,
    createdAt: new Date(key.createdAt).toISOString(),
    lastUsedAt: key.lastUsedAt === null ? null : new Date(key.lastUsedAt).toISOString(),
    current: key.id === currentKeyId,
    createdBy: key.createdBy === null ? null : (creators.get(key.createdBy) ?? key.createdBy),
    ...(secret !== undefined && { secret }),
  };
}

/** A site by its id (site_…) or its publishable key (pk_…, what a page's snippet shows). */
export async function getSite(store: Store, siteIdOrKey: string): Promise<Site> {
  const site = siteIdOrKey.startsWith('pk_')
    ? await store.getSiteByPublishableKey(siteIdOrKey)
    : await store.getSite(siteIdOrKey);
  if (!site) throw new ApiError('site-not-found', `no site with id or key ${siteIdOrKey}`);
  return site;
}

export interface NewSite {
  site: Site;
  /** Shown once: only its hash is stored. */
  secretKey: string;
}

export interface SiteToCreate {
  name: string;
  origins: string[];
  id?: string;
  organizationId?: string | null;
  /** The member making it (their first key records them). */
  createdBy?: string | null;
}

/** A site alone: what a member makes in the dashboard (their session reaches it; no key needed). */
export async function createSiteWithoutKey(
  store: Store,
  clock: Clock,
  { name, origins, id = newId('site'), organizationId = null }: SiteToCreate,
): Promise<Site> {
  const input = validate(SiteInputSchema, { name, origins });
  if (!input.ok)
    throw new ApiError('invalid-body', describeIssues(input.issues), { issues: input.issues });
  const site: Site = {
    id,
    organizationId,
    name: input.value.name,
    origins: input.value.origins,
    publishableKey: newPublishableKey(),
    createdAt: clock.now(),
  };
  await store.createSite(site);
  return site;
}

/** A site with a write key (the CLI, the demo): the key is shown once. */
export async function createSite(store: Store, clock: Clock, site: SiteToCreate): Promise<NewSite> {
  const created = await createSiteWithoutKey(store, clock, site);
  const { secretKey } = await createSecretKey(store, clock, {
    siteId: created.id,
    scope: 'write',
    name: 'write key made with the site',
    createdBy: site.createdBy ?? null,
  });
  return { site: created, secretKey };
}

/** Applies a validated patch (SitePatchSchema): a new name, a new list of origins. */
export async function updateSite(store: Store, siteId: string, patch: SitePatch): Promise<Site> {
  const site = await getSite(store, siteId);
  const updated: Site = {
    ...site,
    ...(patch.name !== undefined && { name: patch.name }),
    ...(patch.origins !== undefined && { origins: patch.origins }),
  };
  await store.updateSite(updated);
  return updated;
}

/**
 * The site's origins after adding and removing entries (the CLI's flags).
 * Added entries must be valid origins; removed ones must be on the list
 * (compared after normalising, so "https://Shop.example/" removes "https://shop.example").
 * The result still goes through SitePatchSchema (at least one, at most 50).
 */
export function changeOrigins(
  site: Site,
  { add = [], remove = [] }: { add?: string[]; remove?: string[] },
): string[] {
  const rule = (entry: string) => {
    const check = checkOriginRule(entry);
    if (!check.ok) throw new ApiError('invalid-body', check.message);
    return check.rule;
  };
  const removed = new Set<string>();
  for (const entry of remove) {
    const check = checkOriginRule(entry);
    const normalised = check.ok ? check.rule : entry;
    if (!site.origins.includes(normalised))
      throw new ApiError(
        'invalid-body',
        `${JSON.stringify(entry)} is not an origin of ${site.id} (its origins: ${site.origins.join(', ')})`,
      );
    removed.add(normalised);
  }
  const added = add.map(rule);
  return [...site.origins.filter((origin) => !removed.has(origin)), ...added];
}

export async function createSecretKey(
  store: Store,
  clock: Clock,
  {
    siteId,
    scope,
    name,
    createdBy = null,
  }: { siteId: string; scope: KeyScope; name?: string; createdBy?: string | null },
): Promise<SecretKeyRecord & { secretKey: string }> {
  await getSite(store, siteId);
  const secretKey = newSecretKey();
  const now = clock.now();
  const key = {
    id: newId('key'),
    siteId,
    prefix: secretKeyPrefix(secretKey),
    scope,
    name: name?.trim() || `${scope} key made ${day(now)}`,
    createdAt: now,
    createdBy,
  };
  await store.createSecretKey({ ...key, hash: hashSecretKey(secretKey) });
  return { ...key, lastUsedAt: null, secretKey };
}

/** Revokes a key of the site: it stops authenticating at once, in every process (no cache holds it). */
export async function revokeSecretKey(
  store: Store,
  clock: Clock,
  siteId: string,
  keyId: string,
): Promise<void> {
  const outcome = await store.revokeSecretKey(siteId, keyId, clock.now());
  if (outcome === 'not-found')
    throw new ApiError('key-not-found', `${siteId} has no secret key ${keyId}`);
  if (outcome === 'last-write-key')
    throw new ApiError(
      'last-write-key',
      `${keyId} is the site's only write key; create another write key first, then revoke this one`,
    );
}

/**
 * How each key's maker is shown: user:<id> as the member's email, key:<id>
 * as that key's prefix (the actor strings keys record).
 */
export async function keyCreators(
  store: Store,
  keys: readonly SecretKeyRecord[],
): Promise<Map<string, string>> {
  const creators = new Map<string, string>();
  const byId = new Map(keys.map((key) => [key.id, key]));
  for (const maker of new Set(keys.map((key) => key.createdBy))) {
    if (!maker) continue;
    const [kind, id = ''] = maker.split(':');
    if (kind === 'user') {
      const user = await store.accounts.getUser(id);
      if (user) creators.set(maker, user.email);
    } else if (kind === 'key') {
      const key = byId.get(id) ?? (await store.getSecretKey(id));
      creators.set(maker, key ? `${key.prefix}…` : 'a revoked key');
    }
  }
  return creators;
}
