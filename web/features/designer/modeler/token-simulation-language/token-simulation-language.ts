import type { TextTranslator } from '../../utils/create-text-translator';

const TRANSLATED_ATTRIBUTES = ['title', 'aria-label'] as const;
// Every element bpmn-js-token-simulation renders carries a class starting with `bts-`.
const SIMULATION_ELEMENT = '[class*="bts-"]';

interface Canvas {
  getContainer(): HTMLElement;
}

interface EventBus {
  on(event: string, callback: () => void): void;
}

/**
 * bpmn-js-token-simulation writes its English straight into the DOM (palette titles, the log,
 * notifications, context pads) and offers no `translate`. This service translates what it
 * renders inside the canvas, when it appears, with the texts of `token-simulation.zh-CN.ts`; the
 * simulation itself is left alone. With English it does nothing.
 */
export class TokenSimulationLanguage {
  static $inject = ['canvas', 'eventBus', 'tokenSimulationTranslate'];

  private readonly observer: MutationObserver | null = null;

  constructor(canvas: Canvas, eventBus: EventBus, private readonly translateText: TextTranslator | null) {
    if (translateText === null) {
      return;
    }
    const container = canvas.getContainer();
    this.translateTree(container);
    this.observer = new MutationObserver((mutations) => {
      for (const mutation of mutations) {
        if (mutation.type === 'attributes') {
          this.translateElement(mutation.target as Element);
        } else {
          mutation.addedNodes.forEach((node) => this.translateTree(node));
          if (mutation.target.nodeType === Node.ELEMENT_NODE) {
            this.translateElement(mutation.target as Element);
          }
        }
      }
    });
    this.observer.observe(container, { subtree: true, childList: true, attributes: true, attributeFilter: [...TRANSLATED_ATTRIBUTES] });
    eventBus.on('diagram.destroy', () => this.observer?.disconnect());
  }

  private translateTree(node: Node): void {
    if (node.nodeType === Node.TEXT_NODE) {
      this.translateTextNode(node as Text);
      return;
    }
    if (node.nodeType !== Node.ELEMENT_NODE) {
      return;
    }
    const element = node as Element;
    this.translateElement(element);
    element.querySelectorAll(SIMULATION_ELEMENT).forEach((inner) => this.translateElement(inner));
  }

  /** The element's own titles and texts, when it belongs to the simulation. */
  private translateElement(element: Element): void {
    if (element.closest(SIMULATION_ELEMENT) === null) {
      return;
    }
    for (const attribute of TRANSLATED_ATTRIBUTES) {
      const value = element.getAttribute(attribute);
      if (value !== null) {
        const translated = this.translateText!(value.trim());
        if (translated !== value.trim()) {
          element.setAttribute(attribute, translated);
        }
      }
    }
    element.childNodes.forEach((child) => {
      if (child.nodeType === Node.TEXT_NODE) {
        this.translateTextNode(child as Text);
      }
    });
  }

  private translateTextNode(text: Text): void {
    const content = text.data;
    const trimmed = content.trim();
    if (trimmed.length === 0 || text.parentElement?.closest(SIMULATION_ELEMENT) == null) {
      return;
    }
    const translated = this.translateText!(trimmed);
    if (translated !== trimmed) {
      text.data = content.replace(trimmed, translated);
    }
  }
}
