// The declarative state lists of the person-symbol stories: each entry is a label a designer reads and
// the change to one person that produces it.
import type { PersonInput } from '@kinmap/model';
import type { GridAxis } from '../support/StateGrid.tsx';

/** What one row changes: the person, whether they are the subject, and people they care for. */
export interface PersonState {
  person?: Partial<PersonInput>;
  isSubject?: boolean;
  /** Adds a cared-for relative and a caring role of this kind. */
  carer?: 'adult_carer' | 'young_carer';
}

/** Every gender identity the model records, each drawn by the symbol for the identity (NSGC 2022). */
export const GENDER_COLUMNS: readonly GridAxis<PersonInput['genderIdentity']>[] = [
  { label: 'Woman', value: 'woman' },
  { label: 'Man', value: 'man' },
  { label: 'Non-binary', value: 'non_binary' },
  { label: 'Self-described', value: 'self_described' },
  { label: 'Unknown', value: 'unknown' },
  { label: 'Not asked', value: 'not_asked' },
  { label: 'Declined', value: 'declined' },
];

const CHILD = { birth: { date: '2016-05-01', estimated: false } } as const;
const NRPF_NO = { immigration: { status: 'british_citizen', nrpf: 'no' } } as const;

/** Rows of the main person grid: vital status, subject, NRPF, carer and statuses. */
export const PERSON_ROWS: readonly GridAxis<PersonState>[] = [
  { label: 'Living adult (NRPF: no)', value: { person: NRPF_NO } },
  {
    label: 'Deceased (died 2020)',
    value: { person: { ...NRPF_NO, vitalStatus: 'deceased', death: { date: '2020', estimated: false } } },
  },
  { label: 'Vital status unknown', value: { person: { ...NRPF_NO, vitalStatus: 'unknown' } } },
  { label: 'Subject of the assessment', value: { person: NRPF_NO, isSubject: true } },
  { label: 'Subject, deceased', value: { person: { ...NRPF_NO, vitalStatus: 'deceased' }, isSubject: true } },
  {
    label: 'NRPF: yes (filled badge)',
    value: { person: { immigration: { status: 'limited_leave_nrpf', nrpf: 'yes' } } },
  },
  {
    label: 'NRPF: not asked (outline)',
    value: { person: { immigration: { status: 'not_asked', nrpf: 'not_asked' } } },
  },
  {
    label: 'NRPF: unknown (outline)',
    value: { person: { immigration: { status: 'unknown', nrpf: 'unknown' } } },
  },
  {
    label: 'NRPF: lifted',
    value: { person: { immigration: { status: 'limited_leave_with_recourse', nrpf: 'lifted' } } },
  },
  { label: 'Adult carer (C)', value: { person: NRPF_NO, carer: 'adult_carer' } },
  { label: 'Young carer (YC), child', value: { person: CHILD, carer: 'young_carer' } },
  {
    label: 'Child: CIN',
    value: { person: { ...CHILD, statuses: [{ type: 'child_in_need', from: '2024' }] } },
  },
  {
    label: 'Child: CPP neglect, subject',
    value: {
      person: {
        ...CHILD,
        statuses: [{ type: 'child_protection_plan', cpCategory: 'neglect', from: '2024' }],
      },
      isSubject: true,
    },
  },
  {
    label: 'Child: LAC s20',
    value: {
      person: {
        ...CHILD,
        statuses: [{ type: 'looked_after', lookedAfterBasis: 's20_accommodated', from: '2024' }],
      },
    },
  },
  {
    label: 'Adult: s42, DoLS',
    value: {
      person: {
        ...NRPF_NO,
        statuses: [
          { type: 's42_enquiry', from: '2024' },
          { type: 'dols_authorisation', from: '2024' },
        ],
      },
    },
  },
  {
    label: 'Five badges (shows +n)',
    value: {
      person: {
        immigration: { status: 'limited_leave_nrpf', nrpf: 'yes' },
        statuses: [
          { type: 's42_enquiry', from: '2024' },
          { type: 'mha_detention', detail: 's3', from: '2024' },
          { type: 's117_aftercare', from: '2024' },
          { type: 'marac', from: '2024' },
        ],
      },
    },
  },
];

/** Rows of the pregnancy and pregnancy-loss grid; the column says what sex is known. */
export const PREGNANCY_ROWS: readonly GridAxis<Partial<PersonInput>>[] = [
  {
    label: 'Pregnancy (EDD)',
    value: { kind: 'pregnancy', pregnancy: { edd: '2025-04-01' }, birth: undefined },
  },
  { label: 'Miscarriage', value: { kind: 'pregnancy_loss', loss: { outcome: 'miscarriage', date: '2022' } } },
  { label: 'Termination', value: { kind: 'pregnancy_loss', loss: { outcome: 'termination', date: '2021' } } },
  {
    label: 'Stillbirth',
    value: { kind: 'pregnancy_loss', loss: { outcome: 'stillbirth', gestationWeeks: 30 } },
  },
  { label: 'Ectopic', value: { kind: 'pregnancy_loss', loss: { outcome: 'ectopic' } } },
  { label: 'Loss, outcome unknown', value: { kind: 'pregnancy_loss', loss: { outcome: 'unknown' } } },
];

/** Other kinds of symbol: placeholder parent, pet, a symbol for several people, donor. */
export const OTHER_KINDS: readonly GridAxis<Partial<PersonInput>>[] = [
  {
    label: 'Placeholder (father not known)',
    value: {
      kind: 'placeholder',
      placeholder: { reasonUnknown: 'not_known_to_family' },
      names: { other: [] },
    },
  },
  { label: 'Pet (dog)', value: { kind: 'pet', petSpecies: 'dog', names: { given: 'Rex', other: [] } } },
  { label: 'Three siblings abroad', value: { count: 3, names: { given: 'Siblings abroad', other: [] } } },
  { label: 'Number not known', value: { count: 0, names: { given: 'Cousins', other: [] } } },
  {
    label: 'Known-as and legal name',
    value: { names: { given: 'Margaret', family: 'Okafor', knownAs: 'Peggy', other: [] } },
  },
  {
    label: 'Very long name',
    value: { names: { given: 'Anastasia-Wilhelmina', family: 'Fitzwilliam-Montgomery', other: [] } },
  },
  {
    label: 'Name that looks like HTML',
    value: { names: { given: '<img src=x onerror=alert(1)>', other: [] } },
  },
];
