import { Injectable } from '@nestjs/common';
import { DomainError, GeoPointInput, isInsideMexicoBox, MEXICO_BBOX } from '@enlace/core';
import { CatalogService } from '@enlace/catalog';
import { Tier } from '../models/tier';
import { CreateSupplierInput, SupplierCapabilityInput } from './dto/create-supplier.input';
import { UpdateSupplierInput } from './dto/update-supplier.input';
import { CertificationInput } from './dto/certification.input';

export interface CapabilityValue {
  process: string;
  materials: string[];
  notes: string | null;
}

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

/** RFC (Mexican tax id): 3 letters (companies) or 4 (persons), YYMMDD, 3-character homoclave. */
const RFC = /^([A-ZÑ&]{3,4})(\d{2})(\d{2})(\d{2})([A-Z0-9]{3})$/;
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;
const PHONE = /^\+?[0-9][0-9 ()\-.]{6,29}$/;

function text(value: string | null | undefined, field: string, max: number, required: boolean): string | null {
  const v = value?.trim() ?? '';
  if (!v) {
    if (required) throw DomainError.badInput(field, 'must not be empty');
    return null;
  }
  if (v.length > max) throw DomainError.badInput(field, `must be at most ${max} characters`);
  return v;
}

/** Uppercases and checks an RFC; '' or null means none. */
export function normalizeRfc(value: string | null | undefined, field: string): string | null {
  const v = value?.trim().toUpperCase() ?? '';
  if (!v) return null;
  const m = RFC.exec(v);
  const month = m ? Number(m[3]) : 0;
  const day = m ? Number(m[4]) : 0;
  if (!m || month < 1 || month > 12 || day < 1 || day > 31) {
    throw DomainError.badInput(
      field,
      `"${v.slice(0, 20)}" is not a valid RFC (3-4 letters, a YYMMDD date, 3 letters or digits, e.g. "ABC010203XY9")`,
    );
  }
  return v;
}

/** Checks and normalises client input for supplier writes; every failure names the field. */
@Injectable()
export class SupplierValidation {
  constructor(private readonly catalog: CatalogService) {}

  location(p: GeoPointInput, field: string): { lat: number; lng: number } {
    if (!Number.isFinite(p.lat) || p.lat < -90 || p.lat > 90)
      throw DomainError.badInput(`${field}.lat`, `must be between -90 and 90, got ${p.lat}`);
    if (!Number.isFinite(p.lng) || p.lng < -180 || p.lng > 180)
      throw DomainError.badInput(`${field}.lng`, `must be between -180 and 180, got ${p.lng}`);
    if (!isInsideMexicoBox(p)) {
      throw DomainError.badInput(
        field,
        `(${p.lat}, ${p.lng}) lies outside Mexico (latitude ${MEXICO_BBOX.minLat}..${MEXICO_BBOX.maxLat}, longitude ${MEXICO_BBOX.minLng}..${MEXICO_BBOX.maxLng})`,
      );
    }
    return { lat: p.lat, lng: p.lng };
  }

  async capabilities(list: SupplierCapabilityInput[], field: string): Promise<CapabilityValue[]> {
    if (list.length > 100) throw DomainError.badInput(field, 'must list at most 100 capabilities');
    const seen = new Set<string>();
    const out: CapabilityValue[] = [];
    for (const [i, c] of list.entries()) {
      const f = `${field}[${i}]`;
      const code = c.process?.trim() ?? '';
      await this.catalog.requireProcess(code, `${f}.process`);
      if (seen.has(code)) throw DomainError.badInput(`${f}.process`, `"${code}" is listed twice`);
      seen.add(code);
      const materials: string[] = [];
      for (const [j, raw] of (c.materials ?? []).entries()) {
        const m = text(raw, `${f}.materials[${j}]`, 100, false);
        if (m && !materials.includes(m)) materials.push(m);
      }
      if (materials.length > 50) throw DomainError.badInput(`${f}.materials`, 'must list at most 50 materials');
      out.push({ process: code, materials, notes: text(c.notes, `${f}.notes`, 2000, false) });
    }
    return out;
  }

  contactEmail(v: string | null | undefined, field: string): string | null {
    const e = text(v, field, 254, false)?.toLowerCase() ?? null;
    if (e && !EMAIL.test(e)) throw DomainError.badInput(field, 'is not a valid email address');
    return e;
  }

  contactPhone(v: string | null | undefined, field: string): string | null {
    const p = text(v, field, 30, false);
    if (p && !PHONE.test(p))
      throw DomainError.badInput(field, 'is not a valid phone number (digits, spaces, +, -, parentheses)');
    return p;
  }

  website(v: string | null | undefined, field: string): string | null {
    const w = text(v, field, 300, false);
    if (!w) return null;
    let u: URL | null = null;
    try {
      u = new URL(w);
    } catch {
      u = null;
    }
    if (!u || !['http:', 'https:'].includes(u.protocol) || !u.hostname.includes('.'))
      throw DomainError.badInput(field, 'must be an http(s) URL');
    return w;
  }

  async create(input: CreateSupplierInput): Promise<Required<ProfileFields>> {
    const name = text(input.name, 'input.name', 300, true)!;
    const rfc = normalizeRfc(input.rfc, 'input.rfc');
    await this.catalog.requireState(input.stateCode?.trim() ?? '', 'input.stateCode');
    const city = text(input.city, 'input.city', 200, true)!;
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
      contactEmail: this.contactEmail(input.contactEmail, 'input.contactEmail'),
      contactPhone: this.contactPhone(input.contactPhone, 'input.contactPhone'),
      website: this.website(input.website, 'input.website'),
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
      patch.name = text(input.name, 'input.name', 300, true)!;
    }
    if (given('rfc')) patch.rfc = normalizeRfc(input.rfc, 'input.rfc');
    if (given('tier')) patch.tier = input.tier ?? null;
    if (given('stateCode')) {
      notNull('stateCode');
      patch.stateCode = (await this.catalog.requireState(input.stateCode!.trim(), 'input.stateCode')).code;
    }
    if (given('city')) {
      notNull('city');
      patch.city = text(input.city, 'input.city', 200, true)!;
    }
    if (given('location')) {
      notNull('location');
      patch.location = this.location(input.location!, 'input.location');
    }
    if (given('capabilities')) {
      notNull('capabilities');
      patch.capabilities = await this.capabilities(input.capabilities!, 'input.capabilities');
    }
    if (given('contactEmail')) patch.contactEmail = this.contactEmail(input.contactEmail, 'input.contactEmail');
    if (given('contactPhone')) patch.contactPhone = this.contactPhone(input.contactPhone, 'input.contactPhone');
    if (given('website')) patch.website = this.website(input.website, 'input.website');
    return patch;
  }

  async certification(input: CertificationInput): Promise<CertificationValue> {
    const scheme = (await this.catalog.requireScheme(input.scheme?.trim() ?? '', 'input.scheme')).code;
    const issuedOn = input.issuedOn ?? null;
    const expiresOn = input.expiresOn ?? null;
    if (issuedOn && expiresOn && expiresOn < issuedOn)
      throw DomainError.badInput('input.expiresOn', `(${expiresOn}) must not precede issuedOn (${issuedOn})`);
    return {
      scheme,
      certificateNumber: text(input.certificateNumber, 'input.certificateNumber', 100, false),
      issuer: text(input.issuer, 'input.issuer', 200, false),
      issuedOn,
      expiresOn,
    };
  }
}
