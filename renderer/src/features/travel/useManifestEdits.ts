// What is typed in the manifest grid and how it is stored. A row's draft holds only the cells typed in it, laid over
// the journey as it is now, so a cell left alone never overwrites what another row (or a colleague) stored. Rows are
// stored one at a time, in the order they were left, each against the newest copy of its journey, so quick typing
// across several cells or several members on one flight never stores one change over another.
import { useCallback, useLayoutEffect, useRef, useState } from 'react';
import type { TripDetail } from '../../../../shared/contract';
import type { TripEvent } from '../../../../shared/model';
import { useClient } from '../../api';
import { useWritten } from '../../api/query';
import { cellsOf, copyPatch, emptyCells, invalidCells, joinPatch, journeyPatch, manifestRows, matchingJourney, newJourney, normaliseTime, type CellKey, type Cells, type ManifestRow } from './manifestModel';

export const rowKey = (row: Pick<ManifestRow, 'member' | 'segment'>): string => `${row.member.id}:${row.segment}`;

type Draft = Partial<Cells>;

export interface RowFailure {
  row: string;
  error: unknown;
}

export function useManifestEdits(detail: TripDetail) {
  const client = useClient();
  const written = useWritten();
  const [drafts, setDrafts] = useState<Record<string, Draft>>({});
  const [failure, setFailure] = useState<RowFailure | null>(null);
  const [saving, setSaving] = useState<string | null>(null);
  const queue = useRef<Promise<void>>(Promise.resolve());
  // The newest copy of each journey this grid stored, ahead of the trip's refetch.
  const newest = useRef(new Map<string, TripEvent>());
  // Drafts are read by the queue after the render that typed them, so they live in a ref that the state mirrors.
  const draftsRef = useRef<Record<string, Draft>>({});
  const update = useCallback((change: (all: Record<string, Draft>) => Record<string, Draft>) => {
    draftsRef.current = change(draftsRef.current);
    setDrafts(draftsRef.current);
  }, []);
  const detailRef = useRef(detail);
  useLayoutEffect(() => {
    detailRef.current = detail;
  }, [detail]);

  const latest = (event: TripEvent): TripEvent => {
    const mine = newest.current.get(event.id);
    return mine && mine.updatedAt >= event.updatedAt ? mine : event;
  };
  const events = (): TripEvent[] => detailRef.current.events.map(latest);
  /** The row as it is now: a journey stored by an earlier row in the queue may already hold this member. */
  const currentRow = (row: ManifestRow): ManifestRow => manifestRows(detailRef.current.trip, [row.member], events()).find((r) => r.segment === row.segment) ?? row;

  const cells = useCallback((row: ManifestRow): Cells => ({ ...cellsOf(row), ...drafts[rowKey(row)] }), [drafts]);
  const isTyped = useCallback((row: ManifestRow): boolean => Object.keys(drafts[rowKey(row)] ?? {}).length > 0, [drafts]);

  const type = useCallback((row: ManifestRow, key: CellKey, value: string) => update((all) => ({ ...all, [rowKey(row)]: { ...all[rowKey(row)], [key]: value } })), [update]);

  const revert = useCallback(
    (row: ManifestRow, key: CellKey) =>
      update((all) => {
        const { [key]: _typed, ...rest } = all[rowKey(row)] ?? {};
        return { ...all, [rowKey(row)]: rest };
      }),
    [update],
  );

  /** After a store: the cells stored leave the draft; anything typed meanwhile stays. */
  const settle = (key: string, stored: Draft): void =>
    update((all) => {
      const now = all[key] ?? {};
      const left = Object.fromEntries(Object.entries(now).filter(([k, v]) => stored[k as CellKey] !== v));
      return { ...all, [key]: left };
    });

  const keep = (event: TripEvent): void => {
    newest.current.set(event.id, event);
  };

  const store = async (row: ManifestRow, draft: Draft): Promise<void> => {
    const tripId = detailRef.current.trip.id;
    const now = currentRow(row);
    const before = now.journey ? cellsOf(now) : emptyCells;
    const typed: Cells = { ...before, ...draft };
    const tidy: Cells = { ...typed, departs: normaliseTime(typed.departs) ?? typed.departs, arrives: normaliseTime(typed.arrives) ?? typed.arrives };
    if (now.journey) {
      const patch = journeyPatch(now.journey, row.member.id, before, tidy);
      if (!patch) return;
      const input = { id: now.journey.id, tripId, patch };
      const event = await client.call('events.update', input);
      keep(event);
      written('events.update', input, event);
      return;
    }
    const match = matchingJourney(events(), tidy);
    if (match) {
      const input = { id: match.id, tripId, patch: joinPatch(match, row.member.id, tidy) };
      const event = await client.call('events.update', input);
      keep(event);
      written('events.update', input, event);
      return;
    }
    const input = newJourney(detailRef.current.trip, row.segment, row.member.id, tidy);
    const event = await client.call('events.create', input);
    keep(event);
    written('events.create', input, event);
  };

  /** Stores the row's draft once it can be stored (a new journey waits for its flight, date and departure). */
  const commit = useCallback((row: ManifestRow) => {
    const key = rowKey(row);
    queue.current = queue.current.then(async () => {
      const draft = draftsRef.current[key];
      if (!draft || Object.keys(draft).length === 0) return;
      const now = currentRow(row);
      if (invalidCells({ ...cellsOf(now), ...draft }, !now.journey).length > 0) return;
      setSaving(key);
      try {
        await store(row, draft);
        setFailure((f) => (f?.row === key ? null : f));
        settle(key, draft);
      } catch (error) {
        setFailure({ row: key, error });
      } finally {
        setSaving(null);
      }
    });
    // store, settle and currentRow read only refs and stable functions.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  /** "Copy this segment": the members travel on the row's journey too. */
  const copyTo = useCallback(
    async (journey: TripEvent, memberIds: string[]): Promise<void> => {
      const current = events().find((e) => e.id === journey.id) ?? journey;
      const input = { id: current.id, tripId: detailRef.current.trip.id, patch: copyPatch(current, memberIds) };
      const event = await client.call('events.update', input);
      keep(event);
      written('events.update', input, event);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [client, written],
  );

  return { cells, isTyped, type, revert, commit, copyTo, failure, saving };
}
