// The old loaders are gone (api/query.tsx has useCall and useMutate); this keeps the two forms that still say
// "something changed" after their own save working until they move to useMutate.
export { useInvalidate } from './query';
