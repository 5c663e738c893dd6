import { describe, expect, it } from 'vitest';
import { computeDiagramMarkers } from '../compute-diagram-markers';

describe('computeDiagramMarkers', () => {
  it('given a token that failed in a step it had entered before, then that step is marked failed, not active or visited', () => {
    const markers = computeDiagramMarkers({
      activeActivityIds: ['Task_Inspect', 'Task_Label'],
      incidentActivityIds: ['Task_Inspect'],
      history: [
        { activityId: 'Start', endedAt: '2025-01-01T08:00:00Z' },
        { activityId: 'Task_Inspect', endedAt: '2025-01-01T08:01:00Z' },
        { activityId: 'Task_Inspect', endedAt: null },
        { activityId: 'Task_Label', endedAt: null },
      ],
    });

    expect(Object.fromEntries(markers)).toEqual({ Start: 'lotflow-visited', Task_Inspect: 'lotflow-incident', Task_Label: 'lotflow-active' });
  });

  it('given an ended instance, then only the steps it passed through are marked', () => {
    const markers = computeDiagramMarkers({
      activeActivityIds: [],
      incidentActivityIds: [],
      history: [
        { activityId: 'Start', endedAt: '2025-01-01T08:00:00Z' },
        { activityId: 'End', endedAt: '2025-01-01T08:00:00Z' },
      ],
    });

    expect(Object.fromEntries(markers)).toEqual({ Start: 'lotflow-visited', End: 'lotflow-visited' });
  });
});
