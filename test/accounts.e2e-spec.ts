import { startTestApp, TestApp } from './support/test-app';
import { adminToken, tokenFor } from './support/accounts';

describe('accounts smoke', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
  });
  afterAll(() => t.close());

  it('logs in the bootstrap admin and issues role tokens', async () => {
    const admin = await adminToken(t);
    expect(admin.split('.')).toHaveLength(3);
    for (const role of ['ADMIN', 'OEM_BUYER', 'INVESTMENT_ANALYST', 'SUPPLIER'] as const) {
      expect(await tokenFor(t, role)).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
    }
  });

  it('keeps catalogue reads public', async () => {
    const r = await t.gql(`{ states { code } }`);
    expect(r.errors).toBeUndefined();
  });
});
