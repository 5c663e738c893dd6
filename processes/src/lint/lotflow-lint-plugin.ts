import type { TopicDefinition } from '../topics/topic-catalog.js';

/*
 * Lotflow's own bpmnlint rules, as the plugin `bpmnlint-plugin-lotflow` (rule names
 * `lotflow/<rule>`). The designer bundles this module for the canvas and the api lints with it
 * before publishing, so both judge a model alike. It imports nothing at run time (type imports
 * only): the web bundler does not map this package's `.js` import paths to its `.ts` files.
 */

// What a rule sees //////////////////////////////////////////////////////////

/** What a bpmnlint rule sees of a BPMN element: a moddle element read with the Camunda extension. */
export interface ModdleNode {
  readonly id?: string;
  readonly $type: string;
  /** The element that contains this one (a process or sub-process for a flow element). */
  readonly $parent?: ModdleNode;
  $instanceOf(type: string): boolean;
  get(name: string): unknown;
}

export interface LintReporter {
  report(elementId: string | undefined, message: string): void;
}

export interface LintRule {
  check(node: ModdleNode, reporter: LintReporter): void;
}

/** A bpmnlint rule factory: bpmnlint calls it with the rule's configuration. */
export type LintRuleFactory = (config?: unknown) => LintRule;

interface InputParameter {
  readonly name: string;
  /** The literal text, or undefined when the parameter is empty or a script, list or map. */
  readonly value: string | undefined;
}

function extensionValues(node: ModdleNode): ModdleNode[] {
  const extensionElements = node.get('extensionElements') as ModdleNode | undefined;
  return (extensionElements?.get('values') as ModdleNode[] | undefined) ?? [];
}

/** Whether the element holds an extension element of the type, e.g. `camunda:FormData`. */
function hasExtension(node: ModdleNode, type: string): boolean {
  return extensionValues(node).some((value) => value.$instanceOf(type));
}

/** The element's `camunda:inputParameter`s, in document order. */
function readInputParameters(node: ModdleNode): InputParameter[] {
  const inputOutput = extensionValues(node).find((value) => value.$instanceOf('camunda:InputOutput'));
  const parameters = (inputOutput?.get('inputParameters') as ModdleNode[] | undefined) ?? [];
  return parameters.map((parameter) => {
    const value = parameter.get('value');
    return { name: String(parameter.get('name') ?? ''), value: typeof value === 'string' && parameter.get('definition') === undefined ? value : undefined };
  });
}

/** A Camunda attribute as text, undefined when absent or blank. */
function readText(node: ModdleNode, attribute: string): string | undefined {
  const value = node.get(attribute);
  return typeof value === 'string' && value.trim().length > 0 ? value.trim() : undefined;
}

/** `${…}` and `#{…}` are evaluated by the engine at run time: the linter cannot know their value. */
function isExpression(value: string): boolean {
  return /[$#]\{/.test(value);
}

// The rules ////////////////////////////////////////////////////////////////

export interface ServiceTaskTopicConfig {
  /** The topics Lotflow's workers serve, with the input parameters each one requires. */
  readonly topics: ReadonlyArray<{ readonly topic: string; readonly requiredParameters: readonly string[] }>;
}

// The elements Camunda 7 lets run as external tasks.
const EXTERNAL_TASK_TYPES = ['bpmn:ServiceTask', 'bpmn:SendTask', 'bpmn:BusinessRuleTask'];
const JAVA_IMPLEMENTATIONS = ['camunda:class', 'camunda:expression', 'camunda:delegateExpression', 'camunda:decisionRef'];

/**
 * A service task must be a step some worker takes: an external task whose topic is in the
 * catalog, with the parameters the topic requires. A topic nobody serves would leave every
 * process instance waiting at that task for ever, with no incident to show for it.
 */
export const serviceTaskTopicRule: LintRuleFactory = (config) => {
  const topics = new Map(((config as ServiceTaskTopicConfig | undefined)?.topics ?? []).map((entry) => [entry.topic, entry.requiredParameters]));
  const known = [...topics.keys()].join(', ');
  return {
    check(node: ModdleNode, reporter) {
      if (!EXTERNAL_TASK_TYPES.some((type) => node.$instanceOf(type))) return;
      const type = readText(node, 'camunda:type');
      if (type !== 'external') {
        // A business rule task calling DMN, or Java the engine runs itself, is not a worker's step.
        const implemented = JAVA_IMPLEMENTATIONS.some((attribute) => readText(node, attribute) !== undefined);
        if (!implemented && node.$instanceOf('bpmn:ServiceTask')) {
          reporter.report(node.id, 'Service task has no step: choose one under Steps, or set an external topic');
        }
        return;
      }
      const topic = readText(node, 'camunda:topic');
      if (topic === undefined) {
        reporter.report(node.id, 'External task has no topic: choose a step under Steps');
        return;
      }
      const required = topics.get(topic);
      if (required === undefined) {
        reporter.report(node.id, `Topic '${topic}' has no handler: Lotflow's workers serve ${known || 'no topic'}`);
        return;
      }
      const given = new Set(readInputParameters(node).map((parameter) => parameter.name));
      for (const name of required.filter((parameter) => !given.has(parameter))) {
        reporter.report(node.id, `Topic '${topic}' needs the input parameter '${name}'`);
      }
    },
  };
};

export interface RuleTablePublishedConfig {
  /** Keys of the rule tables that have a published version. */
  readonly publishedRuleTables: readonly string[];
}

/** The input parameter that names the rule table a step evaluates. */
export const RULE_TABLE_PARAMETER = 'ruleSet';

/**
 * A step that evaluates a rule table must name one that is published: the worker reads only
 * published versions, so a draft or a misspelt key ends in an incident at run time.
 */
export const ruleTablePublishedRule: LintRuleFactory = (config) => {
  const published = new Set((config as RuleTablePublishedConfig | undefined)?.publishedRuleTables ?? []);
  return {
    check(node, reporter) {
      for (const parameter of readInputParameters(node).filter((candidate) => candidate.name === RULE_TABLE_PARAMETER)) {
        const key = parameter.value?.trim();
        if (key === undefined || key.length === 0) {
          reporter.report(node.id, `Input parameter '${RULE_TABLE_PARAMETER}' is empty: choose a published rule table`);
        } else if (!isExpression(key) && !published.has(key)) {
          reporter.report(node.id, `Rule table '${key}' is not published: publish it first, or choose a published one`);
        }
      }
    },
  };
};

export interface StartFormPublishedConfig {
  /** Keys of the dictionary types that have a published version. */
  readonly publishedTypes: readonly string[];
}

/** The form key prefix that names a dictionary type (`read-user-task-settings.ts` reads it the same way). */
const DICTIONARY_FORM = 'lotflow:form:';

/**
 * A process's start form is generated from the dictionary type its start event names: a type
 * never published would leave the process off the start screen, and the record could not be written.
 */
export const startFormPublishedRule: LintRuleFactory = (config) => {
  const published = new Set((config as StartFormPublishedConfig | undefined)?.publishedTypes ?? []);
  return {
    check(node, reporter) {
      if (!node.$instanceOf('bpmn:StartEvent') || !node.$parent?.$instanceOf('bpmn:Process')) return;
      const formKey = readText(node, 'camunda:formKey');
      if (!formKey?.startsWith(DICTIONARY_FORM)) return;
      const type = formKey.slice(DICTIONARY_FORM.length);
      if (!isExpression(type) && !published.has(type)) {
        reporter.report(node.id, `Start form type '${type}' is not a published dictionary type: publish it first, or choose a published one`);
      }
    },
  };
};

/**
 * Lotflow offers a task to the people whose role is one of its candidate groups: a user task
 * without any would sit in nobody's inbox.
 */
export const userTaskCandidateGroupRule: LintRuleFactory = () => ({
  check(node, reporter) {
    if (node.$instanceOf('bpmn:UserTask') && readText(node, 'camunda:candidateGroups') === undefined) {
      reporter.report(node.id, 'User task has no candidate group: no one could claim it in the inbox');
    }
  },
});

/** A user task shows the approver a form: a dictionary type's (`lotflow:form:<type>`), a linked form or form fields. */
export const userTaskFormRule: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!node.$instanceOf('bpmn:UserTask')) return;
    const hasForm = readText(node, 'camunda:formKey') !== undefined || readText(node, 'camunda:formRef') !== undefined || hasExtension(node, 'camunda:FormData');
    if (!hasForm) {
      reporter.report(node.id, 'User task has no form: the approver would see nothing to review or fill in');
    }
  },
});

/**
 * An exclusive or inclusive gateway that splits needs a default flow: when no condition holds,
 * the engine stops the instance with an incident instead of taking a path the analyst chose.
 */
export const gatewayDefaultFlowRule: LintRuleFactory = () => ({
  check(node, reporter) {
    if (!(node.$instanceOf('bpmn:ExclusiveGateway') || node.$instanceOf('bpmn:InclusiveGateway'))) return;
    const outgoing = (node.get('outgoing') as unknown[] | undefined) ?? [];
    if (outgoing.length > 1 && node.get('default') === undefined) {
      reporter.report(node.id, 'Gateway has no default flow: when no condition holds, the process stops with an incident');
    }
  },
});

export interface StepErrorsCaughtConfig {
  /** The BPMN errors each topic may end with. */
  readonly topics: ReadonlyArray<{ readonly topic: string; readonly errors?: readonly string[] }>;
}

/** The error codes the boundary events attached to a task catch; `null` stands for "any error". */
function caughtErrorCodes(node: ModdleNode): Array<string | null> {
  const siblings = (node.$parent?.get('flowElements') as ModdleNode[] | undefined) ?? [];
  return siblings
    .filter((element) => element.$instanceOf('bpmn:BoundaryEvent') && element.get('attachedToRef') === node)
    .flatMap((boundary) => ((boundary.get('eventDefinitions') as ModdleNode[] | undefined) ?? []).filter((definition) => definition.$instanceOf('bpmn:ErrorEventDefinition')))
    .map((definition) => {
      const code = (definition.get('errorRef') as ModdleNode | undefined)?.get('errorCode');
      return typeof code === 'string' && code.length > 0 ? code : null;
    });
}

/**
 * A step whose business outcome may be a BPMN error (a rule table that decides nothing, a blocked
 * lot, a shortfall) should say in the model what follows, with an error boundary event. Camunda 7
 * would end the instance on an uncaught error; Lotflow's worker stops the step with an incident
 * instead, which suits a case only a person can sort out, but not an expected outcome.
 */
export const stepErrorsCaughtRule: LintRuleFactory = (config) => {
  const errorsByTopic = new Map(((config as StepErrorsCaughtConfig | undefined)?.topics ?? []).map((entry) => [entry.topic, entry.errors ?? []]));
  return {
    check(node, reporter) {
      if (!EXTERNAL_TASK_TYPES.some((type) => node.$instanceOf(type)) || readText(node, 'camunda:type') !== 'external') return;
      const topic = readText(node, 'camunda:topic');
      const errors = topic === undefined ? [] : (errorsByTopic.get(topic) ?? []);
      if (errors.length === 0) return;
      const caught = caughtErrorCodes(node);
      if (caught.includes(null)) return;
      const uncaught = errors.filter((code) => !caught.includes(code)).join(', ');
      if (uncaught.length > 0) {
        reporter.report(node.id, `Step may end with the BPMN error ${uncaught}, which nothing catches: the worker stops it with an incident. Catch it with an error boundary event to model what follows`);
      }
    },
  };
};

// The plugin ///////////////////////////////////////////////////////////////

export const lotflowPluginPackage = 'bpmnlint-plugin-lotflow';

export const lotflowRules: Readonly<Record<string, LintRuleFactory>> = {
  'service-task-topic': serviceTaskTopicRule,
  'rule-table-published': ruleTablePublishedRule,
  'user-task-candidate-group': userTaskCandidateGroupRule,
  'user-task-form': userTaskFormRule,
  'gateway-default-flow': gatewayDefaultFlowRule,
  'step-errors-caught': stepErrorsCaughtRule,
  'start-form-published': startFormPublishedRule,
};

/**
 * What the rules that depend on the installation consult: the workers' topics, the published rule
 * tables and, when known, the published dictionary types.
 */
export interface LotflowLintContext {
  readonly topics: ReadonlyArray<{ readonly topic: string; readonly requiredParameters: readonly string[]; readonly errors?: readonly string[] }>;
  readonly publishedRuleTables: readonly string[];
  /** Without them, start forms are not checked. */
  readonly publishedTypes?: readonly string[];
}

export type LintCategory = 'error' | 'warn';

export interface LintConfig {
  readonly extends: string;
  readonly rules: Readonly<Record<string, LintCategory | readonly [LintCategory, object]>>;
}

/** The context built from the topic catalog, the keys of the published rule tables and, when given, of the published dictionary types. */
export function createLintContext(topics: readonly TopicDefinition[], publishedRuleTables: readonly string[], publishedTypes?: readonly string[]): LotflowLintContext {
  return {
    topics: topics.map((topic) => ({ topic: topic.topic, requiredParameters: topic.parameters.required ?? [], errors: topic.errors ?? [] })),
    publishedRuleTables: [...publishedRuleTables].sort(),
    ...(publishedTypes ? { publishedTypes: [...publishedTypes].sort() } : {}),
  };
}

/**
 * bpmnlint's recommended rules plus Lotflow's. The rules about topics and rule tables run only
 * with a context; `contextSeverity` says whether what they find blocks (`error`, the default)
 * or only warns.
 */
export function createLintConfig(context?: LotflowLintContext, options: { contextSeverity?: LintCategory } = {}): LintConfig {
  const severity = options.contextSeverity ?? 'error';
  return {
    extends: 'bpmnlint:recommended',
    rules: {
      'lotflow/user-task-candidate-group': 'error',
      'lotflow/user-task-form': 'warn',
      'lotflow/gateway-default-flow': 'warn',
      ...(context
        ? {
            'lotflow/service-task-topic': [severity, { topics: context.topics }],
            'lotflow/rule-table-published': [severity, { publishedRuleTables: context.publishedRuleTables }],
            'lotflow/step-errors-caught': ['warn', { topics: context.topics }],
            ...(context.publishedTypes ? { 'lotflow/start-form-published': [severity, { publishedTypes: context.publishedTypes }] as const } : {}),
          }
        : {}),
    },
  };
}
