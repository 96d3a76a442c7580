import type { Meta, StoryObj } from '@storybook/react-vite';
import { Legend } from '@kinmap/react';
import { fixture } from '../support/fixtures.ts';

const meta = {
  title: 'Charts/Legend',
  component: Legend,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The key to a chart: only the symbols, lines, marks, badges and areas in use, each as a small glyph ' +
          'with its meaning in words, under a heading. Pass the same `layoutOptions` as the chart so the key ' +
          'matches what is drawn.\n\n```tsx\n<Genogram family={family} />\n<Legend family={family} />\n```',
      },
    },
  },
  args: { family: fixture('leo'), theme: 'light', headingLevel: 2 },
  argTypes: {
    family: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    headingLevel: { control: 'inline-radio', options: [2, 3, 4, 5, 6] },
  },
} satisfies Meta<typeof Legend>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leo's family: the key lists only what his chart uses. */
export const Default: Story = {};

/** The twins family: twins, a loss and a pregnancy. */
export const Twins: Story = { args: { family: fixture('twins') } };

/** Kinship care: SGO and foster lines. */
export const Kinship: Story = { args: { family: fixture('kinship') } };

/** With agencies (ecomap lines) included. */
export const WithEcomap: Story = { args: { layoutOptions: { ecomap: 'ring' } } };

/** The ICS notation: the key changes with the profile (cohabiting drawn solid). */
export const IcsProfile: Story = {
  args: { family: fixture('blended'), layoutOptions: { notation: 'ics_uk' } },
};
