'use client';

import { usePathname, useRouter } from 'next/navigation';
import { useMemo, useRef, useState, useTransition } from 'react';
import { formatDateTime } from '../../../shared/format/format-date-time';
import { createTranslator } from '../../../shared/i18n/create-translator';
import type { Locale } from '../../../shared/i18n/locales';
import { signInPathFor } from '../../../shared/session/sign-in-path';
import { takeSnapshotAction } from '../actions/take-snapshot.action';
import { describeApiFailure } from '../utils/describe-api-failure';
import { dataQualityHref } from '../utils/read-data-quality-view';

type Message = { readonly tone: 'good' | 'critical'; readonly text: string; readonly sequence: number };

const UNAUTHORIZED = 401;

/** Takes a snapshot, then shows the snapshots tab comparing it with the one before. */
export function TakeSnapshotButton({ locale }: { readonly locale: Locale }) {
  const t = useMemo(() => createTranslator(locale), [locale]);
  const router = useRouter();
  const pathname = usePathname();
  const [taking, setTaking] = useState(false);
  const [refreshing, startRefresh] = useTransition();
  const [message, setMessage] = useState<Message | null>(null);
  const sequence = useRef(0);

  const take = async () => {
    setTaking(true);
    const result = await takeSnapshotAction();
    if (result.outcome === 'problem' && result.status === UNAUTHORIZED) {
      window.location.assign(signInPathFor(pathname));
      return;
    }
    sequence.current += 1;
    setMessage(
      result.outcome === 'ok'
        ? { tone: 'good', text: t('dataQuality.snapshots.taken', { time: formatDateTime(result.data.takenAt, locale) }), sequence: sequence.current }
        : { tone: 'critical', text: t('dataQuality.snapshots.takeFailed', { reason: describeApiFailure(result, t) }), sequence: sequence.current },
    );
    setTaking(false);
    // Without a choice in the address, the page compares the two latest: the new one with the one before.
    startRefresh(() => {
      router.push(dataQualityHref({ tab: 'snapshots' }));
      router.refresh();
    });
  };

  const busy = taking || refreshing;
  return (
    <div className="data-quality__take" data-busy={busy}>
      <button type="button" className="button button--primary" onClick={take} disabled={busy} data-testid="snapshot-take">
        {taking ? t('dataQuality.snapshots.taking') : t('dataQuality.snapshots.take')}
      </button>
      {message !== null && (
        <p className={`data-quality__message data-quality__message--${message.tone}`} role="status" data-testid="snapshot-message" data-tone={message.tone} data-sequence={message.sequence}>
          {message.text}
        </p>
      )}
    </div>
  );
}
