import type { Rule } from '../contextTypes.ts';
import { about, finding } from '../finding.ts';
import { isBiologicalLink } from '../linkKinds.ts';
import type { RawFinding } from '../types.ts';

const RULE = 'birth-cycle';

/** Strongly connected components of the parent → child graph (iterative Tarjan: no stack overflow). */
function loops(nodes: string[], next: (id: string) => string[]): string[][] {
  const order = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const found: string[][] = [];
  let counter = 0;
  for (const root of nodes) {
    if (order.has(root)) continue;
    const work: { id: string; edges: string[]; at: number }[] = [{ id: root, edges: next(root), at: 0 }];
    order.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      if (frame.at < frame.edges.length) {
        const to = frame.edges[frame.at++]!;
        if (!order.has(to)) {
          order.set(to, counter);
          low.set(to, counter++);
          stack.push(to);
          onStack.add(to);
          work.push({ id: to, edges: next(to), at: 0 });
        } else if (onStack.has(to)) {
          low.set(frame.id, Math.min(low.get(frame.id)!, order.get(to)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.id, Math.min(low.get(parent.id)!, low.get(frame.id)!));
      if (low.get(frame.id) !== order.get(frame.id)) continue;
      const component: string[] = [];
      let member: string | undefined;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        component.push(member);
      } while (member !== frame.id);
      if (component.length > 1 || frame.edges.includes(frame.id)) found.push(component);
    }
  }
  return found;
}

/**
 * MS-19: nobody is their own ancestor through birth links. Each loop is reported once, naming the
 * people in it, with the path of one link in the loop.
 */
export const birthCycles: Rule = (context) => {
  const { family } = context;
  const children = new Map<string, string[]>();
  for (const link of family.parentChildLinks) {
    if (!isBiologicalLink(link)) continue;
    const list = children.get(link.parent) ?? [];
    list.push(link.child);
    children.set(link.parent, list);
  }
  const findings: RawFinding[] = [];
  for (const component of loops([...children.keys()], (id) => children.get(id) ?? [])) {
    const members = new Set(component);
    const ordered = family.people.filter((p) => members.has(p.id)).map((p) => p.id as string);
    const first = ordered[0] ?? component[0]!;
    const linkIndex = family.parentChildLinks.findIndex(
      (l) => isBiologicalLink(l) && members.has(l.parent) && members.has(l.child),
    );
    const names = ordered.map((id) => context.name(id)).join(', ');
    findings.push(
      finding(
        'MS-19',
        RULE,
        'error',
        `parentChildLinks[${linkIndex}]`,
        ordered.length === 1
          ? `${names} is recorded as their own birth parent`
          : `Birth links form a loop: ${names} are each recorded as their own ancestor; one of these links is wrong`,
        about('person', first),
      ),
    );
  }
  return findings;
};
