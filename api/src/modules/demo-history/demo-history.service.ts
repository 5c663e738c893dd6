import { In, Like, type DataSource } from 'typeorm';
import { inTransaction } from '../../database/transaction.js';
import type { AuthenticatedUser, IdentityService } from '../identity/identity.service.js';
import { InventoryPostingEntity } from '../inventory/inventory.entity.js';
import type { InventoryService } from '../inventory/inventory.service.js';
import { RecordEntity } from '../records/record.entity.js';
import type { RecordService } from '../records/record.service.js';
import { ElectronicSignatureEntity } from '../signatures/electronic-signature.entity.js';
import { signedContent, type SignatureService } from '../signatures/signature.service.js';
import { planDemoHistory, type DemoHistoryPlan, type DemoHistoryStep, type Signer } from './plan-demo-history.js';
import { addDays } from './utils/add-days.util.js';
import { formatUtcOffset } from './utils/format-utc-offset.util.js';

type StepKind = DemoHistoryStep['kind'];

export interface DemoHistoryLoadResult {
  firstDay: string;
  lastDay: string;
  /** What this load added, by step kind: all zero when the history was loaded before. */
  created: Record<StepKind, number>;
  /** What was there already. */
  present: Record<StepKind, number>;
  milliseconds: number;
}

/** The plan's idempotency keys carry its last day, so a later load finds the history it completes. */
const keyPrefix = 'demo-history:v1:';
const seed = 'lotflow-iv-infusion-set';
const weeks = 17;
const signerUsernames: Record<Signer, string> = { qa: 'qa.li', mrb: 'mrb.zhao' };
const chunk = <T>(values: T[], size = 400): T[][] => Array.from({ length: Math.ceil(values.length / size) }, (_, index) => values.slice(index * size, (index + 1) * size));
const emptyCounts = (): Record<StepKind, number> => ({ record: 0, posting: 0, 'lot-status': 0, signature: 0 });

/**
 * Loads a few months of demo plant history for the IV-infusion-set pack through the api's own
 * services (records, inventory postings with their trace links, lot status, signatures), so the
 * dashboard and the trace explorer show something real on a fresh installation. Loading again
 * adds nothing: every record is looked up by code, every posting has an idempotency key, every
 * status change and signature is checked first — an interrupted load is completed by the next.
 */
export class DemoHistoryService {
  private running: Promise<DemoHistoryLoadResult> | undefined;

  constructor(
    private readonly dataSource: DataSource,
    private readonly records: RecordService,
    private readonly inventory: InventoryService,
    private readonly signatures: SignatureService,
    private readonly identity: IdentityService,
    private readonly timeZone: string,
  ) {}

  /** One load at a time: a second request waits for the first and answers what is then present. */
  async load(actor: AuthenticatedUser): Promise<DemoHistoryLoadResult> {
    while (this.running) await this.running.catch(() => undefined);
    this.running = this.loadOnce(actor);
    try {
      return await this.running;
    } finally {
      this.running = undefined;
    }
  }

  /** The plan this database holds or will hold: the one an earlier load started, else one ending yesterday. */
  async plan(): Promise<DemoHistoryPlan> {
    const earlier = await this.dataSource.getRepository(InventoryPostingEntity).findOne({ where: { idempotencyKey: Like(`${keyPrefix}%`) }, select: { idempotencyKey: true } });
    const lastDay = earlier ? earlier.idempotencyKey.slice(keyPrefix.length, keyPrefix.length + 10) : addDays(this.inventory.today(), -1);
    const calibrationDueOn = Object.fromEntries(
      (await this.dataSource.getRepository(RecordEntity).findBy({ typeKey: 'equipment' })).flatMap((equipment) =>
        typeof equipment.values.calibrationDueOn === 'string' ? [[equipment.code, equipment.values.calibrationDueOn]] : [],
      ),
    );
    return planDemoHistory({ seed, lastDay, weeks, utcOffset: formatUtcOffset(this.timeZone, new Date(`${lastDay}T12:00:00Z`)), calibrationDueOn });
  }

  private async loadOnce(actor: AuthenticatedUser): Promise<DemoHistoryLoadResult> {
    const started = Date.now();
    const plan = await this.plan();
    const postingKey = (step: DemoHistoryStep) => `${keyPrefix}${plan.lastDay}:${step.id}`;
    const recordCodes = [...new Set(plan.steps.flatMap((step) => (step.kind === 'record' ? [step.code] : [])))];
    const signedCodes = [...new Set(plan.steps.flatMap((step) => (step.kind === 'signature' ? [step.code] : [])))];

    const existing = new Map<string, Record<string, unknown>>();
    for (const codes of chunk(recordCodes)) {
      for (const record of await this.dataSource.getRepository(RecordEntity).find({ where: { code: In(codes) }, select: { code: true, values: true } })) existing.set(record.code, record.values);
    }
    const posted = new Set(
      (await this.dataSource.getRepository(InventoryPostingEntity).find({ where: { idempotencyKey: Like(`${keyPrefix}${plan.lastDay}:%`) }, select: { idempotencyKey: true } })).map((posting) => posting.idempotencyKey),
    );
    const signed = new Set<string>();
    for (const codes of chunk(signedCodes)) {
      for (const signature of await this.dataSource.getRepository(ElectronicSignatureEntity).find({ where: { subjectId: In(codes) }, select: { subjectType: true, subjectId: true, meaning: true } })) {
        signed.add(`${signature.subjectType}:${signature.subjectId}:${signature.meaning}`);
      }
    }
    const users = new Map((await this.identity.listUsers()).map((user) => [user.username, user]));
    // The pack's demo people sign what their role signs; without them, the person loading the history does.
    const signer = (role: Signer) => users.get(signerUsernames[role]) ?? actor;

    const created = emptyCounts();
    const present = emptyCounts();
    for (const step of plan.steps) {
      const done = await this.carryOut(step, { actor, existing, posted: posted.has(postingKey(step)), signed, signer, postingKey: postingKey(step) });
      (done ? created : present)[step.kind] += 1;
    }
    return { firstDay: plan.firstDay, lastDay: plan.lastDay, created, present, milliseconds: Date.now() - started };
  }

  /** Carries out one step unless its effect is there already; true when it changed something. */
  private async carryOut(
    step: DemoHistoryStep,
    context: { actor: AuthenticatedUser; existing: Map<string, Record<string, unknown>>; posted: boolean; signed: Set<string>; signer: (role: Signer) => AuthenticatedUser; postingKey: string },
  ): Promise<boolean> {
    const reason = 'Demo history of the IV infusion set pack';
    switch (step.kind) {
      case 'record': {
        if (context.existing.has(step.code)) return false;
        const record = await this.records.create(step.type, { values: step.values, actor: context.actor.username, locale: 'en', reason });
        context.existing.set(record.code, record.values);
        return true;
      }
      case 'posting': {
        if (context.posted) return false;
        const { replayed } = await this.inventory.postMovements({ idempotencyKey: context.postingKey, movements: step.movements, links: step.links }, context.actor.username);
        return !replayed;
      }
      case 'lot-status': {
        const current = context.existing.get(step.lot)?.status;
        // Each lot of the history changes status once, from quarantine.
        if (current !== undefined && current !== 'quarantine') return false;
        const { lot } = await this.inventory.changeLotStatus(step.lot, { status: step.status, reason: step.reason, actor: context.actor.username, locale: 'en' });
        context.existing.set(step.lot, lot.values);
        return true;
      }
      case 'signature': {
        const seen = `${step.type}:${step.code}:${step.meaning}`;
        if (context.signed.has(seen)) return false;
        const record = await this.records.get(step.type, step.code, 'en');
        await inTransaction(this.dataSource, (manager) =>
          this.signatures.sign(manager, {
            signer: context.signer(step.signer),
            meaning: step.meaning,
            subject: { type: record.typeKey, id: record.code, version: record.revision, content: signedContent(record) },
          }),
        );
        context.signed.add(seen);
        return true;
      }
    }
  }
}
