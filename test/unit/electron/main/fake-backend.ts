// A backend double for the glue tests: records calls, answers with a Reply, and lets a test push events.
import { vi } from 'vitest';
import type { PushEventName, PushEvents, Reply } from '../../../../shared/contract';
import type { Backend, PushListener } from '../../../../electron/backend';

export interface FakeBackend extends Backend {
  dispatch: ReturnType<typeof vi.fn<(method: string, input: unknown) => Promise<Reply<unknown>>>>;
  close: ReturnType<typeof vi.fn<() => Promise<void>>>;
  push<E extends PushEventName>(event: E, payload: PushEvents[E]): void;
  listenerCount(): number;
}

export function fakeBackend(): FakeBackend {
  const listeners = new Set<PushListener>();
  return {
    dispatch: vi.fn(async (method: string, input: unknown): Promise<Reply<unknown>> => ({ ok: true, result: { method, input } })),
    onPush(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    close: vi.fn(async () => {}),
    push(event, payload) {
      for (const listener of listeners) listener(event, payload);
    },
    listenerCount: () => listeners.size,
  };
}
