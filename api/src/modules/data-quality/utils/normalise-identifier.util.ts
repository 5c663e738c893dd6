/** An identifier (certificate number, GTIN, e-mail) as typed in different ways: "q5 tube-017" is "Q5TUBE017". */
export function normaliseIdentifier(value: string): string {
  return value.normalize('NFKC').toUpperCase().replace(/[\s\-_./]+/gu, '');
}
