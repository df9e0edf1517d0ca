// How the backend tells open windows something happened: one listener type shared by the backend, its hosts and the
// parts that push (sync, imports), kept apart so none of them has to import the backend's entry point for it.
import type { PushEventName, PushEvents } from '../../shared/contract';

export type PushListener = <E extends PushEventName>(event: E, payload: PushEvents[E]) => void;
