import type { FormatMigration } from './types.ts';

type Json = Record<string, unknown>;

const isRecord = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const ID_BODY_MAX = 64;

/** The words of a status that a caring role keeps in its notes: the note, the detail, the authority. */
function notesOf(status: Json): string | undefined {
  const parts: string[] = [];
  if (typeof status.note === 'string' && status.note.trim()) parts.push(status.note);
  if (typeof status.detail === 'string' && status.detail.trim()) parts.push(`Detail: ${status.detail}`);
  if (typeof status.responsibleAuthority === 'string' && status.responsibleAuthority.trim())
    parts.push(`Responsible authority: ${status.responsibleAuthority}`);
  return parts.length > 0 ? parts.join('\n') : undefined;
}

/** A caring role id for a person's young-carer status that no other caring role uses. */
function freshId(personId: string, used: Set<string>): string {
  const body = personId.slice(personId.indexOf(':') + 1);
  const base = `yc-${body}`.slice(0, ID_BODY_MAX - 4);
  let id = `caring:${base}`;
  for (let n = 2; used.has(id); n++) id = `caring:${base}-${n}`;
  used.add(id);
  return id;
}

/**
 * Version 1 → 2. A young carer was recordable in two places (a person status `young_carer` and a
 * caring role); v2 keeps only the caring role. Each `young_carer` status becomes a caring role with
 * role `young_carer`: `since` from the status's `from`, `to` from its `to`, and its note, detail and
 * responsible authority in the role's `notes`. When the person already has a young-carer role, the
 * status joins the first one: dates the role lacks are filled in, dates that differ are kept in its
 * notes ("Recorded as a young carer from 2022-05"). Otherwise the status becomes a new role with no
 * `caredFor` (v2 lets that wait; `checkFamily` asks for it). Nothing the status said is lost. The new `checklistRecords` list starts
 * empty. Shapes the migration does not recognise are left as they are, for validation to report.
 */
export const v1ToV2: FormatMigration = {
  from: 1,
  to: 2,
  description:
    'young_carer statuses became caring roles (CaringRole is the one place for caring); caredFor may be left out; checklistRecords added',
  migrate: (document) => {
    const people = document.people;
    if (!Array.isArray(people)) return document;
    const roles: unknown[] = Array.isArray(document.caringRoles)
      ? [...(document.caringRoles as unknown[])]
      : [];
    const used = new Set<string>();
    for (const role of roles) if (isRecord(role) && typeof role.id === 'string') used.add(role.id);
    let changed = false;
    const nextPeople = people.map((person: unknown) => {
      if (!isRecord(person) || !Array.isArray(person.statuses) || typeof person.id !== 'string')
        return person;
      const personId = person.id;
      const statuses = person.statuses as unknown[];
      const youngCarer = statuses.filter((s): s is Json => isRecord(s) && s.type === 'young_carer');
      if (youngCarer.length === 0) return person;
      changed = true;
      for (const status of youngCarer) {
        const from = typeof status.from === 'string' ? status.from : undefined;
        const to = typeof status.to === 'string' ? status.to : undefined;
        const index = roles.findIndex((r) => isRecord(r) && r.carer === personId && r.role === 'young_carer');
        if (index >= 0) {
          const next: Json = { ...(roles[index] as Json) };
          const lines: string[] = [];
          if (next.since === undefined && from !== undefined) next.since = from;
          else if (from !== undefined && next.since !== from)
            lines.push(`Recorded as a young carer from ${from}`);
          if (next.to === undefined && to !== undefined) next.to = to;
          else if (to !== undefined && next.to !== to) lines.push(`Recorded as a young carer until ${to}`);
          const notes = notesOf(status);
          if (notes !== undefined) lines.push(notes);
          if (lines.length > 0) {
            const before = typeof next.notes === 'string' && next.notes.trim() ? [next.notes] : [];
            next.notes = [...before, ...lines].join('\n');
          }
          roles[index] = next;
        } else {
          const role: Json = { id: freshId(personId, used), carer: personId, role: 'young_carer' };
          if (from !== undefined) role.since = from;
          if (to !== undefined) role.to = to;
          const notes = notesOf(status);
          if (notes !== undefined) role.notes = notes;
          roles.push(role);
        }
      }
      return { ...person, statuses: statuses.filter((s) => !(isRecord(s) && s.type === 'young_carer')) };
    });
    if (!changed) return document;
    return { ...document, people: nextPeople, caringRoles: roles };
  },
};
