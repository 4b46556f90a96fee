// Site and key administration shared by the CLI, the demo seed and tests.
import type { Clock } from './clock';
import { hashSecretKey, newId, newPublishableKey, newSecretKey, secretKeyPrefix } from './keys';
import { normaliseOriginRule } from './origins';
import type { KeyScope, Site, Store } from './store/types';

export interface NewSite {
  site: Site;
  /** Shown once: only its hash is stored. */
  secretKey: string;
}

export async function createSite(
  store: Store,
  clock: Clock,
  { name, origins, id = newId('site') }: { name: string; origins: string[]; id?: string },
): Promise<NewSite> {
  const normalised = origins.map((origin) => {
    const rule = normaliseOriginRule(origin);
    if (!rule)
      throw new Error(
        `"${origin}" is not an origin like https://shop.example or https://*.example.com`,
      );
    return rule;
  });
  if (!name.trim()) throw new Error('a site needs a name');
  const site: Site = {
    id,
    name: name.trim(),
    origins: normalised,
    publishableKey: newPublishableKey(),
    createdAt: clock.now(),
  };
  await store.createSite(site);
  const { secretKey } = await createSecretKey(store, clock, { siteId: site.id, scope: 'write' });
  return { site, secretKey };
}

export async function createSecretKey(
  store: Store,
  clock: Clock,
  { siteId, scope }: { siteId: string; scope: KeyScope },
): Promise<{ id: string; secretKey: string; prefix: string; scope: KeyScope }> {
  if (!(await store.getSite(siteId))) throw new Error(`no site with id ${siteId}`);
  const secretKey = newSecretKey();
  const id = newId('key');
  const prefix = secretKeyPrefix(secretKey);
  await store.createSecretKey({
    id,
    siteId,
    prefix,
    scope,
    hash: hashSecretKey(secretKey),
    createdAt: clock.now(),
  });
  return { id, secretKey, prefix, scope };
}
