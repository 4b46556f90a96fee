// What every signed-in view needs: the API client, the clock (tests pass a
// fixed one), and the way to sign out. Handed down by context, not imported
// as a module singleton, so a test renders the app against any server.
import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import type { ApiClient } from './api/client';

export interface Dashboard {
  api: ApiClient;
  now: () => number;
  signOut: () => void;
}

export const DashboardContext = createContext<Dashboard | null>(null);

export function useDashboard(): Dashboard {
  const dashboard = useContext(DashboardContext);
  if (!dashboard) throw new Error('useDashboard() outside a signed-in dashboard');
  return dashboard;
}
