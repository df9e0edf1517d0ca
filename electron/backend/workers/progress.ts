// How far a piece of long work got: what a parser reports and the import worker passes on to the window. Its own file,
// so that the parsers (readIcs) and the worker's task list can both use it without importing each other.
export interface Progress {
  done: number;
  total: number;
}

export type Report = (progress: Progress) => void;
