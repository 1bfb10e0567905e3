import { useQuery } from '@apollo/client';
import { RankSuppliersDocument, type MatchInput } from '../../generated/graphql';

/** The API's ranking for a complete query (none until plant and process are chosen). */
export function useRanking(input: MatchInput | null) {
  return useQuery(RankSuppliersDocument, {
    variables: { input: input ?? { plantId: '', process: '' } },
    skip: !input,
    fetchPolicy: 'cache-and-network',
  });
}
