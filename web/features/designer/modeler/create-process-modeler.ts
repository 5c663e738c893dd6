import BpmnModeler from 'bpmn-js/lib/Modeler';
import LintModule from 'bpmn-js-bpmnlint';
import {
  BpmnPropertiesPanelModule,
  BpmnPropertiesProviderModule,
  CamundaPlatformPropertiesProviderModule,
} from 'bpmn-js-properties-panel';
import { ElementTemplatesPropertiesProviderModule } from 'bpmn-js-element-templates';
import TokenSimulationModule from 'bpmn-js-token-simulation';
import CamundaPlatformBehaviorsModule from 'camunda-bpmn-js-behaviors/lib/camunda-platform';
import camundaModdle from 'camunda-bpmn-moddle/resources/camunda.json';
import type { Locale } from '../../../shared/i18n/locales';
import type { ModdleElement } from '../utils/diff-bpmn-definitions';
import type { ElementTemplate } from '../api/element-template.shape';
import { createLinterConfig } from './create-linter-config';
import { createTranslateModule } from './create-translate';
import { createTokenSimulationLanguageModule } from './token-simulation-language';

export interface ProcessModelerOptions {
  readonly canvas: HTMLElement;
  readonly propertiesPanel: HTMLElement;
  /** The page's language: the modeler, its panel, lint messages and token simulation speak it. */
  readonly locale: Locale;
}

/** The diagram element the canvas knows (a shape or a connection), by its BPMN id. */
export interface CanvasElement {
  readonly id: string;
  readonly type?: string;
  readonly businessObject?: { readonly name?: string };
}

/** The services of the modeler the designer talks to; bpmn-js types them as `unknown`. */
export interface DesignerServices {
  readonly canvas: {
    zoom(level: 'fit-viewport', center?: 'auto'): void;
    addMarker(element: string, marker: string): void;
    removeMarker(element: string, marker: string): void;
    scrollToElement(element: CanvasElement): void;
  };
  readonly elementRegistry: { get(id: string): CanvasElement | undefined };
  readonly selection: { select(element: CanvasElement): void; get(): CanvasElement[] };
  readonly eventBus: {
    on(event: string, callback: (event: { active?: boolean; element?: CanvasElement }) => void): void;
    on(event: string, priority: number, callback: (event: { element?: CanvasElement }) => boolean | void): void;
  };
  readonly elementTemplates: {
    getLatest(element: CanvasElement): ElementTemplate[];
    get(element: CanvasElement): ElementTemplate | null;
    applyTemplate(element: CanvasElement, template: ElementTemplate): CanvasElement;
  };
  readonly elementTemplatesLoader: { setTemplates(templates: readonly ElementTemplate[]): void };
  readonly linting: { setLinterConfig(config: ReturnType<typeof createLinterConfig>): void };
  readonly modeling: { updateLabel(element: CanvasElement, name: string): void };
  readonly moddle: { fromXML(xml: string, typeName: string): Promise<{ rootElement: ModdleElement }> };
  readonly toggleMode: { toggleMode(active?: boolean): void };
}

export function getService<Name extends keyof DesignerServices>(modeler: BpmnModeler, name: Name): DesignerServices[Name] {
  return modeler.get<DesignerServices[Name]>(name);
}

/**
 * A bpmn-js modeler for Camunda 7: the Camunda moddle extension so every Camunda attribute
 * round-trips, the properties panel with the Camunda 7 provider (and the behaviours that keep
 * Camunda extension elements consistent while modelling), Lotflow's element templates (the
 * low-code steps), bpmnlint's recommended rules and Lotflow's on the canvas, and token simulation,
 * all in the page's language.
 */
export function createProcessModeler({ canvas, propertiesPanel, locale }: ProcessModelerOptions): BpmnModeler {
  return new BpmnModeler({
    container: canvas,
    propertiesPanel: { parent: propertiesPanel },
    linting: { bpmnlint: createLinterConfig(undefined, locale), active: true },
    elementTemplates: [],
    additionalModules: [
      BpmnPropertiesPanelModule,
      BpmnPropertiesProviderModule,
      CamundaPlatformPropertiesProviderModule,
      ElementTemplatesPropertiesProviderModule,
      CamundaPlatformBehaviorsModule,
      LintModule,
      TokenSimulationModule,
      createTokenSimulationLanguageModule(locale),
      createTranslateModule(locale),
    ],
    moddleExtensions: { camunda: camundaModdle },
  });
}
