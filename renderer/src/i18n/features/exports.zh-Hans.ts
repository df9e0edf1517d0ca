// 简体中文: generated from exports.zh-Hant.ts by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change exports.zh-Hant.ts or the script and run it again.
import type { Strings } from '../en';
import type { exportsEn } from './exports.en';

export const exportsZhHans: Strings<typeof exportsEn> = {
  title: '导出',
  menu: {
    button: '导出',
    label: '导出此行程',
    itineraryPdf: '行程表 PDF…',
  },
  itinerary: {
    title: '行程表 PDF',
    intro: '“{{title}}”的可打印行程表：代表团名单，然后按日列出当地时间、以中英文标示的地点（方便司机），以及联系信息。',
    paper: '纸张大小',
    paperA4: 'A4',
    paperLetter: 'Letter（美式信纸）',
    language: '文件语言',
    includeNotes: '包括会议笔记',
    includeNotesHint: '本行程的笔记会列于各项活动之下。',
    includeRestricted: '包括限阅简报资料',
    includeRestrictedHint: '除非选择包括，否则限阅简报资料不会列出。',
    restrictedWarning: '此文件将载有限阅数据，只可交予获准查阅的人士。',
    make: '制作 PDF',
    preparing: '正在准备 PDF…',
    saved: '已保存行程表：{{fileName}}',
    savedTo: '行程表已保存至 {{path}}',
    notSaved: 'PDF 已制作，但由于保存窗口已关闭，文件没有保存。你的选项已保留，可按“制作 PDF”再试。',
    failed: '未能制作行程表 PDF。',
    saveFailed: '行程表 PDF 已制作，但未能保存。',
    nothingSaved: '没有保存任何文件，你的选项已保留。请再试；如问题持续，请重新启动应用程序。',
  },
  paperSetting: {
    title: '纸张',
    intro: '行程表、会议简报及报告默认使用此纸张大小；每份文件仍可在其对话框中改用另一种纸张。',
    label: '文件纸张大小',
    saved: '文件现默认使用 {{paper}} 纸张。',
    failed: '未能保存纸张大小（{{reason}}）。已保留原来的设置，请再试一次。',
  },
  progress: {
    gathering: '正在收集记录…',
    gatheringTrips: '正在收集记录：{{total}} 个行程中的第 {{done}} 个',
    making: '正在制作文件…',
    makingRecords: '正在制作文件：{{total}} 项记录中已完成 {{done}} 项',
    makingRows: '正在制作文件：{{total}} 行中已完成 {{done}} 行',
  },
};
