import { createHash } from 'node:crypto';
import { createValidator, type ValidationIssue } from '@lotflow/dictionary';
import { RuleSetInvalidError } from './rule-set.errors.js';
import ruleSetSchema from './rule-set.schema.json' with { type: 'json' };
import type { Condition, RuleSet, RuleSetDocument, Scalar, ValueType } from './rule-set.types.js';

const validateDocument = createValidator<RuleSetDocument>(ruleSetSchema);

/**
 * Reads a rule-set file's text into a validated rule set, or throws RuleSetInvalidError listing
 * every problem with its JSON Pointer. `source` names the file in messages.
 */
export function parseRuleSet(text: string, source: string): RuleSet {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new RuleSetInvalidError(source, [
      { pointer: '', message: `is not valid JSON (${(error as Error).message})`, keyword: 'json' },
    ]);
  }
  const result = validateDocument(json);
  if (!result.ok) throw new RuleSetInvalidError(source, result.issues);
  const issues = findSemanticIssues(result.value);
  if (issues.length > 0) throw new RuleSetInvalidError(source, issues);
  return { ...result.value, version: createHash('sha256').update(text).digest('hex'), source };
}

/** What the schema cannot say: references between inputs, outputs and rules. */
function findSemanticIssues(document: RuleSetDocument): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const inputs = new Map(document.inputs.map((input) => [input.fact, input]));
  const outputs = new Map(document.outputs.map((output) => [output.name, output]));
  reportDuplicates(document.inputs.map((input) => input.fact), '/inputs', 'fact', issues);
  reportDuplicates(document.outputs.map((output) => output.name), '/outputs', 'name', issues);
  reportDuplicates(document.rules.map((rule) => rule.id), '/rules', 'id', issues);

  document.rules.forEach((rule, index) => {
    visitFacts(rule.conditions, `/rules/${index}/conditions`, (fact, pointer) => {
      if (!inputs.has(fact)) {
        issues.push({ pointer: `${pointer}/fact`, message: `uses fact '${fact}', which is not a declared input`, keyword: 'input' });
      }
    });
    for (const [name, value] of Object.entries(rule.outputs)) {
      const pointer = `/rules/${index}/outputs/${name}`;
      const output = outputs.get(name);
      if (!output) {
        issues.push({ pointer, message: `sets '${name}', which is not a declared output`, keyword: 'output' });
      } else if (!isOfType(value, output.type)) {
        issues.push({ pointer, message: `must be ${output.type}`, keyword: 'type' });
      } else if (output.enum && !output.enum.includes(value)) {
        issues.push({ pointer, message: `must be one of ${output.enum.map((v) => JSON.stringify(v)).join(', ')}`, keyword: 'enum' });
      }
    }
  });
  return issues;
}

function reportDuplicates(values: string[], pointer: string, property: string, issues: ValidationIssue[]): void {
  const seen = new Set<string>();
  values.forEach((value, index) => {
    if (seen.has(value)) issues.push({ pointer: `${pointer}/${index}/${property}`, message: `'${value}' is declared twice`, keyword: 'unique' });
    seen.add(value);
  });
}

function visitFacts(condition: Condition, pointer: string, visit: (fact: string, pointer: string) => void): void {
  if ('fact' in condition) return visit(condition.fact, pointer);
  if ('not' in condition) return visitFacts(condition.not, `${pointer}/not`, visit);
  const [kind, children] = 'all' in condition ? ['all', condition.all] : ['any', condition.any];
  children.forEach((child, index) => visitFacts(child, `${pointer}/${kind}/${index}`, visit));
}

export function isOfType(value: unknown, type: ValueType): value is Scalar {
  switch (type) {
    case 'string':
      return typeof value === 'string';
    case 'number':
      return typeof value === 'number' && Number.isFinite(value);
    case 'integer':
      return Number.isInteger(value);
    case 'boolean':
      return typeof value === 'boolean';
  }
}
