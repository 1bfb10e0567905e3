import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '../time/today';

function badDate(value: unknown): GraphQLError {
  return new GraphQLError(`Date must be an ISO-8601 calendar date (YYYY-MM-DD), got ${JSON.stringify(value)}`, {
    extensions: { code: 'BAD_USER_INPUT' },
  });
}

/** ISO-8601 calendar date carried as a 'YYYY-MM-DD' string end to end (no time-zone shifts). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'ISO-8601 calendar date, e.g. 2027-03-31',
  serialize(value: unknown): string {
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    if (typeof value === 'string' && isIsoDate(value.slice(0, 10))) return value.slice(0, 10);
    throw new GraphQLError('Date cannot represent this value');
  },
  parseValue(value: unknown): string {
    if (typeof value !== 'string' || !isIsoDate(value)) throw badDate(value);
    return value;
  },
  parseLiteral(ast): string {
    if (ast.kind !== Kind.STRING || !isIsoDate(ast.value))
      throw badDate(ast.kind === Kind.STRING ? ast.value : ast.kind);
    return ast.value;
  },
});
