import { DataSource, EntityManager } from 'typeorm';

/** Runs `work` in one transaction; every repository used inside must come from `manager`. */
export function inTransaction<T>(dataSource: DataSource, work: (manager: EntityManager) => Promise<T>): Promise<T> {
  return dataSource.transaction(work);
}
