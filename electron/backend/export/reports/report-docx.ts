// The post-trip report as a Word document (the `docx` library): headings, tables and page numbers in the footer.
// Fonts name a Chinese face for East Asian text so Word never falls back to boxes.
import { AlignmentType, BorderStyle, Document, Footer, HeadingLevel, Packer, PageNumber, Paragraph, ShadingType, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import type { ReportContent, Table as ContentTable } from './report-content';

const font = { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: 'Microsoft JhengHei', cs: 'Calibri' };
const border = { style: BorderStyle.SINGLE, size: 4, color: 'C9D3DE' };
const borders = { top: border, bottom: border, left: border, right: border, insideHorizontal: border, insideVertical: border };

function table(t: ContentTable, empty: string): (Paragraph | Table)[] {
  if (t.rows.length === 0) return [new Paragraph({ children: [new TextRun({ text: empty, italics: true })] })];
  const cell = (text: string, i: number, header: boolean) =>
    new TableCell({
      ...(header ? { shading: { type: ShadingType.CLEAR, fill: 'EEF2F6', color: 'auto' } } : {}),
      children: [
        new Paragraph({
          alignment: t.numeric?.includes(i) ? AlignmentType.RIGHT : AlignmentType.LEFT,
          children: [new TextRun({ text, bold: header })],
        }),
      ],
    });
  return [
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders,
      rows: [
        new TableRow({ tableHeader: true, children: t.headers.map((h, i) => cell(h, i, true)) }),
        ...t.rows.map((r) => new TableRow({ cantSplit: true, children: r.map((text, i) => cell(text, i, false)) })),
      ],
    }),
    new Paragraph({ text: '' }),
  ];
}

const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) => new Paragraph({ text, heading: level, spacing: { before: 240, after: 120 } });
const labelled = ([k, v]: [string, string]) => new Paragraph({ children: [new TextRun({ text: `${k}: `, bold: true }), new TextRun(v)], spacing: { after: 60 } });

/** "Trip · Page 3 of 9" with Word's own page fields in place of {page} and {pages}. */
function pageOf(tripTitle: string, words: string): TextRun[] {
  const [before = '', rest = ''] = words.split('{page}');
  const [middle = '', after = ''] = rest.split('{pages}');
  const small = { size: 16, color: '52606D' };
  return [
    new TextRun({ text: `${tripTitle} · ${before}`, ...small }),
    new TextRun({ children: [PageNumber.CURRENT], ...small }),
    new TextRun({ text: middle, ...small }),
    new TextRun({ children: [PageNumber.TOTAL_PAGES], ...small }),
    new TextRun({ text: after, ...small }),
  ];
}

export async function reportDocx(c: ReportContent): Promise<Uint8Array> {
  const l = c.labels;
  const doc = new Document({
    creator: 'Delegation Planner',
    title: `${c.title} — ${c.tripTitle}`,
    styles: { default: { document: { run: { font, size: 21 } } } },
    sections: [
      {
        properties: { page: { margin: { top: 1000, bottom: 1000, left: 1000, right: 1000 } } },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: pageOf(c.tripTitle, l.pageOf),
              }),
            ],
          }),
        },
        children: [
          new Paragraph({ text: c.title, heading: HeadingLevel.TITLE }),
          new Paragraph({ children: [new TextRun({ text: c.tripTitle, bold: true, size: 26 })], spacing: { after: 200 } }),
          ...c.summary.map(labelled),
          heading(l.meetingsHeld, HeadingLevel.HEADING_1),
          ...table(c.meetings, l.none),
          heading(l.whoWasMet, HeadingLevel.HEADING_1),
          ...table(c.whoWasMet, l.none),
          heading(l.outcomes, HeadingLevel.HEADING_1),
          ...c.totals.map(labelled),
          ...table(c.outcomes, l.noOutcomes),
          heading(l.followUps, HeadingLevel.HEADING_1),
          ...table(c.followUps, l.noFollowUps),
        ],
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
