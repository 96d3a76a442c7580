import type { Meta, StoryObj } from '@storybook/react-vite';
import type { PersonId } from '@kinmap/model';
import { InteractiveGenogram } from '@kinmap/react';
import { fixture } from '../support/fixtures.ts';

const leo = fixture('leo');

const meta = {
  title: 'Interaction/InteractiveGenogram',
  component: InteractiveGenogram,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'A `<Genogram>` you can navigate: every person is focusable with a spoken name composed from the ' +
          'model; Tab enters on the selected person (else the first subject); arrows move between relatives; ' +
          'Space selects, Enter activates; zoom, fit and pan buttons and keys. Selection, viewport and family ' +
          'are each controlled or uncontrolled (`selection` / `defaultSelection` / `onSelectionChange`, and so ' +
          'on).\n\n```tsx\n<InteractiveGenogram family={family} defaultSelection={[leoId]} ' +
          'onPersonActivate={openDetails} theme="light" />\n```',
      },
    },
  },
  args: { family: leo, theme: 'light', height: 520, width: '100%' },
  argTypes: {
    family: { control: false },
    theme: { control: 'inline-radio', options: ['light', 'dark', 'high-contrast'] },
    notation: { control: 'inline-radio', options: ['mcgoldrick', 'ics_uk', 'nsgc'] },
  },
} satisfies Meta<typeof InteractiveGenogram>;

export default meta;
type Story = StoryObj<typeof meta>;

/** Leo's family, nothing selected. */
export const Default: Story = {};

/** The subject selected when the chart opens. */
export const WithSelection: Story = { args: { defaultSelection: leo.subjects.slice(0, 1) as PersonId[] } };

/** Editable from the keyboard: Delete removes the person in focus, Ctrl/⌘+Z undoes. */
export const Editable: Story = { args: { family: undefined, defaultFamily: leo, isEditable: true } };

/** Without the zoom and pan buttons. */
export const WithoutControls: Story = { args: { showControls: false } };
