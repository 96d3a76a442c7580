import type { Meta, StoryObj } from '@storybook/react-vite';
import { FamilyTable } from '@kinmap/react';
import { fixture } from '../support/fixtures.ts';

const meta = {
  title: 'Charts/FamilyTable',
  component: FamilyTable,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The family as accessible tables (people, households, agencies, relationships): the text ' +
          'alternative to the drawing, with captions and header cells. Everything is plain text, so a name ' +
          'that looks like HTML is shown literally.\n\n```tsx\n<FamilyTable family={family} asAt="2025-03-14" />\n```',
      },
    },
  },
  args: { family: fixture('leo') },
  argTypes: {
    family: { control: false },
    tables: { control: 'check', options: ['people', 'households', 'agencies', 'relationships'] },
    asAt: { control: 'text' },
  },
} satisfies Meta<typeof FamilyTable>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leo's family, all four tables. */
export const Default: Story = {};

/** People only. */
export const PeopleOnly: Story = { args: { tables: ['people'] } };

/** The blended family as it was in 2015. */
export const AsAtAnEarlierDate: Story = { args: { family: fixture('blended'), asAt: '2015-06-01' } };

/** Kinship care: orders and foster links in the relationships table. */
export const Kinship: Story = { args: { family: fixture('kinship') } };

/** One person, no households or agencies: the empty-table messages. */
export const Minimal: Story = { args: { family: fixture('minimal') } };
