import { Role } from '@enlace/core';
import { sessionIsOpen } from './credential-verifier';
import { VerifiedToken } from './token.service';

const JTI = '0b7c3c1e-5a43-4d8e-9f55-1d1c6f0f2a10';
const token = (sessionEpoch: number, jti = JTI): VerifiedToken => ({
  userId: 'u',
  email: 'a@b.c',
  role: Role.ADMIN,
  oem: null,
  supplierId: null,
  jti,
  sessionEpoch,
  expiresAt: new Date(),
});
const state = (
  over: Partial<{ active: boolean; session_epoch: number; kept_session_jti: string | null; revoked: boolean }>,
) => ({
  active: true,
  session_epoch: 0,
  kept_session_jti: null,
  revoked: false,
  ...over,
});

describe('sessionIsOpen', () => {
  it('accepts a token of the current epoch of an active user', () => {
    expect(sessionIsOpen(token(2), state({ session_epoch: 2 }))).toBe(true);
  });
  it('refuses tokens of an earlier epoch, revoked tokens, inactive or missing users', () => {
    expect(sessionIsOpen(token(1), state({ session_epoch: 2 }))).toBe(false);
    expect(sessionIsOpen(token(0), state({ revoked: true }))).toBe(false);
    expect(sessionIsOpen(token(0), state({ active: false }))).toBe(false);
    expect(sessionIsOpen(token(0), null)).toBe(false);
  });
  it('keeps the one session named as kept across a new epoch (the one that changed the password)', () => {
    expect(sessionIsOpen(token(1), state({ session_epoch: 2, kept_session_jti: JTI }))).toBe(true);
    const other = '7f1d8c2a-0c61-4b7e-8d8f-3c1b2a4e5f60';
    expect(sessionIsOpen(token(1, other), state({ session_epoch: 2, kept_session_jti: JTI }))).toBe(false);
    expect(sessionIsOpen(token(1), state({ session_epoch: 2, kept_session_jti: JTI, revoked: true }))).toBe(false);
  });
});
