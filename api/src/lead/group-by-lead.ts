/** Groups rows by lead id, converting each row and keeping their order within a lead. */
export function groupByLead<Row extends { leadId: string }, Item>(rows: Row[], convert: (row: Row) => Item): Map<string, Item[]> {
  const groups = new Map<string, Item[]>();

  for (const row of rows) {
    const group = groups.get(row.leadId) ?? [];
    group.push(convert(row));
    groups.set(row.leadId, group);
  }

  return groups;
}
