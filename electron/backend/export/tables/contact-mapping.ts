// Which column of a contacts CSV holds which field, guessed from the column names in English and Chinese
// ("Name", "English name", "姓名", "中文名", "職位", "公司", "電郵", "Tel" …). The user can change any of it.

/** The fields a contact import can fill; the mapping is field → column name. */
export const contactFields = ['nameEn', 'nameZhHant', 'nameZhHans', 'title', 'organisation', 'email', 'phone'] as const;
export type ContactField = (typeof contactFields)[number];
export type ContactMapping = Partial<Record<ContactField, string>>;

/** Lower case, full-width folded, without spaces and punctuation: "E-mail address" → "emailaddress". */
export function normaliseHeader(header: string): string {
  return header
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\-_.:()[\]/（）：「」]+/g, '');
}

/** Names that can only mean the field: matched first, so "English name" wins over a plain "Name" for nameEn. */
const specific: Record<ContactField, string[]> = {
  nameEn: ['englishname', 'nameenglish', 'nameinenglish', 'nameen', 'enname', '英文名', '英文姓名', '英文名稱', '英文名称'],
  nameZhHant: ['chinesename', 'namechinese', 'nameinchinese', 'traditionalchinesename', 'nametraditionalchinese', 'nameintraditionalchinese', 'namezhhant', 'zhhant', '中文名', '中文姓名', '中文名稱', '繁體中文名', '繁體名', '繁體中文姓名', '繁体中文名'],
  nameZhHans: ['simplifiedchinesename', 'namesimplifiedchinese', 'nameinsimplifiedchinese', 'namezhhans', 'zhhans', '簡體中文名', '简体中文名', '簡體名', '简体名', '簡體中文姓名', '简体中文姓名'],
  title: ['title', 'jobtitle', 'position', 'designation', 'role', 'post', '職位', '职位', '職銜', '职衔', '職稱', '职称', '銜頭', '衔头', '頭銜', '头衔'],
  organisation: ['organisation', 'organization', 'organisationname', 'organizationname', 'company', 'companyname', 'org', 'employer', 'institution', 'agency', 'affiliation', '機構', '机构', '公司', '單位', '单位', '組織', '组织', '機構名稱', '机构名称', '公司名稱', '公司名称', '所屬機構'],
  email: ['email', 'emailaddress', 'mail', 'mailaddress', '電郵', '电邮', '電郵地址', '电邮地址', '電子郵件', '电子邮件', '電子郵箱', '电子邮箱', '郵箱', '邮箱'],
  phone: ['phone', 'phonenumber', 'tel', 'telephone', 'telno', 'mobile', 'mobilephone', 'mobilenumber', 'cellphone', 'contactnumber', '電話', '电话', '電話號碼', '电话号码', '手機', '手机', '聯絡電話', '联络电话', '联系电话'],
};

/** Names that usually mean the field when nothing more specific claimed it ("姓名" is the English name unless an
 * "English name" column exists, and then it is the Chinese one). */
const general: Partial<Record<ContactField, string[]>> = {
  nameEn: ['name', 'fullname', 'contactname', 'person', '姓名', '名稱', '名称', '名字'],
  nameZhHant: ['姓名', '名稱', '名字', 'chinese', '中文'],
};

/** Words that, inside a longer column name, still say the field ("Work email", "Office tel."). */
const contained: Partial<Record<ContactField, string[]>> = {
  email: ['email', '電郵', '电邮', '郵箱', '邮箱'],
  phone: ['phone', 'tel', 'mobile', '電話', '电话', '手機', '手机'],
  organisation: ['organisation', 'organization', 'company', '機構', '机构', '公司'],
};

export function guessMapping(columns: readonly string[]): ContactMapping {
  const mapping: ContactMapping = {};
  const taken = new Set<string>();
  const normalised = columns.map((c) => [c, normaliseHeader(c)] as const);
  const pass = (test: (field: ContactField, name: string) => boolean): void => {
    for (const field of contactFields) {
      if (mapping[field] !== undefined) continue;
      const hit = normalised.find(([column, name]) => !taken.has(column) && test(field, name));
      if (hit) {
        mapping[field] = hit[0];
        taken.add(hit[0]);
      }
    }
  };
  pass((field, name) => specific[field].includes(name));
  pass((field, name) => general[field]?.includes(name) ?? false);
  pass((field, name) => contained[field]?.some((word) => name.includes(word)) ?? false);
  return mapping;
}

/** Keeps only known fields that name a real column (an empty choice means "not imported"). */
export function cleanMapping(mapping: Record<string, string>, columns: readonly string[]): ContactMapping {
  const clean: ContactMapping = {};
  for (const field of contactFields) {
    const column = mapping[field];
    if (column && columns.includes(column)) clean[field] = column;
  }
  return clean;
}
