import { displayName, type Person } from '@kinmap/model';

/** The name the editor shows for a person (the model's display name, with its fallbacks). */
export function personName(person: Person): string {
  return displayName(person);
}
