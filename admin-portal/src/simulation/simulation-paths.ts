export function simulationPath(version?: number): string {
  return version === undefined ? '/governance/simulation' : `/governance/simulation/${version}`;
}
