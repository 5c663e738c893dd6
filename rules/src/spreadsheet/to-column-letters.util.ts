/** Zero-based column index → the letters a spreadsheet shows: 0 → A, 25 → Z, 26 → AA. */
export function toColumnLetters(columnIndex: number): string {
  let letters = '';
  for (let rest = columnIndex + 1; rest > 0; rest = Math.floor((rest - 1) / 26)) {
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  }
  return letters;
}
