import { Injectable } from '@nestjs/common';
import {
  Clock,
  Connection,
  countOnAsk,
  DomainError,
  decodeCursor,
  encodeCursor,
  pageSize,
  RequestLoaders,
  groupByKeys,
  toConnection,
} from '@enlace/core';
import { CatalogService } from '@enlace/catalog';
import { SupplierRepository, SupplierKeyset, SupplierRow, SupplierSearch } from './supplier.repository';
import { SuppliersArgs } from './dto/supplier-filter.input';
import { Supplier } from './models/supplier.model';
import { SupplierCapability } from './models/supplier-capability.model';
import { Certification } from './certifications/models/certification.model';
import { toCapability, toCertification, toSupplier } from './supplier.mapper';

const BY_NAME = 'suppliers:name,id';
const BY_RANK = 'suppliers:rank,name,id';

@Injectable()
export class SupplierService {
  constructor(
    private readonly repo: SupplierRepository,
    private readonly catalog: CatalogService,
    private readonly clock: Clock,
  ) {}

  async list(args: SuppliersArgs): Promise<Connection<Supplier>> {
    const f = args.filter ?? {};
    const limit = pageSize(args.first);
    const search = f.search?.trim() || null;
    if (search && search.length > 200) throw DomainError.badInput('filter.search', 'must be at most 200 characters');
    if (f.stateCode) await this.catalog.requireState(f.stateCode, 'filter.stateCode');
    if (f.process) await this.catalog.requireProcess(f.process, 'filter.process');
    if (f.certification) await this.catalog.requireScheme(f.certification, 'filter.certification');

    let after: SupplierKeyset | null = null;
    if (args.after) {
      if (search) {
        const [rank, name, id] = decodeCursor(args.after, BY_RANK, 3);
        after = { kind: 'rank', rank: Number(rank), name: String(name), id: String(id) };
      } else {
        const [name, id] = decodeCursor(args.after, BY_NAME, 2);
        after = { kind: 'name', name: String(name), id: String(id) };
      }
    }
    const query: SupplierSearch = {
      search,
      region: f.region ?? null,
      stateCode: f.stateCode ?? null,
      process: f.process ?? null,
      certification: f.certification ?? null,
      today: this.clock.today(),
    };
    const rows = await this.repo.page(query, after, limit + 1);
    return toConnection(
      rows,
      limit,
      countOnAsk(() => this.repo.count(query)),
      toSupplier,
      (r: SupplierRow) =>
        search ? encodeCursor(BY_RANK, [r.rank ?? 0, r.name, r.id]) : encodeCursor(BY_NAME, [r.name, r.id]),
      args.after,
    );
  }

  async byId(id: string, loaders?: RequestLoaders): Promise<Supplier | null> {
    if (!loaders) {
      const [row] = await this.repo.byIds([id]);
      return row ? toSupplier(row) : null;
    }
    const row = await loaders
      .get<string, SupplierRow | null>('suppliers.byId', async (ids) => {
        const rows = await this.repo.byIds(ids);
        const m = new Map(rows.map((r) => [r.id, r]));
        return ids.map((i) => m.get(i) ?? null);
      })
      .load(id);
    return row ? toSupplier(row) : null;
  }

  capabilities(supplierId: string, loaders: RequestLoaders): Promise<SupplierCapability[]> {
    return loaders
      .get<string, SupplierCapability[]>('suppliers.capabilities', async (ids) =>
        groupByKeys(ids, await this.repo.capabilitiesOf(ids), (r) => r.supplier_id).map((rows) =>
          rows.map(toCapability),
        ),
      )
      .load(supplierId);
  }

  certifications(supplierId: string, loaders: RequestLoaders): Promise<Certification[]> {
    const today = this.clock.today();
    return loaders
      .get<string, Certification[]>('suppliers.certifications', async (ids) =>
        groupByKeys(ids, await this.repo.certificationsOf(ids), (r) => r.supplier_id).map((rows) =>
          rows.map((r) => toCertification(r, today)),
        ),
      )
      .load(supplierId);
  }
}
