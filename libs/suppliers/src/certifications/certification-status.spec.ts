import { CertificationStatus as S, deriveCertificationStatus, isValidStatus } from './certification-status';

const today = '2026-11-25';
const status = (c: Partial<Parameters<typeof deriveCertificationStatus>[0]>) =>
  deriveCertificationStatus({ recordedStatus: null, expiresOn: null, supersededBy: null, ...c }, today);

describe('deriveCertificationStatus', () => {
  it('is ACTIVE with years to run or no expiry', () => {
    expect(status({ expiresOn: '2028-01-01' })).toBe(S.ACTIVE);
    expect(status({})).toBe(S.ACTIVE);
  });
  it('is EXPIRING_SOON from 90 days before expiry through the expiry date', () => {
    expect(status({ expiresOn: '2027-02-23' })).toBe(S.EXPIRING_SOON); // today + 90
    expect(status({ expiresOn: '2027-02-24' })).toBe(S.ACTIVE); // today + 91
    expect(status({ expiresOn: today })).toBe(S.EXPIRING_SOON);
  });
  it('is EXPIRED the day after expiry', () => {
    expect(status({ expiresOn: '2026-11-24' })).toBe(S.EXPIRED);
  });
  it('is SUPERSEDED for a replaced scheme whatever its dates', () => {
    expect(status({ supersededBy: 'IATF-16949', expiresOn: '2030-01-01' })).toBe(S.SUPERSEDED);
  });
  it('puts a recorded suspension or withdrawal first', () => {
    expect(status({ recordedStatus: 'SUSPENDED', expiresOn: '2030-01-01' })).toBe(S.SUSPENDED);
    expect(status({ recordedStatus: 'WITHDRAWN', supersededBy: 'IATF-16949' })).toBe(S.WITHDRAWN);
  });
  it('counts only ACTIVE and EXPIRING_SOON as valid', () => {
    expect(Object.values(S).filter(isValidStatus)).toEqual([S.ACTIVE, S.EXPIRING_SOON]);
  });
});
