import { Injectable } from '@nestjs/common';
import { EventType, Language } from '@enlace/core';
import { CatalogService } from '@enlace/catalog';
import { qualifies, RankingService, SourcingRequestStatus, SourcingService } from '@enlace/matching';
import { SupplierRepository } from '@enlace/suppliers';
import { EventRow } from './events.repository';
import { Message, words, writtenDate } from './notification-messages';
import { NewNotification, NotificationsRepository, Recipient } from './notifications.repository';

/** Who an event concerns and what each of them is told, in their language. */
@Injectable()
export class NotificationComposer {
  constructor(
    private readonly repo: NotificationsRepository,
    private readonly sourcing: SourcingService,
    private readonly ranking: RankingService,
    private readonly catalog: CatalogService,
    private readonly suppliers: SupplierRepository,
  ) {}

  compose(e: EventRow): Promise<NewNotification[]> {
    switch (e.type) {
      case EventType.SOURCING_REQUEST_OPENED:
        return this.opened(e.payload.requestId);
      case EventType.SOURCING_REQUEST_AWARDED:
        return this.awarded(e.payload.requestId, e.payload.supplierId);
      case EventType.CERTIFICATION_EXPIRING:
        return this.toSupplier(e.payload.supplierId, '/profile', (l) =>
          words(l).expiring(
            e.payload.scheme.replace('-', ' '),
            Number(e.payload.days),
            writtenDate(e.payload.expiresOn, l),
          ),
        );
      case EventType.PROFILE_STALE:
        return this.toSupplier(e.payload.supplierId, '/profile', (l) =>
          words(l).stale(writtenDate(e.payload.since, l)),
        );
      case EventType.WEBHOOK_DEACTIVATED:
        return this.toOwner(e.payload.userId, (l) => words(l).webhookDeactivated(e.payload.url));
    }
  }

  private async processName(code: string, language: Language): Promise<string> {
    const p = await this.catalog.process(code);
    return p ? (language === Language.EN ? p.name : p.nameEs) : code;
  }

  /** SUPPLIER accounts whose profile qualifies for the request (the rule of openSourcingRequestsForMe), set-wise: one read of their rows. */
  private async opened(requestId: string): Promise<NewNotification[]> {
    const found = await this.sourcing.criteriaOf(requestId);
    if (!found || found.request.status !== SourcingRequestStatus.OPEN) return [];
    const { plant, params } = found;
    const accounts = await this.repo.supplierAccountsWithProcess(params.process);
    const candidates = await this.ranking.candidates(plant, params, [...new Set(accounts.map((a) => a.supplierId!))]);
    const qualified = new Set(candidates.filter((c) => qualifies(c, params)).map((c) => c.id));
    const said = new Map<Language, Message>();
    for (const language of [Language.ES, Language.EN])
      said.set(
        language,
        words(language).opened(await this.processName(params.process, language), plant.name, plant.oem),
      );
    return accounts
      .filter((a) => qualified.has(a.supplierId!))
      .map((a) => ({ userId: a.userId, ...said.get(a.language)!, link: '/profile' }));
  }

  /** The OEM's buyers (link to the request) and the awarded supplier's accounts. */
  private async awarded(requestId: string, supplierId: string): Promise<NewNotification[]> {
    const found = await this.sourcing.criteriaOf(requestId);
    if (!found) return [];
    const { plant, params } = found;
    const [row] = await this.suppliers.byIds([supplierId]);
    const note = async (r: Recipient, link: string, say: (process: string) => Message) => ({
      userId: r.userId,
      ...say(await this.processName(params.process, r.language)),
      link,
    });
    const buyers = await this.repo.buyersOf(plant.oem);
    const sellers = await this.repo.supplierAccounts(supplierId);
    return Promise.all([
      ...buyers.map((r) =>
        note(r, `/requests/${requestId}`, (p) =>
          words(r.language).awardedBuyer(p, plant.name, row?.name ?? supplierId),
        ),
      ),
      ...sellers.map((r) => note(r, '/profile', (p) => words(r.language).awardedSupplier(p, plant.name))),
    ]);
  }

  /** The webhook's owner, linked to the settings page where webhooks are created again. */
  private async toOwner(userId: string, say: (l: Language) => Message): Promise<NewNotification[]> {
    return (await this.repo.account(userId)).map((r) => ({ userId: r.userId, ...say(r.language), link: '/settings' }));
  }

  private async toSupplier(
    supplierId: string,
    link: string,
    say: (l: Language) => Message,
  ): Promise<NewNotification[]> {
    return (await this.repo.supplierAccounts(supplierId)).map((r) => ({ userId: r.userId, ...say(r.language), link }));
  }
}
