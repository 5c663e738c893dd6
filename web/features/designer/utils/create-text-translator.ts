/** Translates one English text; returns it unchanged when there is no translation. */
export type TextTranslator = (text: string) => string;

const PLACEHOLDER = /\{(\w+)\}/g;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** `Topic '{topic}' needs …` → /^Topic '(?<topic>.+?)' needs …$/ */
function compileTemplate(template: string): RegExp {
  let source = '';
  let last = 0;
  for (const match of template.matchAll(PLACEHOLDER)) {
    source += `${escapeRegExp(template.slice(last, match.index))}(?<${match[1]}>.+?)`;
    last = match.index + match[0].length;
  }
  return new RegExp(`^${source}${escapeRegExp(template.slice(last))}$`, 's');
}

/**
 * A translator over tables of English → translated texts. A text is first looked up as it is in
 * `exact` (bpmn-js hands over templates with their `{placeholders}` unfilled); failing that, the
 * keys of `patterns` are tried, for texts that arrive with the values already in them. The values
 * are carried over, translated by `values` when they are words rather than names.
 */
export function createTextTranslator(
  exact: Readonly<Record<string, string>>,
  patterns: Readonly<Record<string, string>> = {},
  values: Readonly<Record<string, string>> = {},
): TextTranslator {
  const compiled = Object.entries(patterns).map(([english, translated]) => ({ pattern: compileTemplate(english), translated }));
  return (text) => {
    if (Object.hasOwn(exact, text)) {
      return exact[text]!;
    }
    for (const { pattern, translated } of compiled) {
      const groups = pattern.exec(text)?.groups;
      if (groups !== undefined) {
        return translated.replace(PLACEHOLDER, (placeholder, name: string) => {
          const value = groups[name];
          if (value === undefined) {
            return placeholder;
          }
          return Object.hasOwn(values, value) ? values[value]! : value;
        });
      }
    }
    return text;
  };
}
