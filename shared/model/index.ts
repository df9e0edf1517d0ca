// The domain model v1: every record the app stores, as zod schemas with their types.
export * from './common';
export * from './trip';
export * from './directory';
export * from './activity';
export * from './logistics';
export * from './change';
export * from './collections';
