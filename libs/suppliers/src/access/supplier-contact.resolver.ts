import { Context, Parent, ResolveField, Resolver } from '@nestjs/graphql';
import { GraphqlContext } from '@enlace/core';
import { Supplier } from '../models/supplier.model';
import { ContactRow, SupplierRepository } from '../supplier.repository';
import { canSeeSupplierContacts } from './supplier-access';

const HIDDEN = 'Visible to OEM buyers, investment analysts, admins and the supplier itself; null otherwise';

/** Contact details: sensitive fields, null for anonymous callers and for other suppliers' accounts. */
@Resolver(() => Supplier)
export class SupplierContactResolver {
  constructor(private readonly suppliers: SupplierRepository) {}

  private async contact(s: Supplier, ctx: GraphqlContext): Promise<ContactRow | null> {
    if (!canSeeSupplierContacts(ctx.req?.principal ?? null, s.id)) return null;
    return ctx.loaders
      .get<string, ContactRow | null>('suppliers.contacts', async (ids) => {
        const rows = await this.suppliers.contactsOf(ids);
        const m = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => m.get(i) ?? null);
      })
      .load(s.id);
  }

  @ResolveField('contactEmail', () => String, { nullable: true, description: HIDDEN })
  async contactEmail(@Parent() s: Supplier, @Context() ctx: GraphqlContext): Promise<string | null> {
    return (await this.contact(s, ctx))?.contact_email ?? null;
  }

  @ResolveField('contactPhone', () => String, { nullable: true, description: HIDDEN })
  async contactPhone(@Parent() s: Supplier, @Context() ctx: GraphqlContext): Promise<string | null> {
    return (await this.contact(s, ctx))?.contact_phone ?? null;
  }

  @ResolveField('website', () => String, { nullable: true, description: HIDDEN })
  async website(@Parent() s: Supplier, @Context() ctx: GraphqlContext): Promise<string | null> {
    return (await this.contact(s, ctx))?.website ?? null;
  }
}
