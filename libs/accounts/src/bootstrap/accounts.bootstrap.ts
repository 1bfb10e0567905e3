import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { v7 as uuidv7 } from 'uuid';
import { addDays, APP_CONFIG, AppConfig, Clock, Role } from '@enlace/core';
import { NewSuppliersWrite, SupplierAuditAction, SupplierStore } from '@enlace/suppliers';
import { hashPassword } from '../auth/password';
import { TokenService } from '../auth/token.service';
import { UserRepository } from '../users/user.repository';

export interface DemoAccount {
  email: string;
  password: string;
  role: Role;
  oem?: string;
}

/** The demo accounts SEED_DEMO=1 creates (also listed in the README). Development use only. */
export const DEMO_ACCOUNTS: DemoAccount[] = [
  { email: 'admin@demo.enlace.local', password: 'demo-admin-2026', role: Role.ADMIN },
  { email: 'buyer@demo.enlace.local', password: 'demo-buyer-2026', role: Role.OEM_BUYER, oem: 'General Motors' },
  { email: 'analyst@demo.enlace.local', password: 'demo-analyst-2026', role: Role.INVESTMENT_ANALYST },
  { email: 'supplier@demo.enlace.local', password: 'demo-supplier-2026', role: Role.SUPPLIER },
];

/** The supplier profile the demo SUPPLIER account edits (source "demo", source id below). */
export const DEMO_SUPPLIER_SOURCE_ID = 'enlace-demo-supplier-1';

/** Start-up accounts: the bootstrap admin and, with SEED_DEMO=1, the demo accounts. Idempotent. */
@Injectable()
export class AccountsBootstrap {
  private readonly log = new Logger('Accounts');

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @InjectDataSource() private readonly db: DataSource,
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly store: SupplierStore,
    private readonly clock: Clock,
  ) {}

  /**
   * Creates the ADMIN_EMAIL account with ADMIN_PASSWORD when it does not exist. An existing
   * account is left alone (its password may have been changed since; it is never overwritten).
   */
  async ensureAdmin(): Promise<void> {
    this.tokens.init();
    const email = this.config.adminEmail;
    const existing = await this.users.byEmail(email);
    if (existing) {
      if (existing.role !== Role.ADMIN)
        this.log.warn(`ADMIN_EMAIL ${email} belongs to a ${existing.role} account; no admin was created`);
      return;
    }
    const id = await this.users.insertIfAbsent({
      email,
      passwordHash: await hashPassword(this.config.adminPassword),
      role: Role.ADMIN,
      oem: null,
      supplierId: null,
    });
    if (id) this.log.log(`created the bootstrap admin ${email}`);
  }

  /** One account per role plus the demo supplier profile they use; existing ones are kept. */
  async seedDemo(): Promise<void> {
    const supplierId = await this.ensureDemoSupplier();
    let created = 0;
    for (const a of DEMO_ACCOUNTS) {
      if (a.role === Role.ADMIN && this.config.nodeEnv === 'production') {
        this.log.warn('SEED_DEMO in production: the demo ADMIN account is not created');
        continue;
      }
      if (await this.users.byEmail(a.email)) continue;
      const oem = a.oem ? await this.users.oemName(a.oem) : null;
      if (a.oem && !oem) {
        this.log.warn(`demo account ${a.email}: OEM "${a.oem}" is not in the reference data; skipped`);
        continue;
      }
      const id = await this.users.insertIfAbsent({
        email: a.email,
        passwordHash: await hashPassword(a.password),
        role: a.role,
        oem,
        supplierId: a.role === Role.SUPPLIER ? supplierId : null,
      });
      if (id) created++;
    }
    if (created) this.log.log(`created ${created} demo account(s)`);
  }

  /** The demo SUPPLIER account's profile, created once (with a capability and a certificate). */
  private async ensureDemoSupplier(): Promise<string> {
    return this.db.transaction(async (m) => {
      const id = uuidv7();
      const written = await this.store.createMissing(m, demoSupplier(id, this.clock.today()));
      if (written.created.has(id)) return id;
      const [existing] = await m.query<Array<{ id: string }>>(
        `SELECT id FROM suppliers WHERE source = 'demo' AND source_id = $1`,
        [DEMO_SUPPLIER_SOURCE_ID],
      );
      return existing.id;
    });
  }
}

/** The demo profile "Autopartes Demo del Bajío" in León, as new rows for SupplierStore.createMissing. */
function demoSupplier(id: string, today: string): NewSuppliersWrite {
  return {
    creates: [
      {
        id,
        name: 'Autopartes Demo del Bajío',
        rfc: null,
        tier: 'TIER_2',
        stateCode: 'MX-GUA',
        city: 'León',
        lat: 21.1221,
        lng: -101.686,
        employees: null,
        contactEmail: 'ventas@autopartes-demo.example',
        contactPhone: null,
        website: 'https://autopartes-demo.example',
        profileConfirmedAt: null,
        source: 'demo',
        sourceId: DEMO_SUPPLIER_SOURCE_ID,
      },
    ],
    capabilities: [
      {
        supplierId: id,
        process: 'injection-molding',
        materials: ['PP', 'ABS', 'PA66'],
        notes: 'Demo capability',
        position: 0,
      },
    ],
    certifications: [
      {
        supplierId: id,
        scheme: 'IATF-16949',
        certificateNumber: 'DEMO-IATF-0001',
        issuer: 'Demo Certification Body',
        issuedOn: addDays(today, -400),
        expiresOn: addDays(today, 695),
        recordedStatus: null,
      },
    ],
    audit: [
      {
        supplierId: id,
        actor: { userId: null, email: null },
        action: SupplierAuditAction.CREATE,
        version: 1,
        changes: { source: { old: null, new: 'demo' } },
      },
    ],
  };
}
