// react-big-calendar's addon and TimeGrid ship only as CommonJS (lib/*.js with exports.default). Depending on the
// bundler's interop, a default import gives the function itself or the module object around it; take either.
export function cjsDefault<T>(imported: T): T {
  if (typeof imported === 'function') return imported;
  return (imported as { default?: T }).default ?? imported;
}
