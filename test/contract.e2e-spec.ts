import * as fs from 'fs';
import * as path from 'path';
import {
  buildClientSchema,
  buildSchema,
  getIntrospectionQuery,
  GraphQLSchema,
  isEnumType,
  isInputObjectType,
  isInterfaceType,
  isNonNullType,
  isObjectType,
  isScalarType,
} from 'graphql';
import { startTestApp, TestApp } from './support/test-app';

/** The public contract: the shared copy when present (CI lays it beside the repo), else ours. */
function contractSdl(): string {
  const shared = path.resolve(__dirname, '../../shared/contract/core.graphql');
  return fs.readFileSync(fs.existsSync(shared) ? shared : path.join(__dirname, 'contract/core.graphql'), 'utf8');
}

describe('public GraphQL contract', () => {
  let t: TestApp;
  let actual: GraphQLSchema;
  const contract = buildSchema(contractSdl());

  beforeAll(async () => {
    t = await startTestApp();
    const r = await t.gql(getIntrospectionQuery());
    actual = buildClientSchema(r.data);
  });
  afterAll(() => t.close());

  const named = Object.values(contract.getTypeMap()).filter(
    (ty) => !ty.name.startsWith('__') && !['String', 'Int', 'Float', 'Boolean', 'ID'].includes(ty.name),
  );

  it.each(named.map((ty) => [ty.name, ty]))('serves %s exactly as the contract says', (name, expected) => {
    const got = actual.getType(name);
    expect(got).toBeDefined();
    if (isScalarType(expected)) return expect(isScalarType(got)).toBe(true);
    if (isEnumType(expected)) {
      expect(isEnumType(got)).toBe(true);
      const values = isEnumType(got) ? got.getValues().map((v) => v.name) : [];
      return expect(values).toEqual(expect.arrayContaining(expected.getValues().map((v) => v.name)));
    }
    if (isInputObjectType(expected)) {
      expect(isInputObjectType(got)).toBe(true);
      if (!isInputObjectType(got)) return;
      const gotFields = got.getFields();
      for (const f of Object.values(expected.getFields())) {
        expect([f.name, String(gotFields[f.name]?.type)]).toEqual([f.name, String(f.type)]);
      }
      for (const f of Object.values(gotFields)) {
        if (!expected.getFields()[f.name])
          expect([f.name, isNonNullType(f.type) && f.defaultValue === undefined]).toEqual([f.name, false]);
      }
      return;
    }
    if (isObjectType(expected) || isInterfaceType(expected)) {
      expect(isObjectType(got) || isInterfaceType(got)).toBe(true);
      if (!(isObjectType(got) || isInterfaceType(got))) return;
      const gotFields = got.getFields();
      for (const f of Object.values(expected.getFields())) {
        const g = gotFields[f.name];
        expect([f.name, String(g?.type)]).toEqual([f.name, String(f.type)]);
        for (const a of f.args) {
          const ga = g?.args.find((x) => x.name === a.name);
          expect([`${f.name}(${a.name})`, String(ga?.type)]).toEqual([`${f.name}(${a.name})`, String(a.type)]);
        }
        for (const ga of g?.args ?? []) {
          if (!f.args.find((a) => a.name === ga.name))
            expect([`${f.name}(${ga.name}) optional`, isNonNullType(ga.type)]).toEqual([
              `${f.name}(${ga.name}) optional`,
              false,
            ]);
        }
      }
    }
  });
});
