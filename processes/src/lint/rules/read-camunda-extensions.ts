import type { ModdleNode } from './lint-rule.types.js';

export interface InputParameter {
  readonly name: string;
  /** The literal text, or undefined when the parameter is empty or a script, list or map. */
  readonly value: string | undefined;
}

function extensionValues(node: ModdleNode): ModdleNode[] {
  const extensionElements = node.get('extensionElements') as ModdleNode | undefined;
  return (extensionElements?.get('values') as ModdleNode[] | undefined) ?? [];
}

/** Whether the element holds an extension element of the type, e.g. `camunda:FormData`. */
export function hasExtension(node: ModdleNode, type: string): boolean {
  return extensionValues(node).some((value) => value.$instanceOf(type));
}

/** The element's `camunda:inputParameter`s, in document order. */
export function readInputParameters(node: ModdleNode): InputParameter[] {
  const inputOutput = extensionValues(node).find((value) => value.$instanceOf('camunda:InputOutput'));
  const parameters = (inputOutput?.get('inputParameters') as ModdleNode[] | undefined) ?? [];
  return parameters.map((parameter) => {
    const value = parameter.get('value');
    return { name: String(parameter.get('name') ?? ''), value: typeof value === 'string' && parameter.get('definition') === undefined ? value : undefined };
  });
}

/** A Camunda attribute as text, undefined when absent or blank. */
export function readText(node: ModdleNode, attribute: string): string | undefined {
  const value = node.get(attribute);
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

/** `${…}` and `#{…}` are evaluated by the engine at run time: the linter cannot know their value. */
export function isExpression(value: string): boolean {
  return /[$#]\{/.test(value);
}
