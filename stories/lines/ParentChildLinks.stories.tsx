import type { Meta, StoryObj } from '@storybook/react-vite';
import type { ParentChildLink } from '@kinmap/model';
import { Chart } from '../support/Chart.tsx';
import { StateGrid } from '../support/StateGrid.tsx';
import type { GridAxis } from '../support/StateGrid.tsx';
import { linkFamily } from './lineFamilies.ts';

type Kind = ParentChildLink['kind'];
type Confidence = ParentChildLink['confidence'];

const KINDS: readonly GridAxis<Kind>[] = [
  { label: 'Birth', value: 'birth' },
  { label: 'Adoptive', value: 'adoptive' },
  { label: 'Adopted out (birth side)', value: 'adopted_out' },
  { label: 'Foster', value: 'foster' },
  { label: 'Kinship foster (KFC)', value: 'kinship_foster' },
  { label: 'Special guardian (SGO)', value: 'special_guardian' },
  { label: 'Child arrangements, lives with (CAO)', value: 'child_arrangements_lives_with' },
  { label: 'Informal kinship', value: 'informal_kinship' },
  { label: 'Private foster (PF)', value: 'private_foster' },
  { label: 'Legal guardian', value: 'legal_guardian' },
  { label: 'Step-parenting role', value: 'step_parenting_role' },
  { label: 'Donor', value: 'donor' },
  { label: 'Surrogate', value: 'surrogate' },
  { label: 'Other', value: 'other' },
];

const CONFIDENCE: readonly GridAxis<Confidence>[] = [
  { label: 'Confirmed', value: 'confirmed' },
  { label: 'Disputed', value: 'disputed' },
];

/** Parents and a child; for other kinds, a grandmother linked to the child by that kind. */
function ParentChildLine({ kind, confidence }: { kind: Kind; confidence: Confidence }) {
  return <Chart family={linkFamily(kind, confidence)} width={340} />;
}

const meta = {
  title: 'Lines/Parent–child links',
  component: ParentChildLine,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Parent–child links (domain.md §1.4): solid from birth parents; dashed from adoptive parents with ' +
          'brackets round the child; dotted for foster care; dash-dot with a badge for orders (SGO, CAO, ' +
          'guardian, kinship). A disputed link carries a "?". Each story shows the birth parents and, for ' +
          'other kinds, a grandmother linked by the kind in question.',
      },
    },
  },
  args: { kind: 'special_guardian', confidence: 'confirmed' },
  argTypes: {
    kind: { control: 'select', options: KINDS.map((k) => k.value) },
    confidence: { control: 'inline-radio', options: ['confirmed', 'reported', 'disputed', 'disproven'] },
  },
} satisfies Meta<typeof ParentChildLine>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

/** Every link kind, confirmed and disputed. */
export const AllStates: Story = {
  render: () => (
    <StateGrid
      caption="Parent–child link kind × confidence"
      rows={KINDS}
      columns={CONFIDENCE}
      renderCell={(kind, confidence, label) => (
        <Chart family={linkFamily(kind, confidence)} title={label} width={240} />
      )}
    />
  ),
};
