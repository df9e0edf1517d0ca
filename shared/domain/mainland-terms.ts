// Words that mean the same in Hong Kong or Taiwan and on the mainland but are spelled differently, which OpenCC's
// Hong Kong → mainland characters table leaves alone (it changes characters, not vocabulary: 列印 becomes 列印, not 打印).
// Keyed by the 繁體 word we write; the value is the same word in 繁體 spelled as the mainland says it, so the character
// conversion that follows turns it into 简体. Used for our own fixed wording (document labels), never for user text,
// where a word such as 檔案 may mean an archive.
export const mainlandTerms: Readonly<Record<string, string>> = {
  列印: '打印',
  檔案: '文件',
  電郵: '電子郵件',
  資訊: '信息',
  訊息: '信息',
  軟體: '軟件',
  網路: '網絡',
  程式: '程序',
  預設: '默認',
  職銜: '職務',
  傳媒: '媒體',
  聯絡人: '聯繫人',
  聯絡: '聯繫',
};

/** `text` with every mainland term put in, longest first so 聯絡人 wins over 聯絡. */
export function withMainlandTerms(text: string): string {
  return terms.reduce((out, [from, to]) => out.split(from).join(to), text);
}

const terms = Object.entries(mainlandTerms).sort((a, b) => b[0].length - a[0].length);
