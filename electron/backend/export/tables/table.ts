// A table to export, independent of the file format: typed columns and rows of plain values, so CSV and XLSX are
// written from the same data and say the same thing.
export type CellType = 'text' | 'number' | 'date';

export interface Column {
  key: string;
  header: string;
  type: CellType;
  /** The widest an XLSX column grows to fit its content, in characters (long free text wraps instead). */
  maxWidth?: number;
}

/** A date cell holds a calendar date (YYYY-MM-DD); an empty cell is undefined. */
export type Cell = string | number | undefined;
export type Row = Record<string, Cell>;

export interface Table {
  /** The sheet name in XLSX and the start of the file name. */
  name: string;
  fileStem: string;
  columns: Column[];
  rows: Row[];
}
