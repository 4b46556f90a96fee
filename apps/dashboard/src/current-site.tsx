// The site the signed-in key belongs to, loaded once for the whole shell:
// the header names it on every screen, and Settings hands back the changed
// site (a new name, an origin allowed) so every view shows it at once.
import { type ComponentChildren, createContext } from 'preact';
import { useContext, useState } from 'preact/hooks';
import { getSite } from './api/endpoints';
import type { Site } from './api/types';
import { useDashboard } from './dashboard-context';
import { useAsync } from './use-async';

export interface CurrentSite {
  site: Site | undefined;
  error: Error | undefined;
  /** The site as the API returned it after a change. */
  changed: (site: Site) => void;
}

const CurrentSiteContext = createContext<CurrentSite | null>(null);

export function CurrentSiteProvider({ children }: { children: ComponentChildren }) {
  const { api } = useDashboard();
  const loaded = useAsync((signal) => getSite(api, signal), [api]);
  const [changedSite, setChangedSite] = useState<Site>();
  const value: CurrentSite = {
    site: changedSite ?? loaded.data,
    error: loaded.error,
    changed: setChangedSite,
  };
  return <CurrentSiteContext.Provider value={value}>{children}</CurrentSiteContext.Provider>;
}

export function useCurrentSite(): CurrentSite {
  const current = useContext(CurrentSiteContext);
  if (!current) throw new Error('useCurrentSite() outside a signed-in dashboard');
  return current;
}
