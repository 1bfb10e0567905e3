import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Principal, requireUuid, Role } from '@enlace/core';
import { dummyHash, hashPassword, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password';
import { TokenService } from '../auth/token.service';
import { LoginThrottle } from '../auth/login-throttle';
import { RegisterUserInput } from '../dto/register-user.input';
import { AuthPayload } from '../models/auth-payload.model';
import { UserRepository } from './user.repository';

const BAD_CREDENTIALS = 'Invalid email or password';
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function validatePassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw DomainError.badInput(field, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 200) throw DomainError.badInput(field, 'must be at most 200 characters');
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
  ) {}

  /** A wrong password and an unknown email fail identically (same code, message and work). */
  async login(email: string, password: string, clientIp?: string): Promise<AuthPayload> {
    await this.throttle.assertAllowed(email, clientIp);
    const user = email.length <= 254 ? await this.users.byEmail(email.trim()) : null;
    const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
    if (!user || !ok) {
      await this.throttle.recordFailure(email, clientIp);
      throw new DomainError(ErrorCode.UNAUTHENTICATED, BAD_CREDENTIALS);
    }
    await this.throttle.recordSuccess(email);
    const principal: Principal = {
      userId: user.id,
      email: user.email,
      role: user.role,
      oem: user.oem,
      supplierId: user.supplier_id,
    };
    return { token: this.tokens.sign(principal), role: user.role };
  }

  /** Creates an account (the resolver restricts this to ADMIN). Returns the new user's id. */
  async register(input: RegisterUserInput): Promise<string> {
    const email = input.email.trim().toLowerCase();
    if (!EMAIL.test(email) || email.length > 254)
      throw DomainError.badInput('input.email', 'is not a valid email address');
    validatePassword(input.password, 'input.password');
    let oem: string | null = null;
    let supplierId: string | null = null;
    if (input.role === Role.OEM_BUYER) {
      if (!input.oem?.trim()) throw DomainError.badInput('input.oem', 'is required for OEM_BUYER accounts');
      oem = await this.users.oemName(input.oem.trim());
      if (!oem)
        throw DomainError.badInput('input.oem', `unknown OEM "${input.oem}" (see the plants query for OEM names)`);
    } else if (input.oem) {
      throw DomainError.badInput('input.oem', 'is only allowed for OEM_BUYER accounts');
    }
    if (input.role === Role.SUPPLIER) {
      if (!input.supplierId) throw DomainError.badInput('input.supplierId', 'is required for SUPPLIER accounts');
      supplierId = requireUuid(input.supplierId, 'input.supplierId');
      if (!(await this.users.supplierExists(supplierId)))
        throw DomainError.notFound('Supplier', supplierId, 'input.supplierId');
    } else if (input.supplierId) {
      throw DomainError.badInput('input.supplierId', 'is only allowed for SUPPLIER accounts');
    }
    const id = await this.users.insertIfAbsent({
      email,
      passwordHash: await hashPassword(input.password),
      role: input.role,
      oem,
      supplierId,
    });
    if (!id) throw DomainError.conflict(`An account with email ${email} already exists`, 'input.email');
    return id;
  }
}
