export function diffPath(from?: number, to?: number): string {
  return from === undefined || to === undefined ? '/governance/diff' : `/governance/diff/${from}/${to}`;
}
