import type {
  AgencyId,
  CaringRoleId,
  EmotionalId,
  EmotionalType,
  HouseholdId,
  InvolvementId,
  LinkId,
  MultipleBirthId,
  NotationProfile,
  PartnershipId,
  PersonId,
} from '@kinmap/model';

/** A point in layout coordinates (SVG user units; y grows downwards). */
export interface Point {
  x: number;
  y: number;
}

/** An axis-aligned box: `x`, `y` is the top-left corner. */
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

/** Options for `layoutFamily`. Every option has a default; see docs/layout.md. */
export interface LayoutOptions {
  /** The date the chart shows: households, ages and partnership status as at this day. Default: the family's `asAt`, else today. */
  asAt?: string;
  /** Conventions where genogram standards differ. Default: the family's `notationProfile`. */
  notation?: NotationProfile;
  /** Standard symbol size `s` in layout units. Default 40. */
  symbolSize?: number;
  /** Draw pregnancy losses (miscarriage, termination, stillbirth, ectopic). Default true. */
  showPregnancyLosses?: boolean;
  /** What the label under a symbol shows besides the name. Default `age`. */
  labelDetail?: 'age' | 'dates' | 'none';
  /** Where agencies go: a ring round the family, a band under it, or nowhere. Default `ring`. */
  ecomap?: 'ring' | 'band' | 'none';
  /** Draw emotional relationships. Default true. */
  showEmotional?: boolean;
  /**
   * Draw caring roles as lines from the carer to the person cared for (style `caring`). Default true.
   * A caring role with no cared-for person recorded has no line (the carer keeps their badge).
   */
  showCaring?: boolean;
  /**
   * When a small part of the family has lines spanning extra rows (families joined more than once),
   * re-rank it with dagre's network simplex and keep the result if lines get shorter. Default `dagre`.
   */
  refineRows?: 'dagre' | 'none';
  /**
   * The layout drawn before this edit. When given, everyone already on it keeps their x where the
   * rows allow; only the row that changed makes room, splitting the room it needs between both
   * sides, so one new person moves nobody else by more than about one symbol width. The output is
   * then a function of (family, options, previous). Leave it out for a fresh, centred layout.
   */
  previous?: FamilyLayout;
  /**
   * The words the layout writes on the chart ("m." 1972, "visits", "PA", "due", "Lead"), used both to
   * measure the text (so it is placed clear of other text) and to fill each label's `text`. Default:
   * en-GB (`DEFAULT_LAYOUT_OPTIONS.words`). Labels also carry codes (`Connector.label.words`,
   * `PersonNode.label.detail`), so a renderer can write them in its own words: pass it the same
   * words here so the widths measured match the text drawn.
   *
   * @example
   * layoutFamily(family, { words: { ...DEFAULT_LAYOUT_OPTIONS.words, visits: 'comes to' } });
   */
  words?: ChartWords;
}

/** A partnership event written on the partnership line with its year ("m. 1972", "d. 2015"). */
export type PartnershipWordCode =
  | 'married'
  | 'civil_partnership'
  | 'cohabited'
  | 'engaged'
  | 'separated'
  | 'divorced'
  | 'dissolved'
  | 'annulled'
  | 'widowed';

/** An emotional relationship or caring word written on its line ("PA", "cares"). */
export type EmotionalWordCode =
  'physical_abuse' | 'sexual_abuse' | 'emotional_abuse' | 'neglect' | 'violence' | 'controlling' | 'cares';

/**
 * One word (or short phrase) written on a line, as a code and numbers rather than text, so a renderer
 * can write it in any language: `{ code: 'married', year: 1972 }`, `{ code: 'visits' }`,
 * `{ code: 'physical_abuse', alleged: true }`. `own` is the family's own text (the label of an `other`
 * relationship): data, never translated.
 */
export type LineWord =
  | { code: PartnershipWordCode; year?: number }
  | { code: 'visits' }
  | { code: EmotionalWordCode; alleged?: true }
  | { code: 'own'; text: string; alleged?: true };

/** What the detail line under a symbol says, as a code: due month, pregnancy loss, year of death. */
export type NodeDetail =
  | { code: 'due'; date: string }
  | {
      code: 'loss';
      outcome: 'miscarriage' | 'stillbirth' | 'termination' | 'ectopic' | 'unknown';
      weeks?: number;
    }
  | { code: 'died'; year: number };

/**
 * Every word the layout writes on a chart, in one language: the `words` option of `layoutFamily`.
 * Plain text only (no functions), so a set of words is plain data. The en-GB set is
 * `DEFAULT_LAYOUT_OPTIONS.words`; `@kinmap/react` passes the words of its `labels` object.
 *
 * @example
 * const words: ChartWords = { ...DEFAULT_LAYOUT_OPTIONS.words, lang: 'en-GB', visits: 'visits' };
 */
export interface ChartWords {
  /** BCP 47 language tag of these words: `en-GB`, `cy`. */
  lang: string;
  /** Written before the year on a partnership line: `m.` 1972, `d.` 2015. */
  partnership: Record<PartnershipWordCode, string>;
  /** Beside the tether of a regular visitor to a household. */
  visits: string;
  /** On an emotional line (abuse codes) or a caretaker line (`cares`). */
  emotional: Record<EmotionalWordCode, string>;
  /** After the word on a line when the basis is alleged: `(alleged)`. */
  alleged: string;
  /** The detail line under a pregnancy loss. */
  loss: Record<'miscarriage' | 'stillbirth' | 'termination' | 'ectopic' | 'unknown', string>;
  /** After the weeks of gestation: `12 wk`. */
  weeks: string;
  /** Before the month a pregnancy is due: `due 03/2025`. */
  due: string;
  /** Before the year of death under a name: `d. 2015`. */
  died: string;
  /** The text of the fixed badges (status badges are notation codes such as CPP-N, from the layout). */
  badges: Record<Exclude<BadgeCode, 'status' | 'more'>, string>;
  /** The words inside status badges that are words rather than codes: `Missing`, `LAC remand`. */
  statuses: Record<'missing_episodes' | 'exploitation_risk' | 'probation_supervision' | 'remand', string>;
  /** The tag above the name of the agency holding the lead practitioner role (sized into its circle). */
  lead: string;
  /** Written in place of a name nobody recorded, by kind of person: `Unknown parent`, `Pregnancy`. */
  unnamed: Record<'person' | 'placeholder' | 'pregnancy' | 'pregnancy_loss' | 'pet', string>;
}

/** Shapes a person symbol can take (domain.md §1.2). */
export type SymbolShape =
  | 'square' // man or boy
  | 'circle' // woman or girl
  | 'diamond' // non-binary, self-described, or gender not known ("?" inside)
  | 'triangle' // pregnancy, and pregnancy losses (small)
  | 'pet'; // rounded square with a "pet" mark, never a diamond

/** Codes for badges under a symbol. The renderer turns codes into text through its labels object. */
export type BadgeCode =
  | 'nrpf' // NRPF: yes (filled)
  | 'nrpf_unknown' // NRPF?: unknown or not asked, for an adult (outline)
  | 'status' // a safeguarding or legal status; `text` holds the short code (CIN, CPP-N, LAC s20, s42…)
  | 'young_carer' // YC
  | 'carer' // C
  | 'identity_discrepancy' // ID!
  | 'interpreter' // Int
  | 'history_unchecked' // SH?: previous safeguarding not checked
  | 'more'; // +n when more than three badges

/** One badge. `filled` badges are solid; the rest are drawn as outlines. Never colour alone. */
export interface Badge {
  code: BadgeCode;
  /** Short notation text (e.g. "CPP-N", "+2"). Notation codes, not prose. */
  text: string;
  filled: boolean;
}

/** Everything a renderer needs to draw one person symbol without looking at the model. */
export interface SymbolDescriptor {
  shape: SymbolShape;
  /** `small` for pregnancy losses (0.5 s) and stillbirths drawn half size. */
  size: 'full' | 'small';
  /** Text drawn inside the symbol: "?" for unknown gender or placeholder, "P" (NSGC pregnancy), age, count, "D"/"S". */
  innerText?: string;
  deceased: boolean;
  /** `cross` (X inside, McGoldrick/ICS) or `slash` (NSGC). */
  deceasedMark: 'cross' | 'slash';
  /** Not known whether the person is alive: a small "?" mark at the top right. Absent otherwise. */
  vitalStatusUnknown?: boolean;
  /** Doubled outline for a subject of the assessment. */
  isSubject: boolean;
  isPlaceholder: boolean;
  /** Square brackets round the symbol (adopted in or out). */
  isAdopted: boolean;
  pregnancy?: { edd?: string };
  loss?: {
    outcome: 'miscarriage' | 'stillbirth' | 'termination' | 'ectopic' | 'unknown';
    mark: 'cross' | 'slash';
  };
  /** Text above left / above right of the symbol (birth and death years, McGoldrick). */
  yearAbove?: { left?: string; right?: string };
}

/** A person placed on the chart. `x`, `y` is the centre of the symbol. */
export interface PersonNode {
  id: PersonId;
  x: number;
  y: number;
  width: number;
  height: number;
  /** Row index: 0 is the oldest generation on the chart. */
  generation: number;
  symbol: SymbolDescriptor;
  /** Lines of text under the symbol, already shortened to fit; `fullName` is the whole name. */
  /** `fontSize` is the size the lines were fitted at (the renderer draws them at it; 11 when absent). */
  /** `detail` is what the detail line (the last of `lines`) says, as a code, when it is one of the layout's words. */
  label: Box & { lines: string[]; fullName: string; fontSize?: number; detail?: NodeDetail };
  badges: Badge[];
  /** Households the person belongs to as at the chart date. */
  households: HouseholdId[];
}

/** Style tokens for connectors. The renderer maps each to stroke, dash pattern and marks. */
export type ConnectorStyle =
  // partnership lines (§1.3)
  | 'partnership-married'
  | 'partnership-cohabiting'
  | 'partnership-engaged'
  | 'partnership-committed'
  | 'partnership-casual'
  | 'partnership-unknown'
  // parent–child (§1.4)
  | 'descent-birth'
  | 'descent-adoptive'
  | 'descent-foster'
  | 'descent-order' // SGO, CAO, guardian, informal kinship: dash-dot
  | 'descent-step'
  | 'descent-other'
  | 'sibship'
  | 'twin-bar'
  // households (§1.6)
  | 'household-tether'
  // emotional (§1.5)
  | `emotional-${EmotionalType}`
  // caring roles: carer to the person cared for, with open arrowheads (`care` mark) in the middle
  | 'caring'
  // ecomap (§2)
  | 'ecomap-strong'
  | 'ecomap-weak'
  | 'ecomap-tenuous'
  /** An involvement whose strength nobody recorded: never drawn as weak. */
  | 'ecomap-unrecorded';

/** What a connector stands for, so a renderer can link it back to the model. */
export type ConnectorRef =
  | { kind: 'partnership'; partnership: PartnershipId }
  | { kind: 'descent'; links: LinkId[]; partnership?: PartnershipId }
  /** `children`: the children hanging from this sibship line, left to right (oldest first). */
  | { kind: 'sibship'; partnership?: PartnershipId; parent?: PersonId; children?: PersonId[] }
  | { kind: 'multiple-birth'; multipleBirth: MultipleBirthId }
  | { kind: 'household-tether'; household: HouseholdId; person: PersonId }
  | { kind: 'emotional'; emotional: EmotionalId }
  /** A caring role: the line runs from `carer` to `caredFor`. */
  | { kind: 'caring'; caringRole: CaringRoleId; carer: PersonId; caredFor: PersonId }
  | { kind: 'ecomap'; involvement: InvolvementId };

/**
 * A mark drawn on a connector: separation slashes, a disputed "?", a stressful hatch, an arrowhead
 * (filled), or `care`: two open arrowheads in the middle of a caring line, pointing to the person
 * cared for (stroke only, never filled).
 */
export interface ConnectorMark {
  kind:
    'slash' | 'double-slash' | 'reconciled' | 'question' | 'hatch' | 'arrow' | 'bracket' | 'cutoff' | 'care';
  /** SVG path data of the mark (arrows: a closed triangle), or a point for text marks. */
  d?: string;
  at?: Point;
}

/** A line on the chart as SVG path data with a style token. */
export interface Connector {
  id: string;
  ref: ConnectorRef;
  style: ConnectorStyle;
  d: string;
  /** Line drawn faint: an ended link or a closed involvement. */
  isPast?: boolean;
  /** Consanguineous partnership: drawn as a double line. */
  isDouble?: boolean;
  marks: ConnectorMark[];
  /**
   * Text on the line, such as "m. 1990 s. 2010", "visits", "PA (alleged)", written in the layout's
   * `words`; `words` holds the same as codes and years, for a renderer that writes them itself.
   */
  label?: Point & { text: string; words?: LineWord[] };
}

/** A dotted boundary round the members of one household as at the chart date. */
export interface HouseholdOutline {
  id: HouseholdId;
  label: Point & { text: string };
  /** One closed path per cluster of adjacent residents (more than one when they cannot sit together). */
  paths: string[];
  residents: PersonId[];
  partTime: PersonId[];
  visitors: PersonId[];
}

/**
 * An agency placed on the ecomap. `x`, `y` is the centre of its circle; the circle is sized to hold
 * the agency's whole name (and team), wrapped over several lines, never cut to initials.
 */
export interface AgencyNode {
  id: AgencyId;
  x: number;
  y: number;
  radius: number;
  /**
   * The agency holds the lead practitioner role (an involvement with role `lead_practitioner`, open
   * as at the chart date). Its circle is sized to hold a tag line above the name (`words.lead`, drawn
   * by the renderer from its labels), one `lineHeight` above `label.y`. Absent otherwise.
   */
  isLead?: true;
  /**
   * The agency's name and team wrapped inside its circle, centred on `x`; `y` is the vertical middle
   * of the first line (draw it with `dy="0.35em"`). Joined with spaces, `lines` give the whole name
   * (then the team): nothing is shortened. Names are data: render them as text.
   */
  label: Point & {
    lines: string[];
    /** How many of `lines` are the agency's name; the rest are its team. Absent: all are the name. */
    nameLines?: number;
    /** Font size the lines were wrapped at: the chart's name size (`0.25 s`). Absent: 10. */
    fontSize?: number;
    /** Distance between the lines' baselines. Absent: 11. */
    lineHeight?: number;
  };
}

/** The whole chart: plain data a renderer draws without deciding anything. */
export interface FamilyLayout {
  asAt: string;
  notation: NotationProfile;
  symbolSize: number;
  nodes: PersonNode[];
  /** Every line: partnerships, descents, sibships, twins, tethers, emotional curves, ecomap edges. */
  connectors: Connector[];
  households: HouseholdOutline[];
  agencies: AgencyNode[];
  /** The ecomap ring round the family, when `ecomap` is `ring`. */
  ecomapRing?: { cx: number; cy: number; r: number };
  /** Bounding box of everything drawn. */
  bounds: Box;
  /**
   * What the layout did, counted rather than timed: `steps` taken by its passes, and the `bound`
   * they stay under (a linear function of the family's size, see docs/layout.md). Layout always
   * finishes; these numbers let a test or a host check it cheaply.
   */
  work: { steps: number; bound: number };
}
