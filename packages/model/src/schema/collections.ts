/**
 * The collections of a family document that hold entities with ids.
 *
 * @example
 * for (const name of COLLECTIONS) console.log(name, family[name].length);
 */
export const COLLECTIONS = [
  'people',
  'partnerships',
  'parentChildLinks',
  'multipleBirths',
  'households',
  'emotionalRelationships',
  'agencies',
  'involvements',
  'caringRoles',
] as const;
