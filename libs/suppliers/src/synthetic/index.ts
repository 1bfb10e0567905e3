export * from './prng';
export * from './synthetic-data';
export * from './synthetic-supplier';
export * from './supplier-generator';
