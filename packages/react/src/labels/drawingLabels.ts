import { DEFAULT_LAYOUT_OPTIONS } from '@kinmap/layout';
import type { BadgeCode, ChartWords, ConnectorMark, ConnectorStyle } from '@kinmap/layout';
import type { NotationProfile } from '@kinmap/model';

type MarkKind = ConnectorMark['kind'];
type LossOutcome = 'miscarriage' | 'stillbirth' | 'termination' | 'ectopic' | 'unknown';

/** Formats a date (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`) the British way: 14/03/2025. */
function formatUkDate(date: string): string {
  const [y, m, d] = date.split('-');
  return [d, m, y].filter(Boolean).join('/');
}

/**
 * Every string the drawing components show or speak (en-GB). Override any of them through the
 * `labels` prop; see `defaultLabels`.
 *
 * @example
 * ```ts
 * drawingLabels.lines['descent-foster']; // 'Foster carer and child (dotted line)'
 * drawingLabels.expectedDelivery('2025-03-14'); // 'EDD 14/03/2025'
 * ```
 */
export const drawingLabels = {
  /**
   * The language of these labels (BCP 47): written as `lang` on the chart's `<svg>` when it is not
   * `en-GB`, so a screen reader reads a Welsh chart in Welsh.
   */
  lang: 'en-GB' as string,
  /**
   * The words the layout writes on the chart: partnership events before their year ("m." 1972),
   * "visits", the codes on emotional lines ("PA", "cares"), "(alleged)", the detail line under a
   * pregnancy or loss, "d." before a year of death, and the status words ("Missing"). The chart
   * passes them to the layout, which measures them to place them (see `ChartWords` in @kinmap/layout).
   * Badge texts (`badges`) and the lead tag (`agencyLeadTag`) are passed with them.
   */
  chartWords: {
    partnership: DEFAULT_LAYOUT_OPTIONS.words.partnership,
    visits: DEFAULT_LAYOUT_OPTIONS.words.visits,
    emotional: DEFAULT_LAYOUT_OPTIONS.words.emotional,
    alleged: DEFAULT_LAYOUT_OPTIONS.words.alleged,
    loss: DEFAULT_LAYOUT_OPTIONS.words.loss,
    weeks: DEFAULT_LAYOUT_OPTIONS.words.weeks,
    due: DEFAULT_LAYOUT_OPTIONS.words.due,
    died: DEFAULT_LAYOUT_OPTIONS.words.died,
    statuses: DEFAULT_LAYOUT_OPTIONS.words.statuses,
    unnamed: DEFAULT_LAYOUT_OPTIONS.words.unnamed,
  } satisfies Omit<ChartWords, 'lang' | 'badges' | 'lead'> as Omit<ChartWords, 'lang' | 'badges' | 'lead'>,
  genogramTitle: 'Genogram',
  ecomapTitle: 'Ecomap',
  /** Short description read with the chart title when the chart is a static image. */
  chartDescription: (people: number, agencies: number): string =>
    `Family map of ${people} ${people === 1 ? 'person' : 'people'}` +
    (agencies > 0 ? ` and ${agencies} ${agencies === 1 ? 'agency' : 'agencies'}` : '') +
    '. The key and the table view describe it in words.',
  legendTitle: 'Key',
  legendGroups: {
    symbols: 'People',
    lines: 'Lines',
    marks: 'Marks on lines',
    badges: 'Badges',
    areas: 'Households and agencies',
  },
  notationProfiles: {
    mcgoldrick: 'McGoldrick',
    ics_uk: 'ICS (UK children’s services)',
    nsgc: 'NSGC pedigree',
  } satisfies Record<NotationProfile, string>,
  symbols: {
    square: 'Man or boy (square)',
    circle: 'Woman or girl (circle)',
    diamondUnknown: 'Gender not known (diamond with ?)',
    diamond: 'Non-binary or self-described gender (diamond)',
    pregnancy: 'Pregnancy (triangle)',
    pregnancyNsgc: 'Pregnancy (P inside the symbol)',
    placeholder: 'Person not known or not recorded (dashed diamond with ?)',
    pet: 'Pet (rounded square with paw)',
    deceasedCross: 'Has died (cross inside the symbol)',
    deceasedSlash: 'Has died (slash through the symbol)',
    vitalUnknown: 'Not known whether alive (? at the top right)',
    subject: 'Subject of the assessment (double outline)',
    adopted: 'Adopted (brackets round the symbol)',
    count: 'Several people (number inside; n if not known)',
    donor: 'Donor (D inside)',
    surrogate: 'Surrogate (S inside)',
    yearsAbove: 'Year of birth above left, year of death above right',
  },
  losses: {
    miscarriage: 'Miscarriage (small triangle with cross)',
    stillbirth: 'Stillbirth (small symbol with cross, SB)',
    termination: 'Termination of pregnancy (small triangle with slash, TOP)',
    ectopic: 'Ectopic pregnancy (small triangle, ECT)',
    unknown: 'Pregnancy loss (small triangle)',
  } satisfies Record<LossOutcome, string>,
  /** Short codes written beside a pregnancy-loss symbol. */
  lossCodes: {
    miscarriage: '',
    stillbirth: 'SB',
    termination: 'TOP',
    ectopic: 'ECT',
    unknown: '',
  } satisfies Record<LossOutcome, string>,
  /** The text written above a pregnancy triangle. */
  expectedDelivery: (edd: string): string => `EDD ${formatUkDate(edd)}`,
  lines: {
    'partnership-married': 'Married or civil partners (solid line)',
    'partnership-cohabiting': 'Living together (dashed line)',
    'partnership-cohabiting-ics': 'Living together, enduring (solid line, LT)',
    'partnership-engaged': 'Engaged (long dashes)',
    'partnership-committed': 'In a relationship, living apart (dotted line)',
    'partnership-casual': 'Brief relationship or affair (sparse dots)',
    'partnership-unknown': 'Relationship of unknown kind (thin line)',
    'descent-birth': 'Birth parent and child (solid line)',
    'descent-adoptive': 'Adoptive parent and child (dashed line)',
    'descent-foster': 'Foster carer and child (dotted line)',
    'descent-order': 'Order or kinship care: SGO, CAO, guardian, family arrangement (dash-dot line)',
    'descent-step': 'Step-parent who parents the child (sparse dots, step)',
    'descent-other': 'Other parenting link (short dashes)',
    sibship: 'Children of the same parents (line joining siblings)',
    'twin-bar': 'Identical twins (bar across the fork)',
    'twin-unknown': 'Twins, not known whether identical (? at the fork)',
    'household-tether': 'Visits the household (dotted tether)',
    'emotional-close': 'Close (two parallel lines)',
    'emotional-very_close': 'Very close (three parallel lines)',
    'emotional-fused': 'Fused or enmeshed (three parallel lines)',
    'emotional-distant': 'Distant (dotted line)',
    'emotional-indifferent': 'Indifferent (dashed line with a gap)',
    'emotional-never_met': 'Never met (dotted line with a gap)',
    'emotional-conflict': 'Conflict (zigzag)',
    'emotional-hostile': 'Hostile (heavy zigzag)',
    'emotional-close_hostile': 'Close but hostile (two lines with a zigzag)',
    'emotional-fused_hostile': 'Fused and hostile (three lines with a zigzag)',
    'emotional-cutoff': 'Cut off or estranged (line broken by bars)',
    'emotional-cutoff_repaired': 'Cut off, since repaired (bars bridged)',
    'emotional-focused_on': 'Focused on (arrow)',
    'emotional-focused_on_negatively': 'Focused on negatively (zigzag arrow)',
    'emotional-physical_abuse': 'Physical abuse (zigzag arrow, PA)',
    'emotional-sexual_abuse': 'Sexual abuse (double zigzag arrow, SA)',
    'emotional-emotional_abuse': 'Emotional abuse (dashed zigzag arrow, EA)',
    'emotional-neglect': 'Neglect (dotted arrow, N)',
    'emotional-violence': 'Violence (heavy zigzag, V)',
    'emotional-controlling': 'Controlling or coercive (heavy arrow, CC)',
    'emotional-manipulative': 'Manipulative (dashed arrow)',
    'emotional-jealous': 'Jealous (dash-dot arrow)',
    'emotional-caretaker': 'Cares for (thin arrow)',
    'emotional-supportive': 'Supportive (thick line)',
    'emotional-other': 'Other relationship (thin line, labelled)',
    caring: 'Caring role: carer to the person cared for (line with » pointing to them)',
    'ecomap-strong': 'Strong connection with an agency (thick line)',
    'ecomap-weak': 'Weak connection with an agency (thin line)',
    'ecomap-tenuous': 'Tenuous or uncertain connection (dashed line)',
    'ecomap-unrecorded': 'Strength of connection not recorded (thin grey dotted line)',
  } satisfies Record<ConnectorStyle | 'partnership-cohabiting-ics' | 'twin-unknown', string>,
  consanguineous: 'Partners related by blood (double line)',
  pastLine: 'Ended or closed (faint line)',
  marks: {
    slash: 'Separated (one slash)',
    'double-slash': 'Divorced, dissolved or annulled (two slashes)',
    reconciled: 'Reconciled (crossed slashes)',
    question: 'Not known or disputed (?)',
    hatch: 'Stressful (hatching)',
    arrow: 'Direction (arrow)',
    bracket: 'Bracket',
    cutoff: 'Cut off (bars across the line)',
    care: 'Cares for (» points to the person cared for)',
  } satisfies Record<MarkKind, string>,
  /** Text written for a reconciled mark that has a position but no path. */
  reconciledText: 'rec.',
  /** Badge text by code. `status` and `more` badges show the text layout computed (e.g. CPP-N, +2). */
  badges: {
    nrpf: 'NRPF',
    nrpf_unknown: 'NRPF?',
    status: '',
    young_carer: 'YC',
    carer: 'C',
    identity_discrepancy: 'ID!',
    interpreter: 'Int',
    history_unchecked: 'SH?',
    more: '',
  } satisfies Record<BadgeCode, string>,
  /** Legend wording for each badge code. */
  badgeMeanings: {
    nrpf: 'No recourse to public funds (filled badge)',
    nrpf_unknown: 'NRPF not known or not asked (outline badge)',
    status: 'Safeguarding or legal status',
    young_carer: 'Young carer',
    carer: 'Carer',
    identity_discrepancy: 'Identity details differ between agencies',
    interpreter: 'Needs an interpreter',
    history_unchecked: 'Previous safeguarding history not checked',
    more: 'More badges than shown (see the table view)',
  } satisfies Record<BadgeCode, string>,
  household: 'Household: people who live together (dotted outline)',
  partTime: 'Lives there part of the time (half-filled corner)',
  agency: 'Agency or service (circle)',
  /** The tag drawn inside the circle of the agency holding the lead practitioner role. */
  agencyLeadTag: 'Lead',
  agencyLead: 'Agency of the lead practitioner (Lead in the circle)',
  ecomapRing: 'The family and its network (circle)',
};

/** The type of the drawing strings. */
export type DrawingLabels = typeof drawingLabels;
