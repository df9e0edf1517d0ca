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
};
