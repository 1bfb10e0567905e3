import { Args, Mutation, Resolver } from '@nestjs/graphql';
import { CurrentPrincipal, DomainError, Principal, Role, Roles } from '@enlace/core';
import { ImportService } from './import.service';
import { ImportFileError } from './import-report';
import { ImportFormat, ImportReportModel } from './models/import-report.model';

/**
 * Largest CSV accepted over GraphQL (bigger files: the CLI). Kept under the HTTP layer's 1 MB body
 * limit (apps/api/src/http/configure-http.ts), which answers PAYLOAD_TOO_LARGE before GraphQL runs.
 */
export const MAX_IMPORT_CSV_BYTES = 900 * 1024;

@Resolver()
export class ImportsResolver {
  constructor(private readonly imports: ImportService) {}

  @Roles(Role.ADMIN)
  @Mutation(() => ImportReportModel, {
    description:
      'ADMIN only. Imports suppliers from CSV text (at most 900 KB); same rules and report as the CLI import',
  })
  async importSuppliers(
    @Args('csv', { type: () => String }) csv: string,
    @Args('format', { type: () => ImportFormat }) format: ImportFormat,
    @Args('dryRun', { type: () => Boolean, nullable: true }) dryRun: boolean | null,
    @CurrentPrincipal() principal: Principal | null,
  ): Promise<ImportReportModel> {
    if (Buffer.byteLength(csv, 'utf8') > MAX_IMPORT_CSV_BYTES) {
      throw DomainError.badInput(
        'csv',
        `is larger than ${MAX_IMPORT_CSV_BYTES / 1024} KB; use the command line (npm run cli -- import) for big files`,
      );
    }
    try {
      const run = await this.imports.importText(csv, format === ImportFormat.DENUE ? 'denue' : 'enlace', {
        dryRun: !!dryRun,
        actor: { userId: principal?.userId ?? null, email: principal?.email ?? null },
      });
      return { ...run.report, rows: run.rows, dryRun: !!dryRun };
    } catch (e) {
      if (e instanceof ImportFileError) throw DomainError.badInput('csv', e.message);
      throw e;
    }
  }
}
