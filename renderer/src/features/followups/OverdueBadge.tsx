// PLACEHOLDER while issue 4 is built in parallel: the overdue count shown beside "Follow-ups" in the navigation.
export function OverdueBadge() {
  return null;
}
