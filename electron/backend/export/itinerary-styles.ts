// The itinerary's own print styles (after the shared ones in pdf/styles.ts): the cover, a day per page, an event as a
// time column beside its details, and the venue card large enough to hold up to a driver.
export const itineraryCss = `
.cover__eyebrow { font-size: 9pt; font-weight: 700; letter-spacing: 0.08em; text-transform: uppercase; color: #486581; margin: 0 0 4pt; }
.cover h1 { margin-bottom: 10pt; }
.facts { display: grid; grid-template-columns: 32mm 1fr; gap: 3pt 6mm; margin: 0 0 14pt; }
.facts dt { font-weight: 700; color: #52606d; }
.facts dd { margin: 0; }
.cover h2 { margin-top: 12pt; }
.notice { border: 0.6pt solid #cbd2d9; border-left: 3pt solid #486581; padding: 5pt 8pt; margin: 0 0 10pt; }
.notice--restricted { border-left-color: #b42318; color: #7a271a; font-weight: 700; }
.secondary { color: #616e7c; font-weight: 400; }
.day__head { border-bottom: 1.2pt solid #102a43; padding-bottom: 3pt; margin-bottom: 8pt; break-after: avoid; page-break-after: avoid; }
.day__head h2 { margin: 0; }
.day__zones { margin: 2pt 0 0; color: #334e68; font-weight: 700; }
.event { display: grid; grid-template-columns: 27mm 1fr; gap: 0 5mm; padding: 7pt 0 8pt; border-bottom: 0.5pt solid #d9e2ec;
  break-inside: avoid; page-break-inside: avoid; }
.event__time { font-size: 12pt; font-weight: 700; color: #102a43; white-space: nowrap; }
.event--flows { break-inside: auto; page-break-inside: auto; }
.event__head { break-inside: avoid; page-break-inside: avoid; }
.event__time small { display: block; font-size: 8pt; font-weight: 400; color: #616e7c; white-space: normal; }
.event__kind { font-size: 8pt; font-weight: 700; letter-spacing: 0.05em; text-transform: uppercase; color: #486581; margin: 0 0 1pt; }
.event h3 { margin: 0 0 4pt; }
.travel { margin: 0 0 4pt; }
.travel b { display: inline-block; min-width: 16mm; }
.venue { border: 0.6pt solid #bcccdc; border-radius: 4pt; padding: 5pt 8pt; margin: 3pt 0 6pt; background: #f5f7fa; break-inside: avoid; }
.venue__en { font-weight: 700; margin: 0; }
.venue__address { margin: 0; }
.venue__zh { font-size: 15pt; font-weight: 700; line-height: 1.35; margin: 2pt 0 0; color: #102a43; }
.venue__zh--address { font-size: 13.5pt; }
.people { margin: 0 0 3pt; }
.people b { color: #52606d; }
.people ul { margin: 1pt 0 0; }
.block { margin-top: 4pt; break-inside: avoid; }
.note { border-left: 2pt solid #bcccdc; padding-left: 6pt; margin: 3pt 0 5pt; }
.note__by { font-size: 8.5pt; color: #616e7c; margin: 0 0 1pt; }
.sheet h2 { margin-top: 4pt; }
.contacts td { overflow-wrap: anywhere; }
`;
