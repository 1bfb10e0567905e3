export * from './matching.module';
export * from './ranking/scoring';
export * from './ranking/ranking-engine';
export * from './ranking/ranking.service';
export * from './ranking/models/supplier-match.model';
export * from './ranking/dto/match.input';
