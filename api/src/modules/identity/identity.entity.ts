import { EntitySchema } from 'typeorm';

/** Roles are also the engine's candidate groups: a user in `qa` works the tasks of group `qa`. */
export const roles = ['admin', 'analyst', 'data-steward', 'operations', 'qa', 'purchasing', 'mrb', 'production', 'warehouse'] as const;
export type Role = (typeof roles)[number];

export interface User {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  active: boolean;
  createdAt: Date;
}

export interface Session {
  /** sha256 of the token: a stolen database does not hand out live sessions. */
  tokenHash: string;
  userId: string;
  createdAt: Date;
  expiresAt: Date;
}

export const UserEntity = new EntitySchema<User>({
  name: 'User',
  tableName: 'app_user',
  columns: {
    id: { type: 'varchar', length: 36, primary: true },
    username: { type: 'varchar', length: 64, unique: true },
    displayName: { name: 'display_name', type: 'varchar', length: 128 },
    passwordHash: { name: 'password_hash', type: 'varchar', length: 255 },
    roles: { type: 'simple-json' },
    active: { type: 'boolean' },
    createdAt: { name: 'created_at', type: 'datetime' },
  },
});

export const SessionEntity = new EntitySchema<Session>({
  name: 'Session',
  tableName: 'app_session',
  columns: {
    tokenHash: { name: 'token_hash', type: 'varchar', length: 64, primary: true },
    userId: { name: 'user_id', type: 'varchar', length: 36 },
    createdAt: { name: 'created_at', type: 'datetime' },
    expiresAt: { name: 'expires_at', type: 'datetime' },
  },
});
