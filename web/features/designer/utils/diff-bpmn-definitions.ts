/** What the diff needs of a moddle element (bpmn-moddle's, in the browser and in Node alike). */
export interface ModdleElement {
  readonly $type: string;
  readonly $attrs?: Readonly<Record<string, unknown>>;
  readonly $descriptor?: {
    readonly propertiesByName?: Readonly<Record<string, { readonly isReference?: boolean; readonly ns?: { readonly name?: string } } | undefined>>;
  };
  $instanceOf?(type: string): boolean;
  readonly [property: string]: unknown;
}

export type ElementChangeKind = 'added' | 'removed' | 'changed';

export interface ElementChange {
  readonly id: string;
  readonly kind: ElementChangeKind;
  /** The BPMN type after the change (before it, for a removed element), e.g. `bpmn:ServiceTask`. */
  readonly type: string;
  readonly name?: string;
  /** For a changed element: what changed, as qualified names (`bpmn:name`, `camunda:topic`, `type`). */
  readonly changedProperties: readonly string[];
}

/**
 * The elements an analyst recognises on a diagram and can find by id. Everything else (event
 * definitions, extension elements, expressions, documentation) belongs to the element around it.
 */
const TRACKED_TYPES = ['bpmn:FlowElement', 'bpmn:Participant', 'bpmn:Lane', 'bpmn:Artifact', 'bpmn:MessageFlow', 'bpmn:RootElement'];

/**
 * Derived from the flows' `sourceRef` and `targetRef`: comparing them too would report both ends of
 * every re-routed flow as changed.
 */
const DERIVED_PROPERTIES = new Set(['incoming', 'outgoing', 'lanes', 'boundaryEventRefs']);

const KIND_ORDER: Readonly<Record<ElementChangeKind, number>> = { added: 0, changed: 1, removed: 2 };

/**
 * Element-level differences between two parsed BPMN documents (`bpmn:Definitions`), matched by
 * id: added, removed, and changed (type, name, any attribute, extension element or reference).
 * Diagram interchange (positions, sizes, waypoints) is not compared: moving a shape is no change
 * to the process.
 */
export function diffBpmnDefinitions(before: ModdleElement, after: ModdleElement): ElementChange[] {
  const beforeElements = collectTrackedElements(before);
  const afterElements = collectTrackedElements(after);
  const changes: ElementChange[] = [];

  for (const [id, element] of afterElements) {
    const earlier = beforeElements.get(id);
    if (earlier === undefined) {
      changes.push(describeChange(id, 'added', element, []));
      continue;
    }
    const changedProperties = compareElements(earlier, element);
    if (changedProperties.length > 0) {
      changes.push(describeChange(id, 'changed', element, changedProperties));
    }
  }
  for (const [id, element] of beforeElements) {
    if (!afterElements.has(id)) {
      changes.push(describeChange(id, 'removed', element, []));
    }
  }
  return changes.sort((left, right) => KIND_ORDER[left.kind] - KIND_ORDER[right.kind] || left.id.localeCompare(right.id));
}

function describeChange(id: string, kind: ElementChangeKind, element: ModdleElement, changedProperties: string[]): ElementChange {
  const name = element['name'];
  return { id, kind, type: element.$type, ...(typeof name === 'string' && name !== '' ? { name } : {}), changedProperties };
}

function isModdleElement(value: unknown): value is ModdleElement {
  return typeof value === 'object' && value !== null && typeof (value as { $type?: unknown }).$type === 'string';
}

function isTracked(element: ModdleElement): boolean {
  return typeof element['id'] === 'string' && TRACKED_TYPES.some((type) => element.$instanceOf?.(type) === true);
}

/**
 * Own properties only: moddle keeps defaults on the prototype, so an unset attribute is absent
 * here. Resolved references are own but not enumerable, hence not `Object.entries`.
 */
function ownProperties(element: ModdleElement): Array<[string, unknown]> {
  return Object.getOwnPropertyNames(element)
    .filter((name) => !name.startsWith('$'))
    .map((name): [string, unknown] => [name, element[name]])
    .filter(([, value]) => value !== undefined && value !== null);
}

function isReference(element: ModdleElement, property: string): boolean {
  return element.$descriptor?.propertiesByName?.[property]?.isReference === true;
}

function qualifiedName(element: ModdleElement, property: string): string {
  return element.$descriptor?.propertiesByName?.[property]?.ns?.name ?? property;
}

/** Every tracked element under the root, by id; diagram interchange is skipped. */
function collectTrackedElements(root: ModdleElement): Map<string, ModdleElement> {
  const found = new Map<string, ModdleElement>();
  const visit = (element: ModdleElement) => {
    if (element !== root && isTracked(element)) {
      found.set(element['id'] as string, element);
    }
    for (const [property, value] of ownProperties(element)) {
      if (isReference(element, property)) {
        continue;
      }
      for (const child of Array.isArray(value) ? value : [value]) {
        if (isModdleElement(child) && !child.$type.startsWith('bpmndi:')) {
          visit(child);
        }
      }
    }
  };
  visit(root);
  return found;
}

function compareElements(before: ModdleElement, after: ModdleElement): string[] {
  const changed: string[] = [];
  if (before.$type !== after.$type) {
    changed.push('type');
  }
  const beforeSignature = signatureOf(before);
  const afterSignature = signatureOf(after);
  for (const property of new Set([...Object.keys(beforeSignature), ...Object.keys(afterSignature)])) {
    if (beforeSignature[property] !== afterSignature[property]) {
      changed.push(property);
    }
  }
  return changed.sort();
}

/**
 * An element's own content, one canonical string per qualified property name. Tracked children
 * (a process's flow elements) are compared on their own and left out; references count by id.
 */
function signatureOf(element: ModdleElement): Record<string, string> {
  const signature: Record<string, string> = {};
  for (const [property, value] of ownProperties(element)) {
    if (property === 'id' || DERIVED_PROPERTIES.has(property)) {
      continue;
    }
    const canonical = canonicalValue(element, property, value);
    if (canonical !== undefined) {
      signature[qualifiedName(element, property)] = canonical;
    }
  }
  for (const [attribute, value] of Object.entries(element.$attrs ?? {})) {
    if (!attribute.startsWith('xmlns')) {
      signature[attribute] = String(value);
    }
  }
  return signature;
}

function canonicalValue(owner: ModdleElement, property: string, value: unknown): string | undefined {
  const items = Array.isArray(value) ? value : [value];
  if (isReference(owner, property)) {
    return JSON.stringify(items.map((item) => (isModdleElement(item) ? item['id'] : item)));
  }
  const parts = items.flatMap((item): unknown[] => {
    if (!isModdleElement(item)) {
      return [item];
    }
    if (isTracked(item) || item.$type.startsWith('bpmndi:')) {
      return [];
    }
    return [{ $type: item.$type, ...signatureOf(item) }];
  });
  if (parts.length === 0) {
    return undefined;
  }
  return JSON.stringify(Array.isArray(value) ? parts : parts[0]);
}
