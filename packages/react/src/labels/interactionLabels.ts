import type { ParentChildKind } from '@kinmap/model';

/** How a person's gender is worded in kinship terms ("mother", "father", "parent"). */
export type TermGender = 'woman' | 'man' | 'other';

/**
 * User-visible strings for selection, keyboard navigation, pan and zoom, spoken descriptions and
 * announcements (en-GB). Part of the package's single overridable labels object: override any entry,
 * keep the rest.
 *
 * @example
 * const labels = { ...interactionLabels, zoomIn: 'Zoom in on the chart' };
 */
export const interactionLabels = {
  // ── Chart and symbols ────────────────────────────────────────────────────
  /** Spoken role of a person symbol ("person", read after its name). */
  personRoleDescription: 'person',
  /** Hidden instructions linked to every person symbol by `aria-describedby`. */
  chartInstructions:
    'Use the arrow keys to move between relatives: up to parents, down to children, left and right to partners and siblings. Press Enter to open, Space to select, Escape to clear the selection. Plus and minus zoom, 0 fits the chart to the view, Shift and an arrow key pans.',
  /** Appended to a person's name when they are selected. */
  selected: 'selected',

  // ── Viewport controls ────────────────────────────────────────────────────
  viewportControls: 'Chart view controls',
  zoomIn: 'Zoom in',
  zoomOut: 'Zoom out',
  fitView: 'Fit the chart to the view',
  panUp: 'Move the view up',
  panDown: 'Move the view down',
  panLeft: 'Move the view left',
  panRight: 'Move the view right',
  /** Spoken after a zoom, with the zoom as a whole percentage. */
  zoomLevel: (percent: number): string => `Zoom ${percent}%`,

  // ── Describing a person ──────────────────────────────────────────────────
  unnamed: 'Unnamed person',
  unnamedPregnancy: 'Pregnancy',
  unnamedLoss: 'Pregnancy loss',
  unnamedPlaceholder: 'Unknown person',
  unnamedPet: 'Pet',
  subject: 'subject of the assessment',
  /** Age in years; `isEstimated` when the birth date is an estimate or known only to the month or year. */
  age: (years: number, isEstimated: boolean): string =>
    years < 1 ? 'under 1' : isEstimated ? `about ${years}` : `${years}`,
  ageUnknown: 'age not known',
  died: (year: string | undefined, ageAtDeath: number | undefined): string =>
    `died${year ? ` ${year}` : ''}${ageAtDeath !== undefined ? ` aged ${ageAtDeath}` : ''}`,
  vitalStatusUnknown: 'not known whether living',
  /** "mother of Leo and Mia". */
  relativeOf: (term: string, names: string): string => `${term} of ${names}`,
  /** Joins names: "Leo", "Leo and Mia", "Leo, Mia and Zed". */
  list: (items: readonly string[]): string =>
    items.length <= 1
      ? (items[0] ?? '')
      : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1] ?? ''}`,
  parentTerm: (kind: ParentChildKind, gender: TermGender): string => {
    const noun = gender === 'woman' ? 'mother' : gender === 'man' ? 'father' : 'parent';
    switch (kind) {
      case 'birth':
        return noun;
      case 'adoptive':
        return `adoptive ${noun}`;
      case 'adopted_out':
        return `birth ${noun}`;
      case 'foster':
      case 'private_foster':
        return 'foster carer';
      case 'kinship_foster':
        return 'kinship foster carer';
      case 'special_guardian':
        return 'special guardian';
      case 'child_arrangements_lives_with':
        return 'carer under a child arrangements order';
      case 'informal_kinship':
        return 'kinship carer';
      case 'legal_guardian':
        return 'legal guardian';
      case 'step_parenting_role':
        return gender === 'woman' ? 'stepmother' : gender === 'man' ? 'stepfather' : 'step-parent';
      case 'donor':
        return 'donor';
      case 'surrogate':
        return 'surrogate';
      default:
        return noun;
    }
  },
  childTerm: (kind: ParentChildKind, gender: TermGender): string => {
    const noun = gender === 'woman' ? 'daughter' : gender === 'man' ? 'son' : 'child';
    switch (kind) {
      case 'birth':
      case 'donor':
      case 'surrogate':
        return noun;
      case 'adoptive':
        return `adopted ${noun}`;
      case 'adopted_out':
        return `${noun} adopted out`;
      case 'step_parenting_role':
        return gender === 'woman' ? 'stepdaughter' : gender === 'man' ? 'stepson' : 'stepchild';
      case 'foster':
      case 'kinship_foster':
      case 'private_foster':
        return 'fostered child';
      default:
        return 'child cared for';
    }
  },
  partnerTerm: 'partner',
  siblingTerm: (gender: TermGender): string =>
    gender === 'woman' ? 'sister' : gender === 'man' ? 'brother' : 'sibling',
  livesIn: (households: string): string => `lives in ${households}`,
  partTimeIn: (households: string): string => `lives part of the time in ${households}`,
  visits: (households: string): string => `visits ${households}`,
  nrpf: {
    yes: 'NRPF',
    no: '',
    lifted: 'NRPF lifted',
    unknown: 'NRPF unknown',
    not_asked: 'NRPF not asked',
  },
  /** Joins the parts of a spoken description. */
  joinParts: (parts: readonly string[]): string => parts.filter((part) => part !== '').join(', '),

  // ── Describing a relationship ────────────────────────────────────────────
  /** "Sam (father)". */
  personWithRole: (name: string, role: string | undefined): string => (role ? `${name} (${role})` : name),
  /** "Sam (father) → Alex (child)". */
  directed: (from: string, to: string): string => `${from} → ${to}`,
  /** "Amy and Sam". */
  mutual: (a: string, b: string): string => `${a} and ${b}`,
  /** "Sam (father) → Alex (child): physical abuse, substantiated, 2023". */
  relationshipWithDetails: (who: string, details: readonly string[]): string =>
    `${who}: ${details.filter((detail) => detail !== '').join(', ')}`,
  since: (date: string): string => date,
  until: (date: string): string => `until ${date}`,
  ended: (date: string | undefined): string => (date ? `ended ${date}` : 'ended'),

  // ── Announcements (polite live region) ───────────────────────────────────
  announceAdded: (name: string): string => `Added ${name}`,
  announceAddedRelative: (name: string, term: string, of: string): string =>
    `Added ${name} as ${term} of ${of}`,
  announceRemoved: (name: string): string => `Removed ${name}`,
  announceUpdated: (name: string): string => `Changed ${name}`,
  announceChanged: 'Family changed',
  announceUndone: (what: string): string => `Undone: ${what}`,
  announceRedone: (what: string): string => `Redone: ${what}`,
  announceNothingToUndo: 'Nothing to undo',
  announceNothingToRedo: 'Nothing to redo',
  announceSelectionCleared: 'Selection cleared',
  announceSelected: (names: string): string => `Selected ${names}`,

  // ── Editing on the chart (`<InteractiveGenogram isEditable>`) ────────────
  /** Added to the keyboard instructions when the chart is editable. */
  editingInstructions:
    'Press Delete to remove the person in focus. Ctrl and Z undoes, Ctrl, Shift and Z redoes (Command on a Mac).',
  /** Said after an edit made on the chart: "Removed Amy Jones. Press Ctrl+Z to undo." */
  announceEdit: (what: string, isApple: boolean): string =>
    `${what}. Press ${isApple ? 'Command+Z' : 'Ctrl+Z'} to undo.`,
};

/** The type of {@link interactionLabels}: every string the interaction layer shows or speaks. */
export type InteractionLabels = typeof interactionLabels;
