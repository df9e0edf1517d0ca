// Writes the 简体中文 UI strings (renderer/src/i18n/zh-Hans.ts and features/*.zh-Hans.ts) from the 繁體中文 ones, so
// the Simplified UI never lags behind: change a zh-Hant file (or the overrides below), then run
//   npx tsx scripts/gen-zh-hans.ts
// and commit what it writes. A unit test (test/unit/scripts/gen-zh-hans.test.ts) fails if the checked-in files differ
// from what this script would write. See docs/decisions/017-simplified-chinese.md.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as OpenCC from 'opencc-js';
import ts from 'typescript';

/**
 * Mainland words for what our Hong Kong Traditional strings say in Hong Kong words. OpenCC's Hong Kong → mainland
 * conversion changes characters, not vocabulary (its Taiwan phrase table would, but it also turns every 行程 "trip"
 * into 进程 "process"), so the words a mainland reader would trip over are listed here, each checked in the strings
 * where it occurs. Keys are the Simplified text OpenCC writes; the longest key wins at each position, so a longer
 * entry (备份档案) can keep a word apart from a shorter one (档案).
 */
export const mainlandWords: readonly (readonly [string, string])[] = [
  // Quotation marks: the mainland standard (GB/T 15834) uses “ ” and ‘ ’, not 「 」 and 『 』.
  ['「', '“'],
  ['」', '”'],
  ['『', '‘'],
  ['』', '’'],
  // Files and folders: 档案 is an archive or dossier on the mainland; a computer file is 文件.
  ['档案', '文件'],
  ['资料夹', '文件夹'],
  ['共用', '共享'],
  // Data: what the app stores is 数据; 资料 stays where it means material to read (a briefing, contact details).
  ['资料', '数据'],
  ['资料库', '数据库'],
  ['简报资料', '简报资料'],
  ['落户资料', '落户资料'],
  ['编辑资料', '编辑资料'],
  ['需要知道的资料', '需要了解的资料'],
  ['联络资料', '联系信息'],
  ['讯息', '信息'],
  // Undo is 撤销 (复原 is "recover"); what an undone delete brings back is 恢复.
  ['复原', '撤销'],
  ['已复原「', '已恢复“'],
  ['以“复原”撤销', '用“撤销”撤回'],
  ['以「复原」撤销', '用“撤销”撤回'],
  ['如要回复', '如要恢复'],
  ['回复原状', '恢复原状'],
  // Everyday software words.
  ['储存', '保存'],
  ['汇出', '导出'],
  ['汇入', '导入'],
  ['载入', '加载'],
  ['搜寻', '搜索'],
  ['检视', '查看'],
  ['日历检视', '日历视图'],
  ['列印', '打印'],
  ['预设', '默认'],
  ['设定', '设置'],
  ['开启', '打开'],
  ['建立', '创建'],
  ['选取', '选择'],
  ['贴上', '粘贴'],
  ['剪下', '剪切'],
  ['传送', '发送'],
  ['存取', '访问'],
  ['权杖', '令牌'],
  ['网址列', '地址栏'],
  ['透过', '通过'],
  ['套用', '应用'],
  ['舍弃', '放弃'],
  ['范例', '示例'],
  ['范本', '模板'],
  ['清单', '列表'],
  ['分页', '标签页'],
  ['警示', '警告'],
  ['全日', '全天'],
  ['全屏幕', '全屏'],
  ['快速键', '快捷键'],
  ['开发人员', '开发者'],
  ['略过', '跳过'],
  ['略去', '跳过'],
  ['识别码', '标识符'],
  ['覆核', '审核'],
  ['身分', '身份'],
  ['连系至', '关联到'],
  ['恢复回应', '恢复响应'],
  ['需时', '需要'],
  ['纪录', '记录'],
  ['取代', '替换'],
  ['限期', '截止日期'],
  ['指派', '指定'],
  ['优先次序', '优先级'],
  ['职衔', '职务'],
  ['数目', '数量'],
  ['尚未有', '尚无'],
  ['未有', '没有'],
  ['传媒', '媒体'],
  ['图示', '图表'],
  // Forms and tables: a form is 表单 (表格 is a spreadsheet); a row is 行 and a column 列 (列 is a row in Hong Kong).
  ['此表格', '此表单'],
  ['表格中', '表单中'],
  ['标题列', '标题行'],
  ['栏数', '列数'],
  ['一栏', '一列'],
  ['的栏：', '的列：'],
  ['定位字符', '制表符'],
  ['活页簿', '工作簿'],
  ['}} 笔记录', '}} 条记录'],
  // Days counted: 天, not 日 ("3 天后").
  ['}} 日', '}} 天'],
  ['日数', '天数'],
  // Computing nouns.
  ['软体', '软件'],
  ['程式', '程序'],
  ['伺服器', '服务器'],
  ['网路', '网络'],
  ['栏位', '字段'],
  ['字元', '字符'],
  ['视窗', '窗口'],
  ['选单', '菜单'],
  ['磁碟', '磁盘'],
  ['硬碟', '硬盘'],
  ['用户名称', '用户名'],
  ['使用者', '用户'],
  ['连结', '链接'],
  ['电邮', '电子邮件'],
  ['支援', '支持'],
  ['介面', '界面'],
  ['登入', '登录'],
  ['帐户', '账户'],
  ['行事历', '日历'],
  ['联络', '联系'],
  ['手提电脑', '笔记本电脑'],
  ['USB 手指', 'U 盘'],
  ['这部电脑', '这台电脑'],
  ['那部电脑', '那台电脑'],
  ['每部电脑', '每台电脑'],
  ['多部电脑', '多台电脑'],
  ['另一部电脑', '另一台电脑'],
  ['}} 部电脑', '}} 台电脑'],
];

/**
 * Strings whose mainland wording depends on where they stand, not on their words, by key (as t() spells it). The
 * script fails if a key here no longer exists, so an entry cannot outlive its string.
 */
export const mainlandStrings: Readonly<Record<string, string>> = {
  'desktop.menu.help': '帮助(&H)',
  'desktop.menu.helpContents': '代表团行程规划帮助',
  'desktop.menu.quit': '退出',
  'desktop.shortcuts.help': '帮助',
  'desktop.help.title': '代表团行程规划帮助',
  'directory.record.details': '详细信息',
};

/** The Hong Kong → mainland converter with the word list applied to its output. */
export function makeConverter(words: readonly (readonly [string, string])[] = mainlandWords): (text: string) => string {
  // The preset tables exist in every opencc-js build; the types only say they are looked up by name.
  return OpenCC.ConverterFactory(OpenCC.Locale.from.hk!, OpenCC.Locale.to.cn!, [[words]]);
}

const i18nDir = 'renderer/src/i18n';

/** Every zh-Hant strings file, relative to the project root, with the zh-Hans file it becomes. */
export function sourceFiles(root: string): { from: string; to: string }[] {
  const features = readdirSync(path.join(root, i18nDir, 'features'))
    .filter((name) => name.endsWith('.zh-Hant.ts'))
    .sort()
    .map((name) => `${i18nDir}/features/${name}`);
  return [`${i18nDir}/zh-Hant.ts`, ...features].map((from) => ({ from, to: from.replace(/zh-Hant\.ts$/, 'zh-Hans.ts') }));
}

/**
 * One zh-Hant file as its zh-Hans twin: every string value converted, the `…ZhHant` names and `.zh-Hant` imports
 * renamed; property names (keys such as 'zh-Hant' in a language list) and everything that is not a string stay as
 * they are. Edits are made in place on the source text, so the layout stays the same as the file it came from.
 */
export function convertFile(
  source: string,
  fileName: string,
  convert: (text: string) => string,
  strings: Readonly<Record<string, string>> = {},
  used: Set<string> = new Set(),
): string {
  const feature = /([^/]+)\.zh-Hant\.ts$/.exec(fileName)?.[1];
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const edits: { start: number; end: number; text: string }[] = [];
  const replace = (start: number, end: number, text: string) => {
    if (source.slice(start, end) !== text) edits.push({ start, end, text });
  };
  const isKey = (node: ts.Node) => (ts.isPropertyAssignment(node.parent) || ts.isPropertySignature(node.parent)) && node.parent.name === node;
  // The t() key of a string value: the property names around it, under the feature's name in a feature file.
  const keyOf = (node: ts.Node): string | undefined => {
    const names: string[] = [];
    for (let at: ts.Node = node; at.parent; at = at.parent) {
      if (ts.isPropertyAssignment(at.parent) && at.parent.initializer === at) names.unshift(at.parent.name.getText().replace(/^'|'$/g, ''));
      if (ts.isVariableDeclaration(at.parent)) return (feature ? [feature, ...names] : names).join('.');
    }
    return undefined;
  };
  const visit = (node: ts.Node): void => {
    if (ts.isStringLiteral(node) && (ts.isImportDeclaration(node.parent) || ts.isExportDeclaration(node.parent))) {
      replace(node.getStart(), node.getEnd(), node.getText().replace(/\.zh-Hant(['"])$/, '.zh-Hans$1'));
    } else if (ts.isIdentifier(node) && !isKey(node)) {
      replace(node.getStart(), node.getEnd(), node.text.replace(/([zZ])hHant$/, '$1hHans'));
    } else if ((ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node) || ts.isTemplateLiteralToken(node)) && !isKey(node)) {
      const start = node.getStart();
      const end = node.getEnd();
      const key = keyOf(node);
      if (key !== undefined && key in strings) {
        used.add(key);
        replace(start, end, `'${strings[key]}'`);
      } else {
        // Converting the raw text keeps quotes and escapes as written: OpenCC changes only Chinese characters.
        replace(start, end, convert(source.slice(start, end)));
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = source;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  // The opening comment says what the file is; the zh-Hans one says where it comes from instead.
  const base = path.basename(fileName);
  const header = `// 简体中文: generated from ${base} by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change ${base} or the script and run it again.`;
  return out.replace(/^\/\/[^\n]*\n/, `${header}\n`);
}

/** What the script would write: the zh-Hans file for every zh-Hant file. */
export function generate(root: string): { path: string; text: string }[] {
  const convert = makeConverter();
  const used = new Set<string>();
  const files = sourceFiles(root).map(({ from, to }) => ({
    path: to,
    text: convertFile(readFileSync(path.join(root, from), 'utf8'), from, convert, mainlandStrings, used),
  }));
  const stale = Object.keys(mainlandStrings).filter((key) => !used.has(key));
  if (stale.length) throw new Error(`mainlandStrings names keys no zh-Hant file has: ${stale.join(', ')}`);
  return files;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  for (const file of generate(root)) writeFileSync(path.join(root, file.path), file.text);
  console.log(`Wrote ${sourceFiles(root).length} zh-Hans files.`);
}
