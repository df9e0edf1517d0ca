// The query mix both searches are timed on (the app's search.query and the SQLite peer's FTS5): what people type —
// whole words, words being typed, names, Chinese phrases (Traditional and Simplified), mixes.
export const QUERIES = [
  'investment', 'memorandum', 'greater bay area', 'logistics port', 'talent scheme', 'green finance bond', 'visa facilitation',
  'signing ceremony', 'university research partnership', 'next steps agreed', 'budget timeline', 'cultural exchange',
  'inv', 'memo', 'logis', 'facilit', 'partn', 'shenz', 'riya', 'kuala lum', 'convention cen',
  'Fintech Holdings', 'Biotech Institute', 'Dubai Aviation', 'Semiconductors', 'Green Energy Group', 'mission to Tokyo',
  'Wong', 'Ka Yan Lau', 'Hiroshi Tanaka', 'contact1234@example.org', 'Head of International Affairs', 'MoU draft',
  '科學技術', '科学技术', '香港科學技術園公司', '數碼港', '大灣區', '大湾区', '經濟貿易辦事處', '经济贸易', '投資推廣署',
  '上市', '金融管理局', '北部都會區', '港', '合作備忘錄', 'investment 大灣區', 'hangzhou', 'zzz no such thing',
];
