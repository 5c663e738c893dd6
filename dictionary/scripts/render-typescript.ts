import { compile, type JSONSchema } from 'json-schema-to-typescript';

const options = {
  additionalProperties: false,
  unknownAny: true,
  ignoreMinAndMaxItems: true,
  strictIndexSignatures: true,
  style: { printWidth: 120, singleQuote: true },
};

/** TypeScript declarations for a JSON Schema, with a banner saying where they come from. */
export async function renderTypeScript(schema: object, name: string, banner: string): Promise<string> {
  const code = await compile(structuredClone(schema) as JSONSchema, name, { ...options, bannerComment: '' });
  return `${banner}\n\n${mergeRepeatedDeclarations(code).trim()}\n`;
}

/**
 * json-schema-to-typescript declares a schema reached through a recursive `$ref` a second time
 * under a numbered name (`FieldDefinition1`); identical declarations are merged back into one.
 */
export function mergeRepeatedDeclarations(code: string): string {
  const blocks = splitDeclarations(code);
  const bodies = new Map(blocks.map((block) => [block.name, block.body]));
  const renamed = new Map<string, string>();
  for (const block of blocks) {
    const original = /^(.+?)\d+$/.exec(block.name)?.[1];
    if (original && bodies.get(original) === block.body) renamed.set(block.name, original);
  }
  let result = blocks
    .filter((block) => !renamed.has(block.name))
    .map((block) => block.text)
    .join('');
  for (const [from, to] of renamed) result = result.replace(new RegExp(`\\b${from}\\b`, 'g'), to);
  return result;
}

interface Declaration {
  name: string;
  body: string;
  text: string;
}

function splitDeclarations(code: string): Declaration[] {
  const starts: number[] = [];
  const lines = code.split('\n');
  let offset = 0;
  let pendingComment: number | undefined;
  for (const line of lines) {
    if (line.startsWith('/**')) pendingComment ??= offset;
    if (line.startsWith('export ')) {
      starts.push(pendingComment ?? offset);
      pendingComment = undefined;
    }
    offset += line.length + 1;
  }
  return starts.map((start, index) => {
    const text = code.slice(start, starts[index + 1] ?? code.length);
    const match = /^export (?:type|interface) (\w+)/m.exec(text);
    const name = match?.[1] ?? '';
    return { name, body: text.replace(new RegExp(`\\b${name}\\b`), ''), text };
  });
}
