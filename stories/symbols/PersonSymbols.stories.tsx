import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PersonId, PersonInput } from '@kinmap/model';
import { Chart } from '../support/Chart.tsx';
import { InteractiveChart } from '../support/InteractiveChart.tsx';
import { StateGrid } from '../support/StateGrid.tsx';
import type { GridAxis } from '../support/StateGrid.tsx';
import { familyForState, familyOfOne } from './personFamily.ts';
import { GENDER_COLUMNS, OTHER_KINDS, PERSON_ROWS, PREGNANCY_ROWS } from './personStates.ts';
import type { PersonState } from './personStates.ts';

const ALEX = 'person:alex' as PersonId;

/** The controls of the playground story: one person, every dimension a designer may change. */
interface PersonPlaygroundProps {
  genderIdentity: NonNullable<PersonInput['genderIdentity']>;
  vitalStatus: NonNullable<PersonInput['vitalStatus']>;
  isSubject: boolean;
  nrpf: 'yes' | 'no' | 'lifted' | 'unknown' | 'not_asked';
  carer: 'none' | 'adult_carer' | 'young_carer';
  status: 'none' | 'child_in_need' | 'child_protection_plan' | 'looked_after' | 's42_enquiry';
  isSelected: boolean;
}

/** One person drawn with the chosen states (a playground for the controls panel). */
function PersonPlayground(props: PersonPlaygroundProps) {
  const isChild =
    props.carer === 'young_carer' || props.status.startsWith('child') || props.status === 'looked_after';
  const state: PersonState = {
    isSubject: props.isSubject,
    carer: props.carer === 'none' ? undefined : props.carer,
    person: {
      vitalStatus: props.vitalStatus,
      immigration: { status: 'not_asked', nrpf: props.nrpf },
      birth: { date: isChild ? '2016' : '1990', estimated: false },
      statuses: props.status === 'none' ? [] : [{ type: props.status, from: '2024' }],
    },
  };
  const family = familyForState(state, props.genderIdentity);
  return (
    <InteractiveChart
      key={String(props.isSelected)}
      family={family}
      defaultSelection={props.isSelected ? [ALEX] : []}
      width={320}
    />
  );
}

const meta = {
  title: 'Symbols/Person symbols',
  component: PersonPlayground,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Every person symbol (domain.md §1.2). The shape follows the gender identity (square, circle, ' +
          'diamond with "?" when not known); a cross marks a death; a doubled outline marks a subject of the ' +
          'assessment; badges under the name show NRPF, statuses and caring. Use the controls to combine ' +
          'states, or open the grids below to see them all at once.',
      },
    },
  },
  args: {
    genderIdentity: 'woman',
    vitalStatus: 'living',
    isSubject: false,
    nrpf: 'not_asked',
    carer: 'none',
    status: 'none',
    isSelected: false,
  },
  argTypes: {
    genderIdentity: {
      control: 'select',
      options: ['woman', 'man', 'non_binary', 'self_described', 'unknown', 'not_asked', 'declined'],
    },
    vitalStatus: { control: 'inline-radio', options: ['living', 'deceased', 'unknown'] },
    nrpf: { control: 'select', options: ['yes', 'no', 'lifted', 'unknown', 'not_asked'] },
    carer: { control: 'inline-radio', options: ['none', 'adult_carer', 'young_carer'] },
    status: {
      control: 'select',
      options: ['none', 'child_in_need', 'child_protection_plan', 'looked_after', 's42_enquiry'],
    },
  },
} satisfies Meta<typeof PersonPlayground>;

export default meta;
type Story = StoryObj<typeof meta>;

/** One person; change the controls to combine states. */
export const Default: Story = {};

/** The same person, selected (dashed selection ring). */
export const Selected: Story = { args: { isSelected: true, isSubject: true } };

/** The whole matrix: gender identity across, vital status, subject, NRPF, carer and statuses down. */
export const AllStates: Story = {
  render: () => (
    <StateGrid
      caption="Person symbols: gender identity × vital status, subject, NRPF, carer and statuses"
      rows={PERSON_ROWS}
      columns={GENDER_COLUMNS}
      renderCell={(state, gender, label) => (
        <Chart family={familyForState(state, gender)} title={label} width={150} />
      )}
    />
  ),
};

const SEX_COLUMNS: readonly GridAxis<PersonInput['sexAtBirth']>[] = [
  { label: 'Sex not known', value: 'unknown' },
  { label: 'Female', value: 'female' },
  { label: 'Male', value: 'male' },
];

/** Pregnancy and every pregnancy-loss outcome, with the sex when it is known. */
export const PregnancyAndLoss: Story = {
  render: () => (
    <StateGrid
      caption="Pregnancy and pregnancy loss × sex"
      rows={PREGNANCY_ROWS}
      columns={SEX_COLUMNS}
      renderCell={(overrides, sex, label) => {
        const loss = overrides.loss ? { ...overrides.loss, sex } : undefined;
        const family = familyOfOne({ ...overrides, sexAtBirth: sex, ...(loss ? { loss } : {}) });
        return <Chart family={family} title={label} width={150} />;
      }}
    />
  ),
};

const SUBJECT_COLUMNS: readonly GridAxis<boolean>[] = [
  { label: 'Not a subject', value: false },
  { label: 'Subject', value: true },
];

/** Placeholder parents, pets, symbols for several people, and name labels. */
export const OtherKindsAndNames: Story = {
  render: () => (
    <StateGrid
      caption="Other symbols and name labels"
      rows={OTHER_KINDS}
      columns={SUBJECT_COLUMNS}
      renderCell={(overrides, isSubject, label) => (
        <Chart family={familyOfOne(overrides, isSubject)} title={label} width={170} />
      )}
    />
  ),
};

const SELECTION_ROWS: readonly GridAxis<boolean>[] = [
  { label: 'Not selected', value: false },
  { label: 'Selected', value: true },
];

/** Selection on every shape. */
export const SelectedStates: Story = {
  render: () => (
    <StateGrid
      caption="Selection × gender identity"
      rows={SELECTION_ROWS}
      columns={GENDER_COLUMNS}
      renderCell={(isSelected, gender, label) => (
        <InteractiveChart
          family={familyForState(
            { person: { immigration: { status: 'british_citizen', nrpf: 'no' } } },
            gender,
          )}
          defaultSelection={isSelected ? [ALEX] : []}
          title={label}
          width={150}
        />
      )}
    />
  ),
};

/** Keyboard focus on a subject (the focus ring). Only one element can hold focus, so this is one chart. */
export const Focused: Story = {
  render: () => (
    <InteractiveChart
      family={familyForState(
        { person: { immigration: { status: 'british_citizen', nrpf: 'no' } }, isSubject: true },
        'woman',
      )}
      focus={ALEX}
      title="A focused person"
      width={260}
    />
  ),
};
