import { Inject, Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { APP_CONFIG, AppConfig, Role } from '@enlace/core';
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

  private async ensureDemoSupplier(): Promise<string> {
    return this.db.transaction(async (m) => {
      const [row] = await m.query(
        `INSERT INTO suppliers (name, tier, state_code, city, lat, lng, source, source_id, contact_email, website)
         VALUES ('Autopartes Demo del Bajío', 'TIER_2', 'MX-GUA', 'León', 21.1221, -101.6860, 'demo', $1, 'ventas@autopartes-demo.example', 'https://autopartes-demo.example')
         ON CONFLICT (source, source_id) DO NOTHING RETURNING id`,
        [DEMO_SUPPLIER_SOURCE_ID],
      );
      if (!row) {
        const [existing] = await m.query(`SELECT id FROM suppliers WHERE source = 'demo' AND source_id = $1`, [
          DEMO_SUPPLIER_SOURCE_ID,
        ]);
        return existing.id as string;
      }
      await m.query(
        `INSERT INTO supplier_capabilities (supplier_id, process_code, materials, notes, position)
         SELECT $1, code, $2::text[], 'Demo capability', 0 FROM processes WHERE code = 'injection-molding'`,
        [row.id, ['PP', 'ABS', 'PA66']],
      );
      await m.query(
        `INSERT INTO certifications (supplier_id, scheme_code, certificate_number, issuer, issued_on, expires_on)
         SELECT $1, code, 'DEMO-IATF-0001', 'Demo Certification Body', current_date - 400, current_date + 695
           FROM certification_schemes WHERE code = 'IATF-16949'`,
        [row.id],
      );
      await m.query(
        `INSERT INTO supplier_audit (supplier_id, action, version, changes) VALUES ($1, 'CREATE', 1, '{"source": {"old": null, "new": "demo"}}')`,
        [row.id],
      );
      return row.id as string;
    });
  }
}
