import { registerEnumType } from '@nestjs/graphql';

export enum Region {
  NORTH = 'NORTH',
  BAJIO = 'BAJIO',
  CENTER = 'CENTER',
  WEST = 'WEST',
  SOUTH = 'SOUTH',
}
registerEnumType(Region, { name: 'Region', description: "Mexico's automotive regions (see README)" });

/** A language the platform writes documents and messages in. */
export enum Language {
  ES = 'ES',
  EN = 'EN',
}
registerEnumType(Language, { name: 'Language', description: 'ES: Spanish (es-MX); EN: English' });

export enum Role {
  ADMIN = 'ADMIN',
  OEM_BUYER = 'OEM_BUYER',
  INVESTMENT_ANALYST = 'INVESTMENT_ANALYST',
  SUPPLIER = 'SUPPLIER',
}
registerEnumType(Role, { name: 'Role' });
