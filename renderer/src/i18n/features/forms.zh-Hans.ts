// 简体中文: generated from forms.zh-Hant.ts by scripts/gen-zh-hans.ts (OpenCC plus mainland words). Do not edit; change forms.zh-Hant.ts or the script and run it again.
export const formsZhHans = {
  discard: {
    title: '放弃更改？',
    body: '你在此表单输入的内容尚未保存。要放弃，还是继续编辑？',
    discard: '放弃',
    keep: '继续编辑',
  },
};
