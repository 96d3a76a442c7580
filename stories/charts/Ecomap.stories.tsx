import type { Meta, StoryObj } from '@storybook/react-vite';
import { Ecomap } from '@kinmap/react';
import { fixture } from '../support/fixtures.ts';
import { Chart } from '../support/Chart.tsx';

const meta = {
  title: 'Charts/Ecomap',
  component: Ecomap,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'An ecomap (Hartman): the family in the middle and the agencies round it on a ring, each joined to ' +
          'the person, household or family it works with by a line whose pattern shows the strength of the ' +
          'connection, with hatching for stress and arrows for the flow of energy. Use ' +
          '`<Genogram showEcomap>` for the genogram and the agencies on one chart.\n\n' +
          '```tsx\n<Ecomap family={family} theme="light" />\n```',
      },
    },
  },
  args: { family: fixture('leo'), theme: 'light' },
  argTypes: {
    family: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
  },
} satisfies Meta<typeof Ecomap>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leo's family and the agencies working with it. */
export const Default: Story = {};

/** Peter (an older adult): adult social care, health and the court. */
export const Peter: Story = { args: { family: fixture('peter') } };

/** The key drawn inside the SVG. */
export const WithLegendInside: Story = { args: { showLegend: true } };

/** The genogram and the ecomap on one chart (`<Genogram showEcomap>`). */
export const CombinedWithGenogram: Story = {
  render: (args) => <Chart family={args.family} showEcomap width={720} title="Genogram with ecomap" />,
};
