// What every signed-in view needs: the API client (bound to the current
// site), the member and their role in the site's organization, what that
// role may do, the clock (tests pass a fixed one), and the way to sign out.
// Handed down by context, not imported as a module singleton, so a test
// renders the app against any server.
import type { Me } from '@koe/client';
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/client';

export type Organization = Me['organizations'][number];
export type Permission = Organization['permissions'][number];

export interface Dashboard {
  /** Site operations go to the current site. */
  api: ApiClient;
  /** Account operations (members, invitations, the audit log): no site. */
  memberApi: ApiClient;
  now: () => number;
  signOut: () => void;
  me: Me;
  /** The organization of the current site, with the member's role in it. */
  organization: Organization;
  siteId: string;
  /** Whether the member's role allows it (the server decides; this only hides what it would refuse). */
  can: (permission: Permission) => boolean;
  chooseSite: (siteId: string) => void;
  /** GET /v1/me again (a new site, a changed role). */
  reloadMe: () => void;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('useDashboard() outside a signed-in dashboard');
  return dashboard;
}
