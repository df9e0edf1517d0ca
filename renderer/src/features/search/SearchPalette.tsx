// PLACEHOLDER while issue 4 is built in parallel: global search on Ctrl/Cmd+K.
export function SearchPalette() {
  return null;
}
