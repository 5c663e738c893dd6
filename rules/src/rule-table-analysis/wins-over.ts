import type { HitPolicy } from '../rule-table/rule-table-document.types.js';
import type { RuleTable } from '../rule-table/rule-table.types.js';

/** Whether, where both rows match, `winner`'s outputs are the decision rather than `loser`'s. */
export type WinsOver = (winner: number, loser: number) => boolean;

/** For the single-hit policies that pick one of several matching rows, by row index. */
const winnerRules: Partial<Record<HitPolicy, (table: RuleTable) => WinsOver>> = {
  FIRST: () => (winner, loser) => winner < loser,
  // As applyHitPolicy ranks rows: output by output, by position in the enum; ties keep table order.
  PRIORITY: (table) => {
    const ranked = table.outputs.filter((output) => output.enum);
    const ranks = table.rows.map((row) => ranked.map((output) => output.enum!.indexOf(row.outputs[output.name]!)));
    return (winner, loser) => {
      const [a, b] = [ranks[winner]!, ranks[loser]!];
      const difference = a.map((value, index) => value - b[index]!).find((value) => value !== 0) ?? 0;
      return difference < 0 || (difference === 0 && winner < loser);
    };
  },
};

/** How the table's hit policy picks between two matching rows; undefined when it does not pick one. */
export function createWinsOver(table: RuleTable): WinsOver | undefined {
  return winnerRules[table.hitPolicy]?.(table);
}
