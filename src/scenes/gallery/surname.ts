// The surname drawn on a missing portrait: two characters for a compound surname (欧阳, 司马 …), one otherwise (pure).

/**
 * Compound surnames (复姓) in use today, from the Hundred Family Surnames' compound list and the
 * ones common in registers. A name starting with one of these keeps both characters; a rarer one
 * is written in the worker's `surname` field.
 */
export const COMPOUND_SURNAMES: ReadonlySet<string> = new Set([
  '欧阳', '司马', '诸葛', '上官', '夏侯', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '令狐',
  '端木', '独孤', '南宫', '西门', '万俟', '闻人', '澹台', '公冶', '宗政', '濮阳', '淳于', '太叔', '申屠',
  '轩辕', '钟离', '呼延', '赫连', '东郭', '百里', '司空', '拓跋', '第五', '左丘', '闾丘', '公羊', '梁丘', '羊舌',
  '子车', '乐正', '夹谷', '谷梁', '段干', '巫马', '公西', '漆雕', '壤驷', '公良', '亓官', '司寇', '仉督', '东门',
  '鲜于', '颛孙', '仲孙', '微生', '公户', '贺兰', '完颜', '纳兰', '欧侯', '即墨', '达奚', '褚师', '南门', '北堂',
]);

/**
 * The surname of a Chinese name: `given` (the worker's own `surname` field) when set, else the
 * compound surname the name starts with, else its first character.
 */
export function surnameOf(name: string, given?: string): string {
  if (given?.trim()) return given.trim();
  const chars = [...name.trim()];
  const two = chars.slice(0, 2).join('');
  // A two-character name (欧阳 alone) is all surname only when written so; 欧阳 + a given name keeps two.
  return chars.length > 2 && COMPOUND_SURNAMES.has(two) ? two : (chars[0] ?? '');
}
