// The store's one expected failure: an apply() whose result would not be valid. Nothing was changed.

export interface StoreIssue {
  /** Where, e.g. "trips[abc].endDate". */
  path: string;
  /** For people, e.g. "the trip cannot end before it starts". */
  message: string;
}

export class StoreValidationError extends Error {
  constructor(readonly issues: StoreIssue[]) {
    const listed = issues.slice(0, 3).map((i) => `${i.path}: ${i.message}`);
    const more = issues.length > 3 ? ` (and ${issues.length - 3} more)` : '';
    super(`Nothing was saved, because ${listed.join('; ')}${more}.`);
    this.name = 'StoreValidationError';
  }
}
