import type { Meta, StoryObj } from '@storybook/react-vite';
import { Genogram } from '@kinmap/react';
import { fixture } from '../support/fixtures.ts';

const meta = {
  title: 'Charts/Genogram',
  component: Genogram,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'Draws a family as a genogram in SVG: person symbols, partnership and parent–child lines, twins, ' +
          'emotional lines, households and (with `showEcomap`) agencies. It draws what `layoutFamily` ' +
          'computed and decides nothing about the family. Drop it into a page with `kinmapStyles`; pass ' +
          '`theme` to pick light, dark or high contrast.\n\n' +
          "```tsx\nimport { Genogram, Legend, kinmapStyles } from '@kinmap/react';\n\n" +
          '<style>{kinmapStyles}</style>\n<Genogram family={family} notation="ics_uk" labelDetail="dates" theme="light" />\n' +
          '<Legend family={family} />\n```',
      },
    },
  },
  args: {
    family: fixture('leo'),
    theme: 'light',
    notation: 'mcgoldrick',
    labelDetail: 'age',
    showEcomap: false,
  },
  argTypes: {
    family: { control: false },
    notation: { control: 'inline-radio', options: ['mcgoldrick', 'ics_uk', 'nsgc'] },
    labelDetail: { control: 'inline-radio', options: ['age', 'dates', 'none'] },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    asAt: { control: 'text' },
  },
} satisfies Meta<typeof Genogram>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leo's family with the default settings. */
export const Default: Story = {};

/** Dates (birth and death years) instead of ages. */
export const WithDates: Story = { args: { labelDetail: 'dates' } };

/** Pregnancy losses hidden, as a family may ask for on their copy. */
export const WithoutPregnancyLosses: Story = {
  args: { family: fixture('twins'), showPregnancyLosses: false },
};

/** The key drawn inside the SVG, as in an export. */
export const WithLegendInside: Story = { args: { showLegend: true } };

/** The family as it was at an earlier date (households, ages and partnerships as at 2015). */
export const AsAtAnEarlierDate: Story = { args: { family: fixture('blended'), asAt: '2015-06-01' } };

/** Emotional lines hidden. */
export const WithoutEmotionalLines: Story = { args: { showEmotional: false } };
