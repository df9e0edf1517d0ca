// The press-release draft as a Word document, from its text (as drafted, or as the person edited it): paragraphs are
// the blocks between blank lines; the first block that is not an editor's note in brackets is the headline.
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import type { ExportLanguage } from '../../../../shared/contract';

/** Word's proofing language and the Chinese face for each language, so 简体 is not set in a Traditional font. */
const wordLanguage = { en: 'en-GB', 'zh-Hant': 'zh-HK', 'zh-Hans': 'zh-CN' } as const satisfies Record<ExportLanguage, string>;
const fontFor = (language: ExportLanguage) => ({ ascii: 'Calibri', hAnsi: 'Calibri', eastAsia: language === 'zh-Hans' ? 'Microsoft YaHei' : 'Microsoft JhengHei', cs: 'Calibri' });
/** "[DRAFT for editing: …]" / "［草稿…］": a note to the editor, set in italics so it is not mistaken for copy. */
const isNote = (block: string) => /^[[［][\s\S]*[\]］]$/.test(block);

export function pressBlocks(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split(/\n\s*\n/)
    .map((b) => b.trim())
    .filter(Boolean);
}

export async function pressReleaseDocx(text: string, title: string, language: ExportLanguage): Promise<Uint8Array> {
  const blocks = pressBlocks(text);
  const headline = blocks.findIndex((b) => !isNote(b));
  const lines = (block: string) => block.split('\n').map((line, i) => new TextRun({ text: line, ...(i > 0 ? { break: 1 } : {}) }));
  const paragraphs = blocks.map((block, i) =>
    i === headline
      ? new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, spacing: { before: 240, after: 240 }, children: lines(block) })
      : new Paragraph({
          spacing: { after: 200 },
          children: isNote(block) ? [new TextRun({ text: block, italics: true, color: '52606D' })] : lines(block),
        }),
  );
  const doc = new Document({
    creator: 'Delegation Planner',
    title,
    styles: { default: { document: { run: { font: fontFor(language), size: 22, language: { value: wordLanguage[language], eastAsia: wordLanguage[language] } } } } },
    sections: [{ properties: { page: { margin: { top: 1200, bottom: 1200, left: 1200, right: 1200 } } }, children: paragraphs }],
  });
  return new Uint8Array(await Packer.toBuffer(doc));
}
