// 简体中文: generated from reports.zh-Hant.ts by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change reports.zh-Hant.ts or the script and run it again.
import type { Strings } from '../en';
import type { reportsEn } from './reports.en';

export const reportsZhHans: Strings<typeof reportsEn> = {
  title: '报告',
  menu: {
    briefing: '会议简报 PDF…',
    report: '访问报告…',
    pressRelease: '新闻稿草稿…',
  },
  options: {
    language: '文件语言',
    paper: '纸张大小',
    includeRestricted: '包括限阅简报资料',
    restrictedHint: '除非勾选此项，否则限阅数据不会列出。载有限阅数据的文件请妥善处理。',
    format: '格式',
    pdf: 'PDF',
    docx: 'Word（.docx）',
    markdown: 'Markdown（.md）',
  },
  languages: { en: 'English', 'zh-Hant': '繁体中文', 'zh-Hans': '简体中文' },
  briefing: {
    title: '会议简报 PDF',
    intro: '先列目录，然后每个会议一份简报：目标、谈话要点、机构及人物背景、过往交往及未完成的跟进事项。',
    noMeetings: '此行程尚无会议、签署、研讨会或参观，简报只会有目录页。',
    submit: '制作 PDF',
  },
  report: {
    title: '访问报告',
    intro: '已举行的会议、会见的机构及人士、成果（合作备忘录、投资额、职位），以及跟进事项的负责人和截止日期。',
    submit: '制作报告',
  },
  working: '正在制作文件…',
  saved: '已保存 {{fileName}}。',
  failed: '无法制作文件。没有任何更改；你的选择已保留，可以再试一次。',
  press: {
    title: '新闻稿草稿',
    intro: '根据行程记录撰写，供你编辑。发布前请核对姓名、职务及数字，并替换所有方括号内的项目。此处的修改不会存入行程：完成后请复制或保存文字。',
    text: '草稿内容',
    loading: '正在撰写草稿…',
    copy: '复制',
    copied: '已复制草稿。',
    copyFailed: '无法在此复制草稿。请选择文字，再用键盘复制。',
    save: '另存为文字档…',
    saveWord: '另存为 Word 档…',
    regenerate: '根据记录重新撰写',
    discardEdits: '要以记录重新撰写的草稿替换你的修改吗？',
    freshTitle: '根据记录重新撰写？',
    freshConfirm: '替换我的修改',
  },
};
