// English strings of the exports feature (spread into en.ts under 'exports'). zh-Hant has the same keys.
export const exportsEn = {
  title: 'Exports',
  menu: {
    button: 'Export',
    label: 'Export this trip',
    itineraryPdf: 'Itinerary PDF…',
  },
  itinerary: {
    title: 'Itinerary PDF',
    intro: 'A printable itinerary of “{{title}}”: the delegation, then day by day in local time with venues in English and Chinese for drivers, and a contacts sheet.',
    paper: 'Paper size',
    paperA4: 'A4',
    paperLetter: 'Letter',
    language: 'Language of the document',
    includeNotes: 'Include meeting notes',
    includeNotesHint: 'Notes taken on this trip appear under each event.',
    includeRestricted: 'Include restricted briefing fields',
    includeRestrictedHint: 'Restricted briefing fields are left out unless you include them.',
    restrictedWarning: 'This copy will carry restricted information. Share it only with people cleared to see it.',
    make: 'Make PDF',
    preparing: 'Preparing the PDF…',
    saved: 'Itinerary saved: {{fileName}}',
    savedTo: 'Itinerary saved to {{path}}',
    notSaved: 'The PDF was made but not saved, because the save dialog was closed. Your choices are kept: choose Make PDF to try again.',
    failed: 'The itinerary PDF could not be made.',
    saveFailed: 'The itinerary PDF was made but could not be saved.',
    nothingSaved: 'Nothing was saved, and your choices are kept. Try again; if it keeps failing, restart the app.',
  },
  /** The paper every document starts on, on the Data page. */
  paperSetting: {
    title: 'Paper',
    intro: 'Itineraries, briefing packs and reports start on this paper size; each can still be printed on the other from its own dialog.',
    label: 'Paper size for documents',
    saved: 'Documents now start on {{paper}} paper.',
    failed: 'The paper size could not be saved ({{reason}}). The previous size is kept; try again.',
  },
  /** How far an export that takes seconds (a backup, a large table) has got. */
  progress: {
    gathering: 'Gathering the records…',
    gatheringTrips: 'Gathering the records: {{done}} of {{total}} trips',
    making: 'Making the file…',
    makingRecords: 'Making the file: {{done}} of {{total}} records',
    makingRows: 'Making the file: {{done}} of {{total}} rows',
  },
} as const;
