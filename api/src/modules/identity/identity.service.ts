import { createHash, randomBytes, randomUUID } from 'node:crypto';
import { hash, verify } from '@node-rs/argon2';
import { In, LessThan, type DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import { InvalidCredentialsError } from '../../http/lotflow-error.js';
import type { AuditTrail } from '../audit/audit-trail.service.js';
import { SessionEntity, UserEntity, type Role, type User } from './identity.entity.js';

export interface AuthenticatedUser {
  id: string;
  username: string;
  displayName: string;
  roles: Role[];
}

export interface NewUser {
  username: string;
  displayName: string;
  password: string;
  roles: Role[];
}

/** The demo pack's people; their password is the one given to seedDemoUsers. */
export const demoUsers: Array<Omit<NewUser, 'password'>> = [
  { username: 'admin', displayName: 'Administrator / 系统管理员', roles: ['admin'] },
  { username: 'analyst.chen', displayName: 'Chen Jing / 陈静', roles: ['analyst', 'data-steward'] },
  { username: 'qa.li', displayName: 'Li Wei / 李伟', roles: ['qa'] },
  { username: 'purchasing.wang', displayName: 'Wang Fang / 王芳', roles: ['purchasing'] },
  { username: 'mrb.zhao', displayName: 'Zhao Min / 赵敏', roles: ['mrb', 'qa'] },
  { username: 'production.liu', displayName: 'Liu Yang / 刘洋', roles: ['production'] },
  { username: 'operations.sun', displayName: 'Sun Hao / 孙浩', roles: ['operations'] },
  { username: 'warehouse.zhou', displayName: 'Zhou Lei / 周磊', roles: ['warehouse'] },
];

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function toAuthenticated(user: User): AuthenticatedUser {
  return { id: user.id, username: user.username, displayName: user.displayName, roles: user.roles };
}

/** Users, password checks (argon2id) and sessions. */
export class IdentityService {
  // A verification against this hash costs the same as a real one: unknown names take as long as wrong passwords.
  private readonly decoyHash = hash(randomBytes(16).toString('hex'));

  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditTrail,
    private readonly sessionTtlMinutes: number,
  ) {}

  async createUser(input: NewUser, actor: string): Promise<AuthenticatedUser> {
    const user: User = {
      id: randomUUID(),
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hash(input.password),
      roles: input.roles,
      active: true,
      createdAt: new Date(),
    };
    await inTransaction(this.dataSource, async (manager) => {
      await manager.getRepository(UserEntity).insert(user);
      await this.audit.append(manager, {
        actor,
        action: 'user.created',
        entityType: 'user',
        entityId: user.username,
        after: { username: user.username, displayName: user.displayName, roles: user.roles },
      });
    });
    return toAuthenticated(user);
  }

  /** Creates the given users unless any user exists yet. Returns how many it created. */
  async seedIfEmpty(users: NewUser[]): Promise<number> {
    if ((await this.dataSource.getRepository(UserEntity).count()) > 0) return 0;
    for (const user of users) await this.createUser(user, 'system');
    return users.length;
  }

  async login(username: string, password: string): Promise<{ token: string; expiresAt: Date; user: AuthenticatedUser }> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ username });
    const valid = user?.active ? await verify(user.passwordHash, password) : await verify(await this.decoyHash, password).then(() => false);
    if (!user || !valid) {
      await inTransaction(this.dataSource, (manager) =>
        this.audit.append(manager, { actor: username.slice(0, 64), action: 'login.failed', entityType: 'user', entityId: username.slice(0, 255) }),
      );
      throw new InvalidCredentialsError();
    }
    const token = randomBytes(32).toString('base64url');
    const now = new Date();
    const expiresAt = new Date(now.getTime() + this.sessionTtlMinutes * 60_000);
    await inTransaction(this.dataSource, async (manager) => {
      await manager.getRepository(SessionEntity).insert({ tokenHash: hashToken(token), userId: user.id, createdAt: now, expiresAt });
      await this.audit.append(manager, { actor: user.username, action: 'login.succeeded', entityType: 'user', entityId: user.username });
    });
    await this.removeExpiredSessions(user.id, now);
    return { token, expiresAt, user: toAuthenticated(user) };
  }

  /**
   * Housekeeping after a sign-in, outside its transaction and by primary key: a range delete
   * inside it took next-key locks on MySQL that deadlocked parallel sign-ins of one person.
   */
  private async removeExpiredSessions(userId: string, now: Date): Promise<void> {
    const repository = this.dataSource.getRepository(SessionEntity);
    const expired = await repository.find({ select: { tokenHash: true }, where: { userId, expiresAt: LessThan(now) } });
    if (expired.length > 0) await repository.delete({ tokenHash: In(expired.map((session) => session.tokenHash)) });
  }

  async logout(token: string, actor: string): Promise<void> {
    await inTransaction(this.dataSource, async (manager) => {
      await manager.getRepository(SessionEntity).delete({ tokenHash: hashToken(token) });
      await this.audit.append(manager, { actor, action: 'logout', entityType: 'user', entityId: actor });
    });
  }

  /** The signed-in user of a session token, or null when it is unknown or expired. */
  async authenticate(token: string): Promise<AuthenticatedUser | null> {
    const session = await this.dataSource.getRepository(SessionEntity).findOneBy({ tokenHash: hashToken(token) });
    if (!session || session.expiresAt.getTime() <= Date.now()) return null;
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: session.userId });
    return user?.active ? toAuthenticated(user) : null;
  }

  /** Re-checks a signed-in user's password, as an electronic signature requires (21 CFR 11.200). */
  async verifyPassword(userId: string, password: string): Promise<boolean> {
    const user = await this.dataSource.getRepository(UserEntity).findOneBy({ id: userId });
    return user?.active ? verify(user.passwordHash, password) : false;
  }

  async listUsers(): Promise<AuthenticatedUser[]> {
    return (await this.dataSource.getRepository(UserEntity).find({ order: { username: 'ASC' } })).map(toAuthenticated);
  }
}
