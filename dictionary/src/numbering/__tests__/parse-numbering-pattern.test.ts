import { describe, expect, it } from 'vitest';
import { NumberingPatternInvalidError, parseNumberingPattern } from '../../index.js';

describe('parseNumberingPattern', () => {
  it.each([
    ['LOT-{yyMMdd}-{seq:4}', 'day', 4, 'LOT-260302-0001', 'LOT-260302-001'],
    ['PO-{yyyy}-{seq:5}', 'year', 5, 'PO-2026-00012', 'PO-26-00012'],
    ['NCR-{yyyyMM}-{seq:3}', 'month', 3, 'NCR-202603-001', 'NCR-2026-03-001'],
    ['WO-{yyyy}.{MM}-{seq:4}', 'month', 4, 'WO-2026.03-0001', 'WO-2026x03-0001'],
    ['SN{seq:8}', 'never', 8, 'SN00000042', 'SN0000042'],
  ])('given %s, resets every %s with %d digits and matches exactly its own numbers', (pattern, period, width, produced, foreign) => {
    const parsed = parseNumberingPattern(pattern);

    expect(parsed).toMatchObject({ source: pattern, period, width });
    expect(parsed.expression.test(produced)).toBe(true);
    expect(parsed.expression.test(foreign)).toBe(false);
  });

  it.each([
    ['LOT-{dd}-{seq:3}', 'it starts again every day but does not show the year ({yyyy} or {yy}) and the month ({MM}), so two periods would hand out the same numbers'],
    ['LOT-{MMdd}-{seq:3}', 'it starts again every day but does not show the year ({yyyy} or {yy}), so two periods would hand out the same numbers'],
    ['NCR-{MM}-{seq:3}', 'it starts again every month but does not show the year ({yyyy} or {yy}), so two periods would hand out the same numbers'],
    ['LOT-{yyMMdd}', 'it needs exactly one {seq:N}, found 0'],
    ['{seq:2}-{seq:3}', 'it needs exactly one {seq:N}, found 2'],
    ['LOT-{seq}', '{seq} must give the number of digits, e.g. {seq:4}'],
    ['LOT-{seq:0}', '{seq:0} must have from 1 to 9 digits'],
    ['LOT-{seq:12}', '{seq:12} must have from 1 to 9 digits'],
    ['LOT-{yyyymmdd}-{seq:4}', '{yyyymmdd} is not a token: use yyyy, yy, MM, dd (e.g. {yyMMdd}) or seq:N'],
    ['LOT-{yyyy}{yy}-{seq:4}', 'it shows the year twice'],
    ['LOT {seq:4}', "'LOT ' may hold letters, digits, '-', '_' and '.' only"],
    ['LOT/{seq:4}', "'LOT/' may hold letters, digits, '-', '_' and '.' only"],
    ['LOT-{yyMMdd-{seq:4}', "'{' at position 5 is never closed"],
    ['LOT-}{seq:4}', "'}' at position 5 closes nothing"],
  ])('given %s, explains what is wrong', (pattern, reason) => {
    const action = () => parseNumberingPattern(pattern);

    expect(action).toThrow(NumberingPatternInvalidError);
    expect(action).toThrow(`Numbering pattern '${pattern}' is invalid: ${reason}`);
  });
});
