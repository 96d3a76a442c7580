const WORDS: Record<string, string> = {
  people: 'person',
  partnerships: 'partnership',
  parentChildLinks: 'parent–child link',
  multipleBirths: 'multiple birth',
  households: 'household',
  members: 'member',
  emotionalRelationships: 'emotional relationship',
  agencies: 'agency',
  involvements: 'involvement',
  caringRoles: 'caring role',
  statuses: 'status',
  nrpf: 'NRPF',
  nhsNumber: 'NHS number',
  dob: 'date of birth',
};

function words(key: string): string {
  return WORDS[key] ?? key.replace(/([a-z])([A-Z])/g, '$1 $2').toLowerCase();
}

/**
 * Turns a model path such as `people[3].immigration.nrpf` into words a practitioner can follow:
 * "person 4 › immigration › NRPF". The empty path is the document as a whole.
 */
export function describePath(path: string): string {
  if (path === '') return 'The file';
  const parts: string[] = [];
  const pattern = /([A-Za-z_$][\w$]*)|\[(\d+)\]|\["((?:[^"\\]|\\.)*)"\]/g;
  for (const match of path.matchAll(pattern)) {
    if (match[1] !== undefined) parts.push(words(match[1]));
    else if (match[2] !== undefined) {
      const last = parts.pop() ?? 'item';
      parts.push(`${last} ${Number(match[2]) + 1}`);
    } else if (match[3] !== undefined) parts.push(match[3]);
  }
  const text = parts.join(' › ');
  return text.charAt(0).toUpperCase() + text.slice(1);
}
