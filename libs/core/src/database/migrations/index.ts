import { InitialSchema1764100000000 } from './1764100000000-initial-schema';

/** Every migration, in order. New migrations are appended here. */
export const MIGRATIONS = [InitialSchema1764100000000];
