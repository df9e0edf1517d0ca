// The logistics documents of the Export menu: what each one asks for in its dialog, and the call its choices make.
import type { ExportLanguage, InputOf, Paper } from '../../../../shared/contract';

export const logisticsDocuments = ['memberItinerary', 'driverSheet', 'principalSummary', 'hostProgramme', 'roomingList', 'manifest', 'tripPack'] as const;
export type LogisticsDocument = (typeof logisticsDocuments)[number];

export interface DocumentChoices {
  tripId: string;
  language: ExportLanguage;
  paper: Paper;
  includeRestricted: boolean;
  /** '' = every member (the trip pack's chooser); required for a member's itinerary. */
  memberId: string;
  vehicleId: string;
  /** '' = every day. */
  date: string;
  format: 'pdf' | 'xlsx' | 'csv';
}

/** Which choices a document's dialog shows. */
export const documentAsks: Record<LogisticsDocument, { member?: 'one' | 'optional'; vehicle?: true; day?: true; formats?: readonly ('pdf' | 'xlsx' | 'csv')[]; paper: boolean; restricted: boolean }> = {
  memberItinerary: { member: 'one', paper: true, restricted: true },
  driverSheet: { vehicle: true, day: true, paper: true, restricted: false },
  principalSummary: { day: true, paper: true, restricted: true },
  hostProgramme: { paper: true, restricted: false },
  roomingList: { formats: ['pdf', 'xlsx'], paper: true, restricted: false },
  manifest: { formats: ['csv', 'xlsx'], paper: false, restricted: false },
  tripPack: { member: 'optional', paper: false, restricted: true },
};

/** The language a document starts in: the host programme is for the hosts, so 简体 whatever the app is read in. */
export function startingLanguage(kind: LogisticsDocument, uiDefault: ExportLanguage): ExportLanguage {
  return kind === 'hostProgramme' ? 'zh-Hans' : uiDefault;
}

type Call =
  | { method: 'export.memberItineraryPdf'; input: InputOf<'export.memberItineraryPdf'> }
  | { method: 'export.driverSheetPdf'; input: InputOf<'export.driverSheetPdf'> }
  | { method: 'export.principalSummaryPdf'; input: InputOf<'export.principalSummaryPdf'> }
  | { method: 'export.hostProgrammePdf'; input: InputOf<'export.hostProgrammePdf'> }
  | { method: 'export.roomingList'; input: InputOf<'export.roomingList'> }
  | { method: 'export.manifest'; input: InputOf<'export.manifest'> }
  | { method: 'export.tripPack'; input: InputOf<'export.tripPack'> };

/** The contract call for a document with these choices; undefined while a required choice (member, vehicle) is missing. */
export function documentCall(kind: LogisticsDocument, c: DocumentChoices): Call | undefined {
  const base = { tripId: c.tripId, language: c.language };
  const paper = { paper: c.paper };
  const restricted = { includeRestricted: c.includeRestricted };
  const day = c.date ? { date: c.date } : {};
  switch (kind) {
    case 'memberItinerary':
      return c.memberId ? { method: 'export.memberItineraryPdf', input: { ...base, ...paper, ...restricted, memberId: c.memberId } } : undefined;
    case 'driverSheet':
      return c.vehicleId ? { method: 'export.driverSheetPdf', input: { ...base, ...paper, vehicleId: c.vehicleId, ...day } } : undefined;
    case 'principalSummary':
      return { method: 'export.principalSummaryPdf', input: { ...base, ...paper, ...restricted, ...day } };
    case 'hostProgramme':
      return { method: 'export.hostProgrammePdf', input: { ...base, ...paper } };
    case 'roomingList':
      return { method: 'export.roomingList', input: { ...base, ...paper, format: c.format === 'xlsx' ? 'xlsx' : 'pdf' } };
    case 'manifest':
      return { method: 'export.manifest', input: { ...base, format: c.format === 'xlsx' ? 'xlsx' : 'csv' } };
    case 'tripPack':
      return { method: 'export.tripPack', input: { ...base, ...restricted, ...(c.memberId ? { memberId: c.memberId } : {}) } };
  }
}
