import { isWithin } from '@kinmap/model';
import type { CaringRole, EmotionalRelationship, Family, PersonId } from '@kinmap/model';
import type { ResolvedOptions } from '../options.ts';
import { lineText } from '../labels/chartWords.ts';
import type { ConnectorRef, ConnectorStyle, EmotionalWordCode, LineWord } from '../types.ts';

// Which relationship lines a chart draws (emotional relationships and caring roles), with their
// style, label and marks; relationshipConnectors.ts routes them.

/** The word written on an emotional line of each type that has one ("PA", "cares" in en-GB). */
const CODE: Partial<Record<EmotionalRelationship['type'], EmotionalWordCode>> = {
  physical_abuse: 'physical_abuse',
  sexual_abuse: 'sexual_abuse',
  emotional_abuse: 'emotional_abuse',
  neglect: 'neglect',
  violence: 'violence',
  controlling: 'controlling',
  caretaker: 'cares',
};
const DIRECTED = new Set<EmotionalRelationship['type']>([
  'focused_on',
  'focused_on_negatively',
  'physical_abuse',
  'sexual_abuse',
  'emotional_abuse',
  'neglect',
  'controlling',
  'manipulative',
  'jealous',
  'caretaker',
]);

/**
 * A line between two people that is not part of the family's structure: an emotional relationship
 * or a caring role. Every kind is routed the same way (`relationshipConnectors`): a curve clear of
 * other people's symbols and names, with its label clear of other text. A new kind of relationship
 * line only says how it is styled and marked here.
 */
export interface RelationshipLine {
  /** Connector id, e.g. `emotional|emotion:a-b` or `caring|caringRole:a-b`. */
  id: string;
  ref: ConnectorRef;
  style: ConnectorStyle;
  from: PersonId;
  to: PersonId;
  /** Short text on the line ("PA", "cares", "SA (alleged)"), in the chart's words. */
  label?: string;
  /** The same as codes (see `LineWord`). */
  words?: LineWord[];
  /** What the line carries towards `to`: a filled arrowhead at its end, or open arrowheads in its middle. */
  head?: 'arrow' | 'care';
  isPast?: boolean;
}

/**
 * The relationship lines a family's chart draws, in a fixed order: emotional relationships (when
 * `showEmotional`), then caring roles with a cared-for person (when `showCaring`). An emotional
 * `caretaker` line that repeats a drawn caring role (same carer, same person cared for) is left out.
 */
export function relationshipLines(family: Family, options: ResolvedOptions): RelationshipLine[] {
  const caring = options.showCaring ? caringLines(family, options) : [];
  // An emotional "caretaker" line from a carer to the person a caring role already joins them to says
  // the same thing twice: the caring role (the model's one place for care) is drawn, not both.
  const cared = new Set(caring.map((line) => `${line.from} ${line.to}`));
  const lines: RelationshipLine[] = [];
  if (options.showEmotional)
    for (const e of family.emotionalRelationships) {
      if (e.type === 'caretaker' && cared.has(`${e.from} ${e.to}`)) continue;
      const words = lineWords(e);
      const label = words ? lineText(words, options.words) : undefined;
      lines.push({
        id: `emotional|${e.id}`,
        ref: { kind: 'emotional', emotional: e.id },
        style: `emotional-${e.type}`,
        from: e.from,
        to: e.to,
        ...(label !== undefined && words ? { label, words } : {}),
        ...(e.direction === 'from_to' || DIRECTED.has(e.type) ? { head: 'arrow' as const } : {}),
        ...(e.until !== undefined && !isWithin({ to: e.until }, options.asAt) ? { isPast: true } : {}),
      });
    }
  return [...lines, ...caring];
}

/**
 * Caring roles with a cared-for person, except where the carer is already the cared-for person's
 * parent on the chart: a parent, kinship or foster carer joined to the child by a parent–child line,
 * which says who cares for the child (the badge and tables remain).
 */
function caringLines(family: Family, options: ResolvedOptions): RelationshipLine[] {
  if (family.caringRoles.length === 0) return [];
  const parentOf = new Set(family.parentChildLinks.map((l) => `${l.parent} ${l.child}`));
  const lines: RelationshipLine[] = [];
  for (const c of family.caringRoles) {
    const caredFor = c.caredFor;
    if (caredFor === undefined || parentOf.has(`${c.carer} ${caredFor}`)) continue;
    lines.push({
      id: `caring|${c.id}`,
      ref: { kind: 'caring', caringRole: c.id, carer: c.carer, caredFor },
      style: 'caring',
      from: c.carer,
      to: caredFor,
      head: 'care',
      ...(ended(c, options.asAt) ? { isPast: true } : {}),
    });
  }
  return lines;
}

/** Whether a caring role ended (format 2 `to`) before the chart date: drawn faint. */
function ended(role: CaringRole, asAt: string): boolean {
  const to = role.to;
  return to !== undefined && !isWithin({ to }, asAt);
}

/** The word on an emotional line, as a code: `other` lines carry the family's own label. */
function lineWords(e: EmotionalRelationship): LineWord[] | undefined {
  const alleged = e.basis === 'alleged' ? { alleged: true as const } : {};
  if (e.type === 'other') return e.label ? [{ code: 'own', text: e.label, ...alleged }] : undefined;
  const code = CODE[e.type];
  return code ? [{ code, ...alleged }] : undefined;
}
