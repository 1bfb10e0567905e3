import { registerEnumType } from '@nestjs/graphql';

export enum Tier {
  TIER_1 = 'TIER_1',
  TIER_2 = 'TIER_2',
  TIER_3 = 'TIER_3',
}
registerEnumType(Tier, { name: 'Tier' });
