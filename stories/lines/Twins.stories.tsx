import type { Meta, StoryObj } from '@storybook/react-vite';
import { Chart } from '../support/Chart.tsx';
import { StateGrid } from '../support/StateGrid.tsx';
import type { GridAxis } from '../support/StateGrid.tsx';
import { twinsFamily } from './lineFamilies.ts';

type Zygosity = 'mz' | 'dz' | 'unknown';

/** Parents, an older sister and a multiple birth of the chosen zygosity. */
function MultipleBirth({ zygosity, count }: { zygosity: Zygosity; count: number }) {
  return <Chart family={twinsFamily(zygosity, count)} width={380} />;
}

const meta = {
  title: 'Lines/Twins and multiple births',
  component: MultipleBirth,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Twins and other multiple births hang from one point on the sibship line (domain.md §1.2, §1.7). ' +
          'Identical (MZ) twins have a bar across the fork; non-identical (DZ) none; unknown zygosity a "?".',
      },
    },
  },
  args: { zygosity: 'mz', count: 2 },
  argTypes: {
    zygosity: { control: 'inline-radio', options: ['mz', 'dz', 'unknown'] },
    count: { control: { type: 'range', min: 2, max: 4, step: 1 } },
  },
} satisfies Meta<typeof MultipleBirth>;

export default meta;
type Story = StoryObj<typeof meta>;

export const Default: Story = {};

const ZYGOSITY: readonly GridAxis<Zygosity>[] = [
  { label: 'Identical (MZ)', value: 'mz' },
  { label: 'Non-identical (DZ)', value: 'dz' },
  { label: 'Zygosity unknown', value: 'unknown' },
];
const COUNTS: readonly GridAxis<number>[] = [
  { label: 'Twins', value: 2 },
  { label: 'Triplets', value: 3 },
];

/** Zygosity × twins and triplets. */
export const AllStates: Story = {
  render: () => (
    <StateGrid
      caption="Multiple births: zygosity × number"
      rows={ZYGOSITY}
      columns={COUNTS}
      renderCell={(zygosity, count, label) => (
        <Chart family={twinsFamily(zygosity, count)} title={label} width={300} />
      )}
    />
  ),
};
