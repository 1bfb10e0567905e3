import { Field, Float, ObjectType } from '@nestjs/graphql';
import { Supplier } from '@enlace/suppliers';
import { MatchReason } from './match-reason.model';

@ObjectType({ description: 'Each component in [0, 1]; score is their weighted sum (see README "Ranking")' })
export class ScoreBreakdown {
  @Field(() => Float, { description: '1 / (1 + km / 50): 1 at the plant, 0.5 at 50 km, 0.2 at 200 km' })
  proximity: number;
  @Field(() => Float, {
    description:
      "Requested schemes held valid (mean strength, share 0.5), automotive baseline (valid IATF 16949, else ISO 9001 at half; share 0.35) and the process's own CQI assessment (share 0.15, only where the process has one); normalized over the parts that apply. A certificate counts 1 with 2+ years (or no expiry) left, down to 0.5 on its last day.",
  })
  certification: number;
  @Field(() => Float, {
    description: '0.4 for having the process, up to +0.4 for listed materials (3 or more), +0.2 for capability notes',
  })
  capability: number;
  @Field(() => Float, {
    description: '0 when the profile was never confirmed; 1 when confirmed today, halving every 365 days',
  })
  freshness: number;
}

@ObjectType({ description: 'One ranked supplier for a plant and process' })
export class SupplierMatch {
  @Field(() => Supplier)
  supplier: Supplier;
  @Field(() => Float, { description: 'In [0, 1]; results are ordered by score descending, ties by distance then id' })
  score: number;
  @Field(() => Float, { description: 'Great-circle distance from the plant, kilometres' })
  distanceKm: number;
  @Field(() => Float, {
    description: 'distanceKm x 1.3 road-circuity factor / 60 km/h average truck speed, hours (2 decimals)',
  })
  estimatedDriveHours: number;
  @Field(() => ScoreBreakdown)
  breakdown: ScoreBreakdown;
  @Field(() => [String], { description: 'Preferred schemes the supplier lacks or holds only invalid' })
  missingCertifications: string[];
  @Field(() => [String], { description: 'Human-readable explanation of the score' })
  reasons: string[];
  @Field(() => [MatchReason], {
    description: 'The same reasons as data (kind and figures), for clients in other languages',
  })
  explanation: MatchReason[];
}
