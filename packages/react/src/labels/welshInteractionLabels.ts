import type { ParentChildKind } from '@kinmap/model';
import type { InteractionLabels, TermGender } from './interactionLabels.ts';

// Welsh (cy) wording of the interaction strings: spoken descriptions, controls and announcements.
// REVIEW: to be checked by a Welsh-speaking social care practitioner before it is relied on (see
// welshDrawingLabels.ts).

/** "a" before a consonant, "ac" before a vowel (Welsh "and"). */
function and(next: string): string {
  return /^[aeiouwyâêîôûŵŷ]/i.test(next) ? 'ac' : 'a';
}

/** The Welsh interaction strings; see {@link welshLabels}. */
export const welshInteractionLabels: InteractionLabels = {
  personRoleDescription: 'unigolyn',
  chartInstructions:
    'Defnyddiwch y bysellau saeth i symud rhwng perthnasau: i fyny at rieni, i lawr at blant, i’r chwith ac i’r dde at bartneriaid a brodyr a chwiorydd. Pwyswch Enter i agor, y Bylchwr i ddewis, Escape i glirio’r dewis. Mae plws a minws yn chwyddo, mae 0 yn ffitio’r siart i’r olwg, mae Shift a bysell saeth yn symud yr olwg.',
  selected: 'wedi’i ddewis',

  viewportControls: 'Rheolyddion golwg y siart',
  zoomIn: 'Chwyddo i mewn',
  zoomOut: 'Chwyddo allan',
  fitView: 'Ffitio’r siart i’r olwg',
  panUp: 'Symud yr olwg i fyny',
  panDown: 'Symud yr olwg i lawr',
  panLeft: 'Symud yr olwg i’r chwith',
  panRight: 'Symud yr olwg i’r dde',
  zoomLevel: (percent: number): string => `Chwyddo ${percent}%`,

  unnamed: 'Unigolyn heb enw',
  unnamedPregnancy: 'Beichiogrwydd',
  unnamedLoss: 'Colli beichiogrwydd',
  unnamedPlaceholder: 'Unigolyn anhysbys',
  unnamedPet: 'Anifail anwes',
  subject: 'testun yr asesiad',
  age: (years: number, isEstimated: boolean): string =>
    years < 1 ? 'dan 1' : isEstimated ? `tua ${years}` : `${years}`,
  ageUnknown: 'oed heb ei wybod',
  died: (year: string | undefined, ageAtDeath: number | undefined): string =>
    `bu farw${year ? ` ${year}` : ''}${ageAtDeath !== undefined ? ` yn ${ageAtDeath} oed` : ''}`,
  vitalStatusUnknown: 'ddim yn hysbys a yw’n fyw',
  relativeOf: (term: string, names: string): string => `${term} i ${names}`,
  list: (items: readonly string[]): string => {
    if (items.length <= 1) return items[0] ?? '';
    const last = items[items.length - 1] ?? '';
    return `${items.slice(0, -1).join(', ')} ${and(last)} ${last}`;
  },
  parentTerm: (kind: ParentChildKind, gender: TermGender): string => {
    const mam = gender === 'woman';
    const tad = gender === 'man';
    const noun = mam ? 'mam' : tad ? 'tad' : 'rhiant';
    switch (kind) {
      case 'birth':
        return noun;
      case 'adoptive':
        return mam ? 'mam fabwysiadol' : `${noun} mabwysiadol`;
      case 'adopted_out':
        return mam ? 'mam fiolegol' : `${noun} biolegol`;
      case 'foster':
      case 'private_foster':
        return 'gofalwr maeth';
      case 'kinship_foster':
        return 'gofalwr maeth sy’n perthyn';
      case 'special_guardian':
        return 'gwarcheidwad arbennig';
      case 'child_arrangements_lives_with':
        return 'gofalwr o dan orchymyn trefniadau plant';
      case 'informal_kinship':
        return 'gofalwr sy’n perthyn';
      case 'legal_guardian':
        return 'gwarcheidwad cyfreithiol';
      case 'step_parenting_role':
        return mam ? 'llysfam' : tad ? 'llystad' : 'llys-riant';
      case 'donor':
        return 'rhoddwr';
      case 'surrogate':
        return 'mam fenthyg';
      default:
        return noun;
    }
  },
  childTerm: (kind: ParentChildKind, gender: TermGender): string => {
    const merch = gender === 'woman';
    const mab = gender === 'man';
    const noun = merch ? 'merch' : mab ? 'mab' : 'plentyn';
    switch (kind) {
      case 'birth':
      case 'donor':
      case 'surrogate':
        return noun;
      case 'adoptive':
        return merch ? 'merch fabwysiedig' : `${noun} mabwysiedig`;
      case 'adopted_out':
        return `${noun} a fabwysiadwyd gan eraill`;
      case 'step_parenting_role':
        return merch ? 'llysferch' : mab ? 'llysfab' : 'llysblentyn';
      case 'foster':
      case 'kinship_foster':
      case 'private_foster':
        return 'plentyn maeth';
      default:
        return 'plentyn y gofelir amdano';
    }
  },
  partnerTerm: 'partner',
  siblingTerm: (gender: TermGender): string =>
    gender === 'woman' ? 'chwaer' : gender === 'man' ? 'brawd' : 'brawd neu chwaer',
  livesIn: (households: string): string => `yn byw yn ${households}`,
  partTimeIn: (households: string): string => `yn byw ran o’r amser yn ${households}`,
  visits: (households: string): string => `yn ymweld â ${households}`,
  nrpf: {
    yes: 'NRPF',
    no: '',
    lifted: 'NRPF wedi’i godi',
    unknown: 'NRPF heb ei wybod',
    not_asked: 'NRPF heb ofyn',
  },
  joinParts: (parts: readonly string[]): string => parts.filter((part) => part !== '').join(', '),

  personWithRole: (name: string, role: string | undefined): string => (role ? `${name} (${role})` : name),
  directed: (from: string, to: string): string => `${from} → ${to}`,
  mutual: (a: string, b: string): string => `${a} ${and(b)} ${b}`,
  relationshipWithDetails: (who: string, details: readonly string[]): string =>
    `${who}: ${details.filter((detail) => detail !== '').join(', ')}`,
  since: (date: string): string => date,
  until: (date: string): string => `tan ${date}`,
  ended: (date: string | undefined): string => (date ? `daeth i ben ${date}` : 'daeth i ben'),

  announceAdded: (name: string): string => `Ychwanegwyd ${name}`,
  announceAddedRelative: (name: string, term: string, of: string): string =>
    `Ychwanegwyd ${name} fel ${term} i ${of}`,
  announceRemoved: (name: string): string => `Tynnwyd ${name}`,
  announceUpdated: (name: string): string => `Newidiwyd ${name}`,
  announceChanged: 'Newidiwyd y teulu',
  announceUndone: (what: string): string => `Dadwnaed: ${what}`,
  announceRedone: (what: string): string => `Ailwnaed: ${what}`,
  announceNothingToUndo: 'Dim byd i’w ddadwneud',
  announceNothingToRedo: 'Dim byd i’w ailwneud',
  announceSelectionCleared: 'Cliriwyd y dewis',
  announceSelected: (names: string): string => `Dewiswyd ${names}`,

  editingInstructions:
    'Pwyswch Delete i dynnu’r unigolyn sydd mewn ffocws. Mae Ctrl a Z yn dadwneud, mae Ctrl, Shift a Z yn ailwneud (Command ar Mac).',
  announceEdit: (what: string, isApple: boolean): string =>
    `${what}. Pwyswch ${isApple ? 'Command+Z' : 'Ctrl+Z'} i ddadwneud.`,
};
