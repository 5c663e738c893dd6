'use client';

import { useRef, useState, type ChangeEvent } from 'react';
import type { Translate } from '../../../shared/i18n/create-translator';
import type { FileFormat } from '../api/transfer-rule-table-file';
import styles from './rule-table-editor.module.css';

/** How a transfer ended, for the editor's status line. */
export type TransferOutcome =
  | { readonly kind: 'imported'; readonly file: string; readonly body: unknown }
  | { readonly kind: 'exported'; readonly file: string }
  | { readonly kind: 'failed'; readonly status: number; readonly body: unknown; readonly file: string };

interface FileTransferProps {
  readonly tableKey: string;
  /** The version to export: a number, `draft` or `latest`. */
  readonly exportVersion: string;
  readonly canImport: boolean;
  readonly disabled: boolean;
  readonly t: Translate;
  onOutcome(outcome: TransferOutcome): void;
  /** Asked before an import replaces the draft; false keeps it. */
  confirmImport(): boolean;
}

type Progress = { readonly direction: 'import' | 'export'; readonly file: string; readonly loaded: number; readonly total: number | null } | null;

const FORMAT_OF_EXTENSION: Readonly<Record<string, FileFormat>> = { xlsx: 'xlsx', csv: 'csv', dmn: 'dmn', xml: 'dmn' };
const readBody = (text: string): unknown => {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
};

/**
 * Excel, CSV and DMN in and out through this site's routes (the browser never talks to the api),
 * with a progress bar: large spreadsheets take a while each way.
 */
export function FileTransfer({ tableKey, exportVersion, canImport, disabled, t, onOutcome, confirmImport }: FileTransferProps) {
  const [format, setFormat] = useState<FileFormat>('xlsx');
  const [progress, setProgress] = useState<Progress>(null);
  const fileRef = useRef<HTMLInputElement>(null);

  const onExport = async () => {
    const file = `${tableKey}.${format}`;
    setProgress({ direction: 'export', file, loaded: 0, total: null });
    try {
      const response = await fetch(`/rule-tables/${encodeURIComponent(tableKey)}/export?format=${format}&version=${exportVersion}`);
      if (!response.ok || response.body === null) {
        onOutcome({ kind: 'failed', status: response.status, body: readBody(await response.text()), file });
        return;
      }
      const total = Number(response.headers.get('content-length')) || null;
      const reader = response.body.getReader();
      const chunks: Uint8Array<ArrayBuffer>[] = [];
      let loaded = 0;
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        chunks.push(value);
        loaded += value.byteLength;
        setProgress({ direction: 'export', file, loaded, total });
      }
      const name = /filename="?([^";]+)"?/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? file;
      const url = URL.createObjectURL(new Blob(chunks, { type: response.headers.get('content-type') ?? 'application/octet-stream' }));
      const link = document.createElement('a');
      link.href = url;
      link.download = name;
      link.click();
      URL.revokeObjectURL(url);
      onOutcome({ kind: 'exported', file: name });
    } catch (error) {
      onOutcome({ kind: 'failed', status: 0, body: error instanceof Error ? error.message : String(error), file });
    } finally {
      setProgress(null);
    }
  };

  const onImport = (event: ChangeEvent<HTMLInputElement>) => {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (file === undefined || !confirmImport()) {
      return;
    }
    const chosen = FORMAT_OF_EXTENSION[file.name.split('.').pop()?.toLowerCase() ?? ''] ?? format;
    // XMLHttpRequest, because fetch does not report upload progress.
    const request = new XMLHttpRequest();
    request.open('POST', `/rule-tables/${encodeURIComponent(tableKey)}/import?format=${chosen}`);
    request.setRequestHeader('content-type', 'application/octet-stream');
    request.upload.onprogress = (progressEvent) =>
      setProgress({ direction: 'import', file: file.name, loaded: progressEvent.loaded, total: progressEvent.lengthComputable ? progressEvent.total : file.size });
    request.onload = () => {
      setProgress(null);
      const body = readBody(request.responseText);
      onOutcome(request.status === 200 ? { kind: 'imported', file: file.name, body } : { kind: 'failed', status: request.status, body, file: file.name });
    };
    request.onerror = () => {
      setProgress(null);
      onOutcome({ kind: 'failed', status: 0, body: null, file: file.name });
    };
    setProgress({ direction: 'import', file: file.name, loaded: 0, total: file.size });
    request.send(file);
  };

  const busy = disabled || progress !== null;
  return (
    <div className={styles.transfer}>
      <select value={format} onChange={(event) => setFormat(event.target.value as FileFormat)} aria-label={t('ruleTables.transfer.format')} data-testid="rule-transfer-format" disabled={busy}>
        <option value="xlsx">{t('ruleTables.transfer.xlsx')}</option>
        <option value="csv">{t('ruleTables.transfer.csv')}</option>
        <option value="dmn">{t('ruleTables.transfer.dmn')}</option>
      </select>
      <button type="button" className="button button--secondary button--small" onClick={() => void onExport()} disabled={busy} data-testid="rule-export">
        {t('ruleTables.transfer.export')}
      </button>
      {canImport && (
        <label className={`button button--secondary button--small${busy ? ' button--disabled' : ''}`}>
          {t('ruleTables.transfer.import')}
          <input ref={fileRef} type="file" accept=".xlsx,.csv,.dmn,.xml" className="visually-hidden" onChange={onImport} disabled={busy} data-testid="rule-import" />
        </label>
      )}
      {progress !== null && (
        <span className={styles.progress} data-testid="rule-transfer-progress">
          <progress value={progress.total === null ? undefined : progress.loaded} max={progress.total ?? undefined} />
          {t(progress.direction === 'import' ? 'ruleTables.transfer.uploading' : 'ruleTables.transfer.downloading', {
            file: progress.file,
            percent: progress.total === null || progress.total === 0 ? '…' : `${Math.round((progress.loaded / progress.total) * 100)} %`,
          })}
        </span>
      )}
    </div>
  );
}
