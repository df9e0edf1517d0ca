// Traditional Chinese strings shared by every form (spread into zh-Hant.ts under 'forms'). Same keys as forms.en.ts.
export const formsZhHant = {
  discard: {
    title: '捨棄更改？',
    body: '你在此表格輸入的內容尚未儲存。要捨棄，還是繼續編輯？',
    discard: '捨棄',
    keep: '繼續編輯',
  },
};
