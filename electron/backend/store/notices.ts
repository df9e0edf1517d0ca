// What the store has to tell the user (a damaged file set aside, a backup restored): kept until dismissed, and
// handed to listeners the moment it happens, since a trip's file may be repaired long after start-up.
import { nanoid } from 'nanoid';
import type { Notice } from '../../../shared/contract';

export class NoticeBoard {
  private readonly notices: Notice[] = [];
  private readonly listeners = new Set<(notice: Notice) => void>();

  constructor(private readonly now: () => number) {}

  add(level: Notice['level'], message: string): void {
    const notice: Notice = { id: nanoid(10), level, message, at: new Date(this.now()).toISOString() };
    this.notices.push(notice);
    for (const listener of [...this.listeners]) {
      try {
        listener({ ...notice });
      } catch (error) {
        console.error('[store] a notice listener failed; the notice is kept:', error);
      }
    }
  }

  list(): Notice[] {
    return this.notices.map((n) => ({ ...n }));
  }

  dismiss(id: string): boolean {
    const i = this.notices.findIndex((n) => n.id === id);
    if (i < 0) return false;
    this.notices.splice(i, 1);
    return true;
  }

  subscribe(listener: (notice: Notice) => void): () => void {
    const own = (notice: Notice) => listener(notice);
    this.listeners.add(own);
    return () => this.listeners.delete(own);
  }
}
