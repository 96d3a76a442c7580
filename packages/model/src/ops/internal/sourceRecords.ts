import { COLLECTIONS } from '../../schema/collections.ts';
import type { Family } from '../../schema/family.ts';
import type { FieldSource } from '../../schema/share.ts';

/** Ids of every entity of the family (and the family's own id). */
export function knownIds(family: Family): Set<string> {
  const ids = new Set<string>([family.id]);
  for (const name of COLLECTIONS) for (const e of family[name] as readonly { id: string }[]) ids.add(e.id);
  return ids;
}

/**
 * Drops what the share records and field sources say about records no longer on the map: a field
 * source about a removed record goes, and a removed agency is left out of the sources and share
 * records that name it (the recipient's name stays). Returns the same family when nothing changes.
 * `commit` runs it after every operation, so removing a person or an agency keeps the map valid.
 */
export function tidySourceRecords(family: Family): Family {
  // A family built by hand (not parsed) may lack the format-3 lists: nothing to tidy then.
  const sources = family.fieldSources ?? [];
  const shares = family.shares ?? [];
  if (sources.length === 0 && !shares.some((s) => s.recipient.agency !== undefined)) return family;
  const ids = knownIds(family);
  let changed = false;
  const nextSources: FieldSource[] = [];
  for (const source of sources) {
    if (!ids.has(source.entity.id)) {
      changed = true;
      continue;
    }
    if (source.agency !== undefined && !ids.has(source.agency)) {
      const { agency: _gone, ...rest } = source;
      nextSources.push(rest);
      changed = true;
    } else nextSources.push(source);
  }
  const nextShares = shares.map((share) => {
    const agency = share.recipient.agency;
    if (agency === undefined || ids.has(agency)) return share;
    changed = true;
    const { agency: _gone, ...recipient } = share.recipient;
    return { ...share, recipient };
  });
  return changed ? { ...family, fieldSources: nextSources, shares: nextShares } : family;
}
