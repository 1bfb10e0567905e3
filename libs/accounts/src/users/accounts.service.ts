import { Injectable } from '@nestjs/common';
import { DomainError, ErrorCode, Principal, requireUuid, Role } from '@enlace/core';
import { dummyHash, hashPassword, isCurrentPasswordHash, MIN_PASSWORD_LENGTH, verifyPassword } from '../auth/password';
import { TokenService } from '../auth/token.service';
import { LoginThrottle } from '../auth/login-throttle';
import { Credential, CredentialVerifier } from '../auth/credential-verifier';
import { RegisterUserInput } from '../dto/register-user.input';
import { AuthPayload } from '../models/auth-payload.model';
import { UserRepository, UserRow } from './user.repository';

const BAD_CREDENTIALS = 'Invalid email or password';
const EMAIL = /^[^@\s]+@[^@\s]+\.[^@\s]+$/;

export function validatePassword(password: string, field: string): void {
  if (password.length < MIN_PASSWORD_LENGTH)
    throw DomainError.badInput(field, `must be at least ${MIN_PASSWORD_LENGTH} characters`);
  if (password.length > 200) throw DomainError.badInput(field, 'must be at most 200 characters');
}

function principalOf(user: UserRow): Principal {
  return { userId: user.id, email: user.email, role: user.role, oem: user.oem, supplierId: user.supplier_id };
}

@Injectable()
export class AccountsService {
  constructor(
    private readonly users: UserRepository,
    private readonly tokens: TokenService,
    private readonly throttle: LoginThrottle,
    private readonly credentials: CredentialVerifier,
  ) {}

  /**
   * A wrong password and an unknown email fail identically (same code, message and work). The
   * attempt is counted before the password is checked (see LoginThrottle). A hash of older scrypt
   * parameters is replaced by one of today's on success.
   */
  async login(email: string, password: string, clientIp?: string): Promise<AuthPayload> {
    await this.throttle.begin(email, clientIp);
    const user = email.length <= 254 ? await this.users.byEmail(email.trim()) : null;
    const ok = await verifyPassword(password, user?.password_hash ?? (await dummyHash()));
    if (!user || !ok) throw new DomainError(ErrorCode.UNAUTHENTICATED, BAD_CREDENTIALS);
    await this.throttle.succeeded(email, clientIp);
    if (!user.active) throw DomainError.unauthenticated('This account is deactivated');
    if (!isCurrentPasswordHash(user.password_hash))
      await this.users.upgradePasswordHash(user.id, user.password_hash, await hashPassword(password));
    return { token: this.tokens.sign(principalOf(user), Date.now(), user.session_epoch), role: user.role };
  }

  /**
   * Changes the caller's password after checking the current one (counted like a login attempt)
   * and ends every other session: the token this is called with keeps working, every other token
   * of the user stops (API keys are not sessions and keep working).
   */
  async changePassword(
    principal: Principal,
    credential: Credential | null,
    currentPassword: string,
    newPassword: string,
    clientIp?: string,
  ): Promise<boolean> {
    validatePassword(newPassword, 'newPassword');
    if (newPassword === currentPassword)
      throw DomainError.badInput('newPassword', 'must differ from the current password');
    await this.throttle.begin(principal.email, clientIp);
    const user = await this.users.byId(principal.userId);
    if (!user) throw DomainError.unauthenticated();
    if (!(await verifyPassword(currentPassword, user.password_hash)))
      throw DomainError.badInput('currentPassword', 'is not the current password');
    await this.throttle.succeeded(principal.email, clientIp);
    const keep = credential?.kind === 'token' ? credential.jti : null;
    await this.users.changePassword(user.id, await hashPassword(newPassword), keep);
    this.credentials.forgetUser(user.id);
    return true;
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
