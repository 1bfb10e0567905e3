export * from './catalog.module';
export * from './catalog.service';
export * from './reference/reference-data.loader';
export * from './models/state.model';
export * from './models/process.model';
export * from './models/certification-scheme.model';
export * from './plants/models/plant.model';
export * from './plants/plant.service';
