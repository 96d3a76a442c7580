import type { Meta, StoryObj } from '@storybook/react-vite';
import type { EmotionalRelationship } from '@kinmap/model';
import { Chart } from '../support/Chart.tsx';
import { StateGrid } from '../support/StateGrid.tsx';
import type { GridAxis } from '../support/StateGrid.tsx';
import { emotionalFamily } from './lineFamilies.ts';

type Type = EmotionalRelationship['type'];
type Basis = EmotionalRelationship['basis'];

const MUTUAL: readonly Type[] = [
  'close',
  'very_close',
  'fused',
  'distant',
  'indifferent',
  'never_met',
  'conflict',
  'hostile',
  'close_hostile',
  'fused_hostile',
  'cutoff',
  'cutoff_repaired',
  'supportive',
  'other',
];
const DIRECTED: readonly Type[] = [
  'focused_on',
  'focused_on_negatively',
  'physical_abuse',
  'sexual_abuse',
  'emotional_abuse',
  'neglect',
  'violence',
  'controlling',
  'manipulative',
  'jealous',
  'caretaker',
];

function axis(types: readonly Type[]): GridAxis<Type>[] {
  return types.map((type) => ({ label: type.replaceAll('_', ' '), value: type }));
}

/** Two adults joined by one emotional line. */
function EmotionalLine({
  type,
  basis,
  direction,
}: {
  type: Type;
  basis: Basis;
  direction: 'mutual' | 'from_to';
}) {
  return <Chart family={emotionalFamily(type, basis, direction)} width={320} />;
}

const meta = {
  title: 'Lines/Emotional relationships',
  component: EmotionalLine,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Emotional and interactional lines (domain.md §1.5), drawn over the family structure as curves: ' +
          'parallel lines for closeness, zigzags for conflict, a gap with bars for a cut-off, arrows for ' +
          'directed patterns. Abuse lines are allegations, findings or convictions, so each shows its basis.',
      },
    },
  },
  args: { type: 'physical_abuse', basis: 'alleged', direction: 'from_to' },
  argTypes: {
    type: { control: 'select', options: [...MUTUAL, ...DIRECTED] },
    basis: {
      control: 'select',
      options: [
        'alleged',
        'disclosed',
        'substantiated',
        'finding_of_fact',
        'convicted',
        'observed',
        'reported',
        'unknown',
      ],
    },
    direction: { control: 'inline-radio', options: ['mutual', 'from_to'] },
  },
} satisfies Meta<typeof EmotionalLine>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

const ONE_COLUMN: readonly GridAxis<'mutual'>[] = [{ label: 'Mutual', value: 'mutual' }];

/** Every mutual type. */
export const MutualTypes: Story = {
  render: () => (
    <StateGrid
      caption="Mutual emotional relationships"
      rows={axis(MUTUAL)}
      columns={ONE_COLUMN}
      renderCell={(type, direction, label) => (
        <Chart family={emotionalFamily(type, 'unknown', direction)} title={label} width={240} />
      )}
    />
  ),
};

const BASES: readonly GridAxis<Basis>[] = [
  { label: 'Alleged', value: 'alleged' },
  { label: 'Substantiated', value: 'substantiated' },
  { label: 'Convicted', value: 'convicted' },
];

/** Every directed type (man towards woman) × the basis of the account. */
export const AllStates: Story = {
  render: () => (
    <StateGrid
      caption="Directed emotional relationships × basis"
      rows={axis(DIRECTED)}
      columns={BASES}
      renderCell={(type, basis, label) => (
        <Chart family={emotionalFamily(type, basis, 'from_to')} title={label} width={220} />
      )}
    />
  ),
};
