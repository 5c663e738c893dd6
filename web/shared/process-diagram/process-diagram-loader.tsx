'use client';

import './process-diagram.css';

import dynamic from 'next/dynamic';
import type { ProcessDiagramProps } from './process-diagram';

// bpmn-js draws into the DOM and reads `window` on import: it runs in the browser only.
const ProcessDiagram = dynamic(() => import('./process-diagram').then((module) => module.ProcessDiagram), {
  ssr: false,
  loading: () => <div className="process-diagram__placeholder" aria-busy="true" />,
});

/**
 * A process instance's diagram with its current, failed and completed steps marked, and its
 * history. Feed it `GET /process-instances/{id}/context` (see `get-process-context.ts`).
 */
export function ProcessDiagramLoader(props: ProcessDiagramProps) {
  return <ProcessDiagram {...props} />;
}
