import { Injectable } from '@nestjs/common';
import { checkEmail, checkLocation, DomainError, GeoPointInput, valueOrBadInput } from '@enlace/core';
import { CatalogService } from '@enlace/catalog';
import { Tier } from '../models/tier';
import {
  CapabilityValue,
  checkCapability,
  checkCapabilityList,
  checkCertificationDetails,
  checkCity,
  checkContactPhone,
  checkRfc,
  checkSupplierName,
  checkWebsite,
} from '../rules/supplier-rules';
import { CreateSupplierInput, SupplierCapabilityInput } from './dto/create-supplier.input';
import { UpdateSupplierInput } from './dto/update-supplier.input';
import { CertificationInput } from './dto/certification.input';

export type { CapabilityValue } from '../rules/supplier-rules';

/** The audited, editable state of a profile (also the shape of audit old/new values). */
export interface ProfileFields {
  name: string;
  rfc: string | null;
  tier: Tier | null;
  stateCode: string;
  city: string;
  location: { lat: number; lng: number };
  capabilities?: CapabilityValue[];
  contactEmail: string | null;
  contactPhone: string | null;
  website: string | null;
}

export interface CertificationValue {
  scheme: string;
  certificateNumber: string | null;
  issuer: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
}

/**
 * Checks and normalises client input for supplier writes with the profile rules of
 * `rules/supplier-rules.ts` (and the catalogue for codes); every failure names the input field.
 */
@Injectable()
export class SupplierValidation {
  constructor(private readonly catalog: CatalogService) {}

  location(p: GeoPointInput, field: string): { lat: number; lng: number } {
    return valueOrBadInput(checkLocation(p), field);
  }

  async capabilities(list: SupplierCapabilityInput[], field: string): Promise<CapabilityValue[]> {
    const out: CapabilityValue[] = [];
    for (const [i, c] of list.entries()) {
      const code = c.process?.trim() ?? '';
      await this.catalog.requireProcess(code, `${field}[${i}].process`);
      out.push(valueOrBadInput(checkCapability({ ...c, process: code }), `${field}[${i}]`));
    }
    return valueOrBadInput(checkCapabilityList(out), field);
  }

  async create(input: CreateSupplierInput): Promise<Required<ProfileFields>> {
    const name = valueOrBadInput(checkSupplierName(input.name), 'input.name');
    const rfc = valueOrBadInput(checkRfc(input.rfc), 'input.rfc');
    await this.catalog.requireState(input.stateCode?.trim() ?? '', 'input.stateCode');
    const city = valueOrBadInput(checkCity(input.city), 'input.city');
    const location = this.location(input.location, 'input.location');
    const capabilities = await this.capabilities(input.capabilities ?? [], 'input.capabilities');
    return {
      name,
      rfc,
      tier: input.tier ?? null,
      stateCode: input.stateCode.trim(),
      city,
      location,
      capabilities,
      contactEmail: valueOrBadInput(checkEmail(input.contactEmail), 'input.contactEmail'),
      contactPhone: valueOrBadInput(checkContactPhone(input.contactPhone), 'input.contactPhone'),
      website: valueOrBadInput(checkWebsite(input.website), 'input.website'),
    };
  }

  /** The fields to change (absent = unchanged). Required fields may not be set to null. */
  async update(input: UpdateSupplierInput): Promise<Partial<ProfileFields>> {
    const patch: Partial<ProfileFields> = {};
    const given = (k: keyof UpdateSupplierInput) => input[k] !== undefined;
    const notNull = (k: keyof UpdateSupplierInput) => {
      if (input[k] === null)
        throw DomainError.badInput(`input.${k}`, 'must not be null (omit it to keep the current value)');
    };
    if (given('name')) {
      notNull('name');
      patch.name = valueOrBadInput(checkSupplierName(input.name), 'input.name');
    }
    if (given('rfc')) patch.rfc = valueOrBadInput(checkRfc(input.rfc), 'input.rfc');
    if (given('tier')) patch.tier = input.tier ?? null;
    if (given('stateCode')) {
      notNull('stateCode');
      patch.stateCode = (await this.catalog.requireState(input.stateCode!.trim(), 'input.stateCode')).code;
    }
    if (given('city')) {
      notNull('city');
      patch.city = valueOrBadInput(checkCity(input.city), 'input.city');
    }
    if (given('location')) {
      notNull('location');
      patch.location = this.location(input.location!, 'input.location');
    }
    if (given('capabilities')) {
      notNull('capabilities');
      patch.capabilities = await this.capabilities(input.capabilities!, 'input.capabilities');
    }
    if (given('contactEmail'))
      patch.contactEmail = valueOrBadInput(checkEmail(input.contactEmail), 'input.contactEmail');
    if (given('contactPhone'))
      patch.contactPhone = valueOrBadInput(checkContactPhone(input.contactPhone), 'input.contactPhone');
    if (given('website')) patch.website = valueOrBadInput(checkWebsite(input.website), 'input.website');
    return patch;
  }

  async certification(input: CertificationInput): Promise<CertificationValue> {
    const scheme = (await this.catalog.requireScheme(input.scheme?.trim() ?? '', 'input.scheme')).code;
    return { scheme, ...valueOrBadInput(checkCertificationDetails(input), 'input') };
  }
}
