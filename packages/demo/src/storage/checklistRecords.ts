import { recordChecklist, type ChecklistRecord, type Family } from '@kinmap/model';

// Each save keeps the day's checklist summary with the map (the model's `recordChecklist`), so "5 of 8
// met on 7 Dec" is a record, not a moment. The latest record saved for each open map is remembered
// here, so the checklist panel and the print header can show it without reading the store again.
const latest = new Map<string, ChecklistRecord>();

/**
 * The family with today's checklist record added (or today's replaced), as it is saved. If the record
 * cannot be made, the family is saved without it: a save is never lost for the sake of its record.
 */
export function withChecklistRecord(family: Family): Family {
  let recorded = family;
  try {
    recorded = recordChecklist(family).family;
  } catch {
    return family;
  }
  const record = recorded.checklistRecords.at(-1);
  if (record) latest.set(family.id, record);
  return recorded;
}

/** The latest checklist record saved with this map: from this session's saves, else from the map. */
export function latestChecklistRecord(family: Family): ChecklistRecord | undefined {
  const saved = latest.get(family.id);
  const stored = family.checklistRecords.at(-1);
  if (!saved) return stored;
  return stored && stored.date > saved.date ? stored : saved;
}
