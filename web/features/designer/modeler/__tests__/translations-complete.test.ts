import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { lotflowPluginPackage } from '@lotflow/processes/lint-rules';
import { describe, expect, it } from 'vitest';
import { createLintMessageTranslator } from '../../utils/create-lint-message-translator';
import { createTextTranslator } from '../../utils/create-text-translator';
import { tokenSimulationPatternsZhCn, tokenSimulationZhCn } from '../../translations/token-simulation.zh-CN';
import { createTranslate, DIAGRAM_TRANSLATIONS } from '../create-translate';

/*
 * Reads the installed bpmn-io packages and fails when a text they show has no zh-CN entry, so an
 * upgrade that adds or rewords a string is noticed here rather than by a plant's analyst.
 */

const repository = path.resolve(import.meta.dirname, '..', '..', '..', '..', '..');
const modules = path.join(repository, 'node_modules');

interface SourceFile {
  readonly name: string;
  readonly text: string;
}

function withoutComments(text: string): string {
  return text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/^\s*\/\/.*$/gm, '');
}

function read(file: string): SourceFile {
  return { name: path.relative(modules, file), text: withoutComments(readFileSync(file, 'utf8')) };
}

function readTree(folder: string): SourceFile[] {
  return readdirSync(path.join(modules, folder), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.js'))
    .map((file) => read(path.join(modules, folder, file)));
}

/** A bundle's original sources, from its source map; `skip` drops what Lotflow's designer does not load. */
function readBundle(map: string, skip: RegExp): SourceFile[] {
  const { sources, sourcesContent } = JSON.parse(readFileSync(path.join(modules, map), 'utf8')) as { sources: string[]; sourcesContent: string[] };
  return sources
    .map((source, index) => ({ name: `${map.split('/dist/')[0]}/${source.replace(/^(\.\.\/)+/, '')}`, text: withoutComments(sourcesContent[index] ?? '') }))
    .filter((file) => !skip.test(file.name) && file.name.endsWith('.js'));
}

// A call of diagram-js's translate service (not tiny-svg's translate(gfx, x, y), nor text inside a string).
const CALL = /(?<![\w$'"`.])(?:this\.)?_?translate\(\s*/g;
const LITERAL = /^\s*('(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`)\s*/;

/** The argument's text when it is a string literal, or literals joined by `+`; undefined when computed. */
function literalArgument(rest: string): string | undefined {
  let value = '';
  let position = 0;
  for (;;) {
    const literal = LITERAL.exec(rest.slice(position));
    if (literal === null) {
      return undefined;
    }
    value += new Function(`return ${literal[1]};`)() as string;
    position += literal[0].length;
    const next = rest[position];
    if (next === ',' || next === ')') {
      return value;
    }
    if (next !== '+') {
      return undefined;
    }
    position += 1;
  }
}

// tiny-svg's and diagram-js's SVG helpers are imported by name; the service is injected or passed in.
function usesTranslateService(file: SourceFile): boolean {
  return /\btranslate\b/.test(file.text) && !/import\s*\{[^}]*\btranslate\b[^}]*\}\s*from/.test(file.text) && !/export (default )?function translate\(/.test(file.text);
}

/** The literal templates passed to translate, and the call sites whose argument is computed. */
function translateCalls(files: readonly SourceFile[]): { literals: Set<string>; computed: Set<string> } {
  const literals = new Set<string>();
  const computed = new Set<string>();
  for (const file of files.filter(usesTranslateService)) {
    for (const call of file.text.matchAll(CALL)) {
      const rest = file.text.slice(call.index + call[0].length);
      const literal = literalArgument(rest);
      if (literal !== undefined) {
        literals.add(literal);
      } else {
        computed.add(`${file.name} ${/^[^,)\n]*/.exec(rest)![0].trim()}`);
      }
    }
  }
  return { literals, computed };
}

function stringLiterals(text: string, pattern: RegExp): string[] {
  return [...text.matchAll(pattern)].map((match) => match[1]!);
}

function fileNamed(files: readonly SourceFile[], ending: string): SourceFile {
  const found = files.find((file) => file.name.endsWith(ending));
  if (found === undefined) {
    throw new Error(`No source ${ending}: the package layout changed; update this test.`);
  }
  return found;
}

const bpmnJs = [...readTree('bpmn-js/lib'), ...readTree('diagram-js/lib'), read(path.join(modules, 'bpmn-js-bpmnlint/dist/index.esm.js'))];
// Zeebe is Camunda 8 and the tooltips are not configured: neither is shown in Lotflow's designer.
const propertiesPanel = [
  ...readBundle('bpmn-js-properties-panel/dist/index.esm.js.map', /\/zeebe\/|contextProvider\//),
  ...readBundle('@bpmn-io/properties-panel/dist/index.esm.js.map', /^$/),
];
const elementTemplates = readBundle('bpmn-js-element-templates/dist/index.esm.js.map', /cloud-element-templates\//);

const headerTypes = stringLiterals(fileNamed(propertiesPanel, 'src/icons/index.js').text, /^\s+'([A-Za-z]+)'\s*:/gm).map((type) =>
  type.replace(/(\B[A-Z])/g, ' $1').replace(/(\bNon Interrupting)/g, '($1)'),
);

function constantsIn(file: SourceFile, pattern: RegExp): string[] {
  return stringLiterals(file.text, pattern);
}

function objectValues(file: SourceFile, name: string): string[] {
  const body = new RegExp(`const ${name} = \\{([^}]*)\\}`).exec(file.text)?.[1];
  if (body === undefined) {
    throw new Error(`No ${name} in ${file.name}: the package changed; update this test.`);
  }
  return stringLiterals(body, /:\s*'([^']+)'/g);
}

/**
 * Each call site whose text is computed, with what it can show. A change in these (a new one, or
 * one gone) fails the test, so it is looked at.
 */
const COMPUTED: Readonly<Record<string, { readonly shows: () => readonly string[] } | { readonly untranslatable: string }>> = {
  'bpmn-js/lib/features/popup-menu/ReplaceMenuProvider.js label': {
    shows: () => [
      ...constantsIn(fileNamed(bpmnJs, 'bpmn-js/lib/features/popup-menu/PopupEntries.js'), /label: '([^']+)'/g),
      ...constantsIn(fileNamed(bpmnJs, 'bpmn-js/lib/features/replace/ReplaceOptions.js'), /label: '([^']+)'/g),
    ],
  },
  'bpmn-js/lib/features/modeling-feedback/ModelingFeedback.js COLLAB_ERR_MSG': {
    shows: () => constantsIn(fileNamed(bpmnJs, 'ModelingFeedback.js'), /COLLAB_ERR_MSG = '([^']+)'/g),
  },
  'bpmn-js/lib/features/modeling-feedback/ModelingFeedback.js DATA_OBJECT_ERR_MSG': {
    shows: () => constantsIn(fileNamed(bpmnJs, 'ModelingFeedback.js'), /DATA_OBJECT_ERR_MSG = '([^']+)'/g),
  },
  "bpmn-js/lib/features/align-elements/AlignElementsMenuProvider.js 'Align elements ' + alignment": {
    shows: () => {
      const options = /ALIGNMENT_OPTIONS = \[([^\]]*)\]/.exec(fileNamed(bpmnJs, 'AlignElementsMenuProvider.js').text)![1]!;
      return stringLiterals(options, /'([^']+)'/g).map((alignment) => `Align elements ${alignment}`);
    },
  },
  "@bpmn-io/properties-panel/src/components/ListGroup.js `List contains {numOfItems} item${items.length != 1 ? 's' : ''}`": {
    shows: () => ['List contains {numOfItems} item', 'List contains {numOfItems} items'],
  },
  "@bpmn-io/properties-panel/src/components/entries/List.js `List contains {numOfItems} item${items.length != 1 ? 's' : ''}`": {
    shows: () => ['List contains {numOfItems} item', 'List contains {numOfItems} items'],
  },
  "@bpmn-io/properties-panel/src/components/entries/FEEL/FeelIcon.js `Click to ${active ? 'remove' : 'set a'} dynamic value with FEEL expression`": {
    shows: () => ['Click to remove dynamic value with FEEL expression', 'Click to set a dynamic value with FEEL expression'],
  },
  'bpmn-js-bpmnlint/dist/index.esm.js entry.message': { untranslatable: 'a lint message: translated by rule before it gets here (create-linter-config.ts)' },
  'bpmn-js-bpmnlint/dist/index.esm.js (errors || warnings': { shows: () => ['{errors} Errors, {warnings} Warnings', 'No Issues'] },
  'bpmn-js-properties-panel/src/render/PanelHeaderProvider.js template.name': {
    untranslatable: "the element template's own name: Lotflow's templates arrive named in the page's language (localize-element-templates.ts)",
  },
  'bpmn-js-properties-panel/src/render/PanelHeaderProvider.js concreteType': { shows: () => headerTypes },
  'bpmn-js-properties-panel/src/provider/bpmn/properties/IdProps.js is(element': { shows: () => ['Participant ID', 'ID'] },
  'bpmn-js-properties-panel/src/provider/camunda-platform/properties/IdProps.js is(element': { shows: () => ['Participant ID', 'ID'] },
  'bpmn-js-properties-panel/src/provider/camunda-platform/properties/InputOutputParameter.js isInput(parameter': {
    shows: () => ['Local variable name', 'Process variable name'],
  },
  ...Object.fromEntries(
    ['NONE', 'JAVA', 'EXPRESSION', 'DELEGATE', 'DMN', 'EXTERNAL', 'CONNECTOR'].map((kind) => [
      `bpmn-js-properties-panel/src/provider/camunda-platform/properties/ImplementationTypeProps.js IMPLEMENTATION_TYPE_${kind}_LABEL`,
      { shows: () => constantsIn(fileNamed(propertiesPanel, 'ImplementationTypeProps.js'), new RegExp(`IMPLEMENTATION_TYPE_${kind}_LABEL = '([^']+)'`, 'g')) },
    ]),
  ),
  'bpmn-js-properties-panel/src/provider/camunda-platform/properties/ListenerProps.js EVENT_TO_LABEL[event]': {
    shows: () => objectValues(fileNamed(propertiesPanel, 'camunda-platform/properties/ListenerProps.js'), 'EVENT_TO_LABEL'),
  },
  'bpmn-js-properties-panel/src/provider/camunda-platform/properties/ListenerProps.js IMPLEMENTATION_TYPE_TO_LABEL[implementationType]': {
    shows: () => objectValues(fileNamed(propertiesPanel, 'camunda-platform/properties/ListenerProps.js'), 'IMPLEMENTATION_TYPE_TO_LABEL'),
  },
  'bpmn-js-properties-panel/src/provider/camunda-platform/properties/ListenerProps.js label': {
    shows: () => objectValues(fileNamed(propertiesPanel, 'camunda-platform/properties/ListenerProps.js'), 'IMPLEMENTATION_TYPE_TO_LABEL'),
  },
  'bpmn-js-element-templates/src/element-templates/properties-panel/properties/CustomProperties.js `Custom properties for scope <${ type }>`': {
    shows: () => ['Custom properties for scope <camunda:Connector>'],
  },
  'bpmn-js-element-templates/src/components/PropertyDescription.js description': {
    untranslatable: "a template property's description: Lotflow's fixed ones are in element-templates.zh-CN.ts",
  },
  'bpmn-js-element-templates/src/element-templates/properties-panel/properties/CustomProperties.js group.label': {
    untranslatable: "a template group's label: Lotflow's are in element-templates.zh-CN.ts",
  },
  'bpmn-js-element-templates/src/element-templates/properties-panel/properties/CustomProperties.js label': {
    untranslatable: "a template property's or choice's label: Lotflow's fixed ones are in element-templates.zh-CN.ts",
  },
  'bpmn-js-element-templates/src/element-templates/properties-panel/properties/CustomProperties.js name': {
    untranslatable: "a template choice's name: Lotflow's fixed ones are in element-templates.zh-CN.ts",
  },
};

const zhCn = DIAGRAM_TRANSLATIONS['zh-CN'].exact;

const translateZhCn = createTranslate('zh-CN');

/** What has no zh-CN entry, nor a pattern that matches it. */
function untranslated(texts: Iterable<string>): string[] {
  return [...new Set(texts)].filter((text) => !Object.hasOwn(zhCn, text) && translateZhCn(text) === text).sort();
}

describe('the zh-CN dictionary covers what the installed bpmn-io packages show', () => {
  const calls = translateCalls([...bpmnJs, ...propertiesPanel, ...elementTemplates]);

  it('finds the strings it checks (the extraction still works on these package versions)', () => {
    expect(calls.literals.size).toBeGreaterThan(250);
    for (const known of ['Create start event', 'Append task', 'Change element', 'General', 'Candidate groups', 'Form key', 'Asynchronous before', 'Topic', 'Select']) {
      expect(calls.literals).toContain(known);
    }
    expect(headerTypes).toContain('User Task');
  });

  it('translates the palette, the context pad, the search and the lint button of bpmn-js', () => {
    expect(untranslated(translateCalls(bpmnJs).literals)).toEqual([]);
  });

  it('translates every group, entry and description of the properties panel with the Camunda 7 provider', () => {
    expect(untranslated(translateCalls(propertiesPanel).literals)).toEqual([]);
  });

  it('translates the element templates entries', () => {
    expect(untranslated(translateCalls(elementTemplates).literals)).toEqual([]);
  });

  it('knows each computed call site and translates what it can show', () => {
    expect([...calls.computed].sort()).toEqual(Object.keys(COMPUTED).sort());
    const shown = Object.values(COMPUTED).flatMap((entry) => ('shows' in entry ? entry.shows() : []));
    expect(shown).toContain('User task');
    expect(shown).toContain('Exclusive gateway');
    expect(untranslated(shown)).toEqual([]);
  });

  it('has no translation left over that nothing shows any more', () => {
    const shown = new Set([
      ...calls.literals,
      ...Object.values(COMPUTED).flatMap((entry) => ('shows' in entry ? entry.shows() : [])),
    ]);
    const lotflowTemplateTexts = ['Step', 'Outputs: written as process variables', 'Rule table', 'Key of the published rule table', 'Candidate group', 'E-signature meaning'];
    const unused = Object.keys(zhCn).filter((english) => !shown.has(english));
    // What remains are the fixed texts of Lotflow's own templates, which the api sends.
    expect(unused.filter((english) => lotflowTemplateTexts.includes(english))).toEqual(lotflowTemplateTexts);
    expect(unused.length).toBeLessThan(20);
  });
});

describe('token simulation in zh-CN', () => {
  const files = readTree('bpmn-js-token-simulation/lib');
  const translate = createTextTranslator(tokenSimulationZhCn, tokenSimulationPatternsZhCn, tokenSimulationZhCn);
  const all = files.map((file) => file.text).join('\n');
  const literal = (pattern: RegExp) => stringLiterals(all, pattern);
  const shown = [
    ...literal(/\btext: '([^']+)'/g),
    ...literal(/elementName \|\| '([^']+)'/g),
    ...literal(/title="([^"$]+)"/g),
    ...literal(/aria-label="([^"$]+)"/g),
    ...stringLiterals(/SPEEDS = \[([\s\S]*?)\];/.exec(all)![1]!, /\[ '([^']+)'/g).map((speed) => `Set animation speed = ${speed}`),
    ...['Simulation Log', 'No Entries', 'Add pause point', 'Remove pause point'],
  ];

  it('translates every text and title the extension renders', () => {
    expect(shown).toContain('Reset Simulation');
    expect(all).toContain('Simulation Log');
    expect(all).toContain("${ wait ? 'Remove' : 'Add' } pause point");
    expect(shown.filter((text) => translate(text) === text)).toEqual([]);
  });

  it('translates the log lines that carry a name, keeping the name', () => {
    expect(translate('Process started')).toBe('流程已启动');
    expect(translate('Check certificate finished')).toBe('Check certificate已完成');
    expect(translate('Focus process instance P_1')).toBe('聚焦流程实例 P_1');
  });
});

describe('lint messages in zh-CN', () => {
  const translateLintMessage = createLintMessageTranslator('zh-CN');
  const recommended = stringLiterals(readFileSync(path.join(modules, 'bpmnlint/config/recommended.js'), 'utf8'), /^\s+'([^']+)':/gm);
  const pluginSource = readFileSync(path.join(repository, 'processes/src/lint/lotflow-lint-plugin.ts'), 'utf8');

  /** Messages that carry values, as the rule words them, with a sample value. */
  const COMPUTED_MESSAGES: Readonly<Record<string, readonly string[]>> = {
    'end-event-required': ['Process is missing end event', 'Sub process is missing end event'],
    'start-event-required': ['Process is missing start event', 'Sub process is missing start event'],
    'single-blank-start-event': ['Process has multiple blank start events', 'Sub process has multiple blank start events'],
    'no-complex-gateway': ['Element type <bpmn:ComplexGateway> is discouraged'],
    'no-inclusive-gateway': ['Element type <bpmn:InclusiveGateway> is discouraged'],
    'link-event': [
      'Link catch event with link name <approve> missing in scope',
      'Link throw event with link name <approve> missing in scope',
      'Duplicate link catch event with link name <approve> in scope',
    ],
  };

  it('translates every message of bpmnlint’s recommended rules', () => {
    expect(recommended).toContain('label-required');
    const missing: string[] = [];
    for (const rule of recommended) {
      const source = withoutComments(readFileSync(path.join(modules, 'bpmnlint/rules', `${rule}.js`), 'utf8'));
      const messages = [...stringLiterals(source, /reporter\.report\([^,]+,\s*'([^']+)'\s*[,)]/g), ...(COMPUTED_MESSAGES[rule] ?? [])];
      const computed = [...source.matchAll(/reporter\.report\([^,]+,\s*([^'\s][^,)]*)/g)].length;
      if (computed > 0 && COMPUTED_MESSAGES[rule] === undefined) {
        missing.push(`${rule}: a message with a value; add its wording to COMPUTED_MESSAGES`);
      }
      if (messages.length === 0 && !/checkDiscouragedNodeType/.test(source)) {
        missing.push(`${rule}: no message found`);
      }
      missing.push(...messages.filter((message) => translateLintMessage(rule, message) === message).map((message) => `${rule}: ${message}`));
    }
    expect(missing).toEqual([]);
  });

  it('translates every message of Lotflow’s rules, keeping the values they name', () => {
    expect(lotflowPluginPackage).toBe('bpmnlint-plugin-lotflow');
    const reports = [...pluginSource.matchAll(/reporter\.report\(node\.id, (['`])((?:(?!\1).)+)\1\)/g)].map((match) => match[2]!);
    expect(reports.length).toBe(11);
    const rules = ['service-task-topic', 'rule-table-published', 'user-task-candidate-group', 'user-task-form', 'gateway-default-flow', 'step-errors-caught', 'start-form-published'];
    const untranslatedMessages = reports.filter((template) => {
      const sample = template.replace(/\$\{[^}]+\}/g, 'sample-value');
      return rules.every((rule) => translateLintMessage(`lotflow/${rule}`, sample) === sample);
    });
    expect(untranslatedMessages).toEqual([]);
    expect(translateLintMessage('lotflow/rule-table-published', "Rule table 'sterilisation-release' is not published: publish it first, or choose a published one")).toBe(
      '规则表“sterilisation-release”尚未发布：请先发布，或选择一个已发布的规则表',
    );
  });

  it('leaves English as it is', () => {
    const english = createLintMessageTranslator('en');
    expect(english('label-required', 'Element is missing label/name')).toBe('Element is missing label/name');
  });
});

describe('the translate service', () => {
  it('on an English page, fills placeholders exactly as diagram-js does', () => {
    const translate = createTranslate('en');
    expect(translate('Create start event')).toBe('Create start event');
    expect(translate('{errors} Errors, {warnings} Warnings', { errors: '2' })).toBe('2 Errors, {warnings} Warnings');
    expect(translate('Open {element}', {})).toBe('Open {element}');
  });

  it('on a Chinese page, translates first and then fills the placeholders', () => {
    const translate = createTranslate('zh-CN');
    expect(translate('Create start event')).toBe('创建开始事件');
    expect(translate('General')).toBe('常规');
    expect(translate('{errors} Errors, {warnings} Warnings', { errors: '2', warnings: '1' })).toBe('2 个错误，1 个警告');
    expect(translate('constructor')).toBe('constructor');
    expect(translate('A text no package shows')).toBe('A text no package shows');
  });
});
