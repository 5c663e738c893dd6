/** The CSS classes the viewer puts on diagram elements; `process-diagram.css` draws them. */
export const DIAGRAM_MARKERS = {
  incident: 'lotflow-incident',
  active: 'lotflow-active',
  visited: 'lotflow-visited',
} as const;

export type DiagramMarker = (typeof DIAGRAM_MARKERS)[keyof typeof DIAGRAM_MARKERS];

interface MarkerInput {
  readonly activeActivityIds: readonly string[];
  readonly incidentActivityIds: readonly string[];
  readonly history: readonly { readonly activityId: string; readonly endedAt: string | null }[];
}

/**
 * One marker per element: a failed step shows as failed even though its token is still there,
 * a step the token is in as active, and a step it has passed through as visited.
 */
export function computeDiagramMarkers({ activeActivityIds, incidentActivityIds, history }: MarkerInput): ReadonlyMap<string, DiagramMarker> {
  const markers = new Map<string, DiagramMarker>();
  for (const entry of history) {
    if (entry.endedAt !== null) markers.set(entry.activityId, DIAGRAM_MARKERS.visited);
  }
  for (const id of activeActivityIds) markers.set(id, DIAGRAM_MARKERS.active);
  for (const id of incidentActivityIds) markers.set(id, DIAGRAM_MARKERS.incident);
  return markers;
}
