import { Injectable } from '@nestjs/common';
import { decodeCursor, DomainError, encodeCursor, isUuid, pageSize, Principal, toConnection } from '@enlace/core';
import { NotificationConnection } from './models/notification.model';
import { NotificationsRepository, toNotification } from './notifications.repository';

const SORT = 'notifications:created_at desc,id desc';

@Injectable()
export class NotificationsService {
  constructor(private readonly repo: NotificationsRepository) {}

  async list(
    p: Principal,
    unreadOnly: boolean | null | undefined,
    first: number | null | undefined,
    after: string | null | undefined,
  ): Promise<NotificationConnection> {
    const limit = pageSize(first);
    const cursor = after ? (decodeCursor(after, SORT, 2) as [string, string]) : null;
    const only = unreadOnly === true;
    const [rows, counts] = await Promise.all([
      this.repo.page(p.userId, only, cursor, limit + 1),
      this.repo.counts(p.userId, only),
    ]);
    const connection = toConnection(
      rows,
      limit,
      counts.total,
      toNotification,
      (r) => encodeCursor(SORT, [r.created_at.toISOString(), r.id]),
      after,
    );
    return { ...connection, unreadCount: counts.unread };
  }

  markRead(p: Principal, ids: string[]): Promise<number> {
    const bad = ids.findIndex((id) => !isUuid(id));
    if (bad >= 0) throw DomainError.badInput('ids', `not a notification id: "${String(ids[bad]).slice(0, 60)}"`);
    if (ids.length > 1000) throw DomainError.badInput('ids', `at most 1000 at a time, got ${ids.length}`);
    return this.repo.markRead(
      p.userId,
      ids.map((id) => id.toLowerCase()),
    );
  }
}
