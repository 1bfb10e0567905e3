import { registerEnumType } from '@nestjs/graphql';

export enum Region {
  NORTH = 'NORTH',
  BAJIO = 'BAJIO',
  CENTER = 'CENTER',
  WEST = 'WEST',
  SOUTH = 'SOUTH',
}
registerEnumType(Region, { name: 'Region', description: "Mexico's automotive regions (see README)" });

export enum Role {
  ADMIN = 'ADMIN',
  OEM_BUYER = 'OEM_BUYER',
  INVESTMENT_ANALYST = 'INVESTMENT_ANALYST',
  SUPPLIER = 'SUPPLIER',
}
registerEnumType(Role, { name: 'Role' });
