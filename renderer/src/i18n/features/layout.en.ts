// English strings for the denser lists and menus of issue 13 (spread into en.ts under 'layout'). zh-Hant has the same keys.
export const layoutEn = {
  tripActions: {
    button: 'Actions',
    named: 'Actions for {{title}}',
    edit: 'Edit…',
    duplicate: 'Duplicate…',
    delete: 'Delete…',
  },
  importMenu: {
    button: 'Import…',
  },
  // The language switch when a language's strings (a chunk of their own) cannot be loaded.
  languageFailed: '{{language}} could not be loaded, so the app stays in this language. Reload the window and choose it again.',
};
