/** Who calls the api: its address and the signed-in person's session token. */
export interface Caller {
  readonly apiBaseUrl: string;
  readonly sessionToken: string;
}

export type VersionSelector = number | 'draft' | 'latest';

export const tablePath = (key: string, rest: string) => `rule-tables/${encodeURIComponent(key)}/${rest}`;
