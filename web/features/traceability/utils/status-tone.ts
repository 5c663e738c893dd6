import type { StatusTone } from '../../../shared/components/status-badge';

const TONES: Readonly<Record<string, StatusTone>> = {
  released: 'good',
  passed: 'good',
  pass: 'good',
  accepted: 'good',
  approved: 'good',
  active: 'good',
  completed: 'good',
  closed: 'good',
  shipped: 'good',
  delivered: 'good',
  dispositioned: 'good',
  quarantine: 'warning',
  open: 'warning',
  'in-progress': 'warning',
  inspecting: 'warning',
  received: 'warning',
  'mrb-review': 'warning',
  pending: 'warning',
  'awaiting-results': 'warning',
  'at-contractor': 'warning',
  hold: 'critical',
  rejected: 'critical',
  failed: 'critical',
  fail: 'critical',
  cancelled: 'neutral',
};

/** The colour a status is shown in; the text always says the status as well. */
export function statusTone(status: string | undefined): StatusTone {
  return (status && TONES[status]) || 'neutral';
}
