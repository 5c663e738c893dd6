'use client';

import dynamic from 'next/dynamic';
import type { ProcessDesignerProps } from './process-designer';

type ProcessDesignerLoaderProps = ProcessDesignerProps & { readonly loadingLabel: string };

// bpmn-js draws into the DOM and reads `window` on import: it runs in the browser only.
const ProcessDesigner = dynamic(() => import('./process-designer').then((module) => module.ProcessDesigner), {
  ssr: false,
  loading: () => <div className="designer__loading" aria-busy="true" />,
});

/** The designer, loaded in the browser; the server sends the page around it and a placeholder. */
export function ProcessDesignerLoader({ loadingLabel, ...props }: ProcessDesignerLoaderProps) {
  return (
    <div className="designer-host">
      <ProcessDesigner {...props} />
      <noscript>
        <p className="designer__loading">{loadingLabel}</p>
      </noscript>
    </div>
  );
}
