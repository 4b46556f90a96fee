// Which of the member's sites the dashboard shows: the one chosen last time
// (remembered in localStorage: a site id is not a secret), while the member
// still has it, else the first site of their first organization.
import type { Me } from '@koe/client';
import type { Organization } from './dashboard-context';

const KEY = 'koe-dashboard:site';

export function savedSiteId(): string | null {
  try {
    return localStorage.getItem(KEY);
  } catch {
    return null;
  }
}

export function saveSiteId(siteId: string): void {
  try {
    localStorage.setItem(KEY, siteId);
  } catch {
    // storage blocked: the choice lasts until the page goes
  }
}

export interface SiteChoice {
  organization: Organization;
  siteId: string | null;
}

/** The site to show and its organization; siteId null: the member's organizations have none yet. */
export function chooseSite(me: Me, wanted: string | null): SiteChoice | null {
  for (const organization of me.organizations)
    if (organization.sites.some((site) => site.id === wanted))
      return { organization, siteId: wanted };
  const withSites = me.organizations.find((o) => o.sites.length > 0);
  if (withSites) return { organization: withSites, siteId: withSites.sites[0]?.id ?? null };
  const first = me.organizations[0];
  return first ? { organization: first, siteId: null } : null;
}
