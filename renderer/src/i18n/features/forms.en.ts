// English strings shared by every form (spread into en.ts under 'forms'). zh-Hant has the same keys.
export const formsEn = {
  discard: {
    title: 'Discard changes?',
    body: 'What you typed in this form has not been saved. Discard it, or keep editing?',
    discard: 'Discard',
    keep: 'Keep editing',
  },
};
