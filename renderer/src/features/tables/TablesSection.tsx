// PLACEHOLDER while issue 5 is built in parallel: replaced before anything lands.
export function TablesSection() {
  return null;
}
