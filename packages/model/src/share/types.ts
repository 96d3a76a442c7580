import type { PersonId } from '../ids.ts';
import type { Family } from '../schema/family.ts';
import type { SensitivityClass } from '../schema/enumValues.ts';
import type { RedactionProfile } from './profiles.ts';

/** An opt-in for a class a profile leaves out unless it is needed: the reason is required. */
export interface RedactionInclude {
  /** Why the recipient needs it ("needed for purpose: the strategy meeting must know of the s42 enquiry"). */
  reason: string;
}

/**
 * Options for `redactFamily`. Every field is optional except where a profile needs it:
 * `subject_access` needs `requester`; `anonymised` needs `asAt` when the family has none.
 */
export interface RedactOptions {
  /**
   * Classes to keep although the profile leaves them out, each with a reason. Only the classes a
   * profile allows: `special_category`, `criminal`, `immigration` for partner_agency and
   * court_bundle ("needed for purpose"); `confidential_location` for case_record (authorised roles
   * only); `criminal`, `court_restricted` for family_copy (already shared with the family); the
   * classes about other people for subject_access (after the ICO three-step test).
   */
  include?: Partial<Record<SensitivityClass, RedactionInclude>>;
  /** family_copy: the people the copy is for. Their own personal, health and immigration details stay. */
  familyMembers?: readonly PersonId[];
  /** subject_access: the person who made the request. Their own information stays in the draft. */
  requester?: PersonId;
  /**
   * People to leave out entirely (someone who asked for confidentiality). Where such a person is a
   * parent of someone who stays, they become an unknown-parent placeholder ("not disclosed").
   */
  withhold?: readonly PersonId[];
  /** anonymised: the date ages are counted to, when the family has no `asAt` (`YYYY-MM-DD`). */
  asAt?: string;
}

/** Something in the redaction a person must decide before the copy goes out. */
export interface RedactionDecision {
  /**
   * - `withheld`: taken out of a subject-access draft; release only after the ICO three-step test.
   * - `third_party`: left in a subject-access draft but identifies another person: decide before release.
   * - `review`: kept, but free text or restricted information someone should read first.
   * - `choose`: an option the sharer should set (who a family copy is for, say).
   */
  kind: 'withheld' | 'third_party' | 'review' | 'choose';
  /** Where, in the ORIGINAL family (`people[3]`, `households[0].address`); empty for the whole map. */
  path: string;
  /** The people the item is about, by their id in the original family. */
  people: PersonId[];
  /** The classes involved. */
  classes: SensitivityClass[];
  /** How many fields this covers. */
  count: number;
  /** Plain English for the practitioner. */
  message: string;
}

/** What `redactFamily` took out and what needs a decision. For the sharer, not the recipient. */
export interface RedactionSummary {
  profile: RedactionProfile;
  /** Fields (or groups of fields) taken out, by class. A removed group counts once. */
  removed: Record<SensitivityClass, number>;
  /** Total of `removed`. */
  removedTotal: number;
  /** Whole entries left out, by list (`people`, `parentChildLinks`…), from any cause. */
  removedEntries: Record<string, number>;
  /** People turned into "not disclosed" placeholders. */
  placeholders: number;
  /** Fields the sensitivity map does not class yet (pattern paths), left out to be safe. */
  unclassified: string[];
  /** The opt-ins used, with their reasons. */
  included: { class: SensitivityClass; reason: string }[];
  /** What a person must decide before the copy goes out. */
  decisions: RedactionDecision[];
  /** True for subject_access: the result is a draft for review, never a release. */
  draft: boolean;
}

/** What `redactFamily` returns. */
export interface RedactionResult {
  /** A valid family (it passes `parseFamily`) holding only what the recipient may see. Ids are new. */
  family: Family;
  summary: RedactionSummary;
  /**
   * Each id in the copy → the id of the same entry in the original map (the family's own id too).
   * For the sharer, to match a recipient's reply back to the map; never send it with the copy.
   */
  ids: ReadonlyMap<string, string>;
}
