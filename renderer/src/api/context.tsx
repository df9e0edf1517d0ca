// Hands the one client to components, and lets them subscribe to pushed events for as long as they are shown.
import { createContext, useContext, useEffect, useRef, type ReactNode } from 'react';
import type { PlannerClient, PushEventName, PushEvents } from '../../../shared/contract';

const ClientContext = createContext<PlannerClient | null>(null);

export function ClientProvider({ client, children }: { client: PlannerClient; children: ReactNode }) {
  return <ClientContext.Provider value={client}>{children}</ClientContext.Provider>;
}

export function useClient(): PlannerClient {
  const client = useContext(ClientContext);
  if (!client) throw new Error('useClient() needs a <ClientProvider> above it');
  return client;
}

/** Subscribes to a pushed event; the latest listener is always called, without re-subscribing on each render. */
export function usePush<E extends PushEventName>(event: E, listener: (payload: PushEvents[E]) => void): void {
  const client = useClient();
  const latest = useRef(listener);
  useEffect(() => {
    latest.current = listener;
  });
  useEffect(() => client.on(event, (payload) => latest.current(payload)), [client, event]);
}
