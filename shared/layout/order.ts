import type { Link, Person } from '../model';

/**
 * The order in which the layout fills a band: grouped by department (departments in the same order in
 * every band, so a department's people tend to line up across bands), then along the reporting line
 * inside each department: a manager first, then their reports, depth first. Ties go to the weightier
 * person, then to the name, then to the id, so the order never depends on the order of the input.
 */

const collator = new Intl.Collator(['zh-CN', 'en'], { numeric: true, sensitivity: 'base' });

/** Each person's manager: the target of their reports-to link (the smallest link id if several). */
export function managersOf(links: readonly Link[]): Map<string, string> {
  const chosen = new Map<string, Link>();
  for (const link of links) {
    if (link.kind !== 'reportsTo') continue;
    const current = chosen.get(link.from);
    if (!current || link.id < current.id) chosen.set(link.from, link);
  }
  const managers = new Map<string, string>();
  for (const [personId, link] of chosen) managers.set(personId, link.to);
  return managers;
}

function compareDepartments(a: string, b: string): number {
  if (a === b) return 0;
  if (a === '') return 1; // people without a department go last
  if (b === '') return -1;
  return collator.compare(a, b) || (a < b ? -1 : 1);
}

function comparePeople(a: Person, b: Person): number {
  if (a.influence !== b.influence) return b.influence - a.influence;
  const byName = collator.compare(a.name, b.name);
  if (byName !== 0) return byName;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/** Orders the people of one band (or any subset) for filling its grid row by row. */
export function orderForBand(people: readonly Person[], managers: ReadonlyMap<string, string>): Person[] {
  const byDepartment = new Map<string, Person[]>();
  for (const person of people) {
    const department = person.department.trim();
    const group = byDepartment.get(department);
    if (group) group.push(person);
    else byDepartment.set(department, [person]);
  }

  const ordered: Person[] = [];
  const departments = [...byDepartment.keys()].sort(compareDepartments);
  for (const department of departments) {
    ordered.push(...orderByReportingLine(byDepartment.get(department) ?? [], managers));
  }
  return ordered;
}

function orderByReportingLine(group: readonly Person[], managers: ReadonlyMap<string, string>): Person[] {
  const inGroup = new Set(group.map((p) => p.id));
  const reports = new Map<string, Person[]>();
  const roots: Person[] = [];
  for (const person of group) {
    const manager = managers.get(person.id);
    if (manager !== undefined && manager !== person.id && inGroup.has(manager)) {
      const list = reports.get(manager);
      if (list) list.push(person);
      else reports.set(manager, [person]);
    } else {
      roots.push(person);
    }
  }

  const ordered: Person[] = [];
  const visited = new Set<string>();
  const visit = (start: Person): void => {
    // Iterative depth-first walk: reporting chains can be long, and cycles must not loop forever.
    const stack: Person[] = [start];
    while (stack.length > 0) {
      const person = stack.pop() as Person;
      if (visited.has(person.id)) continue;
      visited.add(person.id);
      ordered.push(person);
      const children = (reports.get(person.id) ?? []).slice().sort(comparePeople);
      for (let i = children.length - 1; i >= 0; i -= 1) stack.push(children[i] as Person);
    }
  };
  for (const root of roots.slice().sort(comparePeople)) visit(root);
  // People caught in a reporting cycle have no root; start from the weightiest of them.
  for (const person of group.slice().sort(comparePeople)) visit(person);
  return ordered;
}
