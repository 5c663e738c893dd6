/**
 * Words that say what legal form a company has, not which company it is: "Co., Ltd.", "GmbH",
 * "Inc". Compared as whole words after punctuation is gone.
 */
const legalFormWords = new Set([
  'co',
  'company',
  'corp',
  'corporation',
  'inc',
  'incorporated',
  'ltd',
  'limited',
  'llc',
  'plc',
  'gmbh',
  'ag',
  'kg',
  'sa',
  'srl',
  'spa',
  'bv',
  'nv',
  'pte',
  'pty',
]);

/** The same for Chinese names, where words are not separated: removed wherever they stand, longest first. */
const chineseLegalForms = ['股份有限公司', '有限责任公司', '有限公司', '股份', '公司'];

/**
 * A company or material name reduced to what identifies it, so two spellings of one name compare
 * equal: full-width characters as half-width (NFKC), lower case, no punctuation or white space,
 * no legal-form words. "Shanghai Medical Tubing Co., Ltd." and "SHANGHAI MEDICAL TUBING CO LTD"
 * both become "shanghaimedicaltubing"; "上海医用管材有限公司" and "上海医用管材公司" both "上海医用管材".
 */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFKC')
    .toLowerCase()
    // Dots and apostrophes join what they separate: "S.A." is "sa", "Co." is "co".
    .replace(/[.'’]/gu, '')
    .replace(/[\p{P}\p{S}\s]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((word) => word !== '' && !legalFormWords.has(word));
  let joined = words.join('');
  for (const form of chineseLegalForms) joined = joined.replaceAll(form, '');
  return joined;
}
