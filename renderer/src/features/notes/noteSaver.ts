// Autosave for one member's note: saves a moment after typing stops, at once when asked (blur, closing the
// dialog), and one last time as the page goes away. One save at a time, so a new note is created once, never twice.
// Plain TypeScript with injectable timers, so the timing rules are tested without a browser.

export type SaveState =
  | { kind: 'idle' }
  | { kind: 'pending' }
  | { kind: 'saving' }
  | { kind: 'saved'; at: string }
  | { kind: 'error'; error: unknown };

export interface SavedNote {
  id: string;
  updatedAt: string;
}

export interface NoteSaverDeps {
  save(input: { id?: string; body: string }, keepalive: boolean): Promise<SavedNote>;
  onState(state: SaveState): void;
  /** The backend stored `body`; `upToDate` when nothing was typed since it was sent. */
  onConfirmed?(note: SavedNote, body: string, upToDate: boolean): void;
  debounceMs?: number;
  retryMs?: number;
  setTimer?: (run: () => void, ms: number) => unknown;
  clearTimer?: (handle: unknown) => void;
}

/** Typing must pause this long before a save starts: well under a second, so at most a second is ever at risk. */
export const autosaveDelayMs = 700;
const retryDelayMs = 5_000;

export class NoteSaver {
  private id: string | undefined;
  private confirmed: string;
  private current: string;
  /** The body of the save in flight, if any. */
  private sending: string | null = null;
  /** The newest body handed to the backend by any path (normal or keepalive). */
  private lastSent: string;
  private timer: unknown = null;
  private active = true;
  private readonly deps: NoteSaverDeps;

  constructor(stored: { id?: string; body: string }, current: string, deps: NoteSaverDeps) {
    this.id = stored.id;
    this.confirmed = stored.body;
    this.lastSent = stored.body;
    this.current = current;
    this.deps = deps;
  }

  get noteId(): string | undefined {
    return this.id;
  }

  /** True while some typed text has not been confirmed by the backend. */
  get dirty(): boolean {
    return this.current !== this.confirmed;
  }

  change(body: string): void {
    this.current = body;
    if (!this.dirty && this.sending === null) {
      this.cancelTimer();
      return;
    }
    this.deps.onState({ kind: 'pending' });
    this.schedule(this.deps.debounceMs ?? autosaveDelayMs);
  }

  /** Saves now if anything is unsaved (blur, closing the dialog). */
  flush(): void {
    this.cancelTimer();
    this.start();
  }

  /**
   * The page is going away: hand the newest text to the backend in a request that outlives the page. While a new
   * note's first save is still in flight its id is unknown, and a second create would duplicate the note; then the
   * local draft (kept by the caller) carries the text to the next opening instead.
   */
  flushForUnload(): void {
    this.cancelTimer();
    if (this.current === this.lastSent) return;
    if (this.sending !== null && this.id === undefined) return;
    if (this.sending === null) {
      this.start(true);
      return;
    }
    const body = this.current;
    this.lastSent = body;
    this.deps.save({ id: this.id, body }, true).then(
      (note) => this.confirm(note, body),
      () => undefined,
    );
  }

  /** Shown again (e.g. React re-running effects): retries may be scheduled once more. */
  activate(): void {
    this.active = true;
  }

  /** No longer shown: no timers; a save in flight still finishes and chains the newest text. */
  deactivate(): void {
    this.active = false;
    this.cancelTimer();
  }

  /** The note was deleted: what is typed is dropped, and nothing is saved again (a save would fail or recreate it). */
  discard(): void {
    this.deactivate();
    this.current = this.confirmed;
    this.lastSent = this.confirmed;
  }

  private start(keepalive = false): void {
    this.cancelTimer();
    if (this.sending !== null || !this.dirty) return;
    const body = this.current;
    this.sending = body;
    this.lastSent = body;
    this.deps.onState({ kind: 'saving' });
    this.deps.save({ id: this.id, body }, keepalive).then(
      (note) => {
        this.sending = null;
        this.confirm(note, body);
        // Typed while it was in flight and the pause has already passed: save the rest now.
        if (this.dirty && this.timer === null) this.start();
      },
      (error: unknown) => {
        this.sending = null;
        this.deps.onState({ kind: 'error', error });
        if (this.active) this.schedule(this.deps.retryMs ?? retryDelayMs);
      },
    );
  }

  private confirm(note: SavedNote, body: string): void {
    this.id = note.id;
    this.confirmed = body;
    const upToDate = body === this.current;
    if (upToDate) this.deps.onState({ kind: 'saved', at: note.updatedAt });
    this.deps.onConfirmed?.(note, body, upToDate);
  }

  private schedule(ms: number): void {
    this.cancelTimer();
    if (!this.active) return;
    const set = this.deps.setTimer ?? ((run, delay) => setTimeout(run, delay));
    this.timer = set(() => {
      this.timer = null;
      this.start();
    }, ms);
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    (this.deps.clearTimer ?? ((handle) => clearTimeout(handle as ReturnType<typeof setTimeout>)))(this.timer);
    this.timer = null;
  }
}
