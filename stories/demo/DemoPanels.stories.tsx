/* eslint-disable no-restricted-imports -- @kinmap/demo is a private app that exports no components; issue 5 asks for its panels in Storybook, so these stories import them from their files. */
import type { Meta, StoryObj } from '@storybook/react-vite';
import { checkFamily } from '@kinmap/model';
import { PersonPanel } from '../../packages/demo/src/editor/person/PersonPanel.tsx';
import { RelationshipsPanel } from '../../packages/demo/src/editor/panels/RelationshipsPanel.tsx';
import { HouseholdsPanel } from '../../packages/demo/src/editor/panels/HouseholdsPanel.tsx';
import { AgenciesPanel } from '../../packages/demo/src/editor/panels/AgenciesPanel.tsx';
import { ChecklistPanel } from '../../packages/demo/src/editor/panels/ChecklistPanel.tsx';
import { MapPanel } from '../../packages/demo/src/editor/panels/MapPanel.tsx';
import { fixture, FIXTURE_NAMES } from '../support/fixtures.ts';
import type { FixtureName } from '../support/fixtures.ts';
import { EditorHarness } from './EditorHarness.tsx';

type PanelName = 'person' | 'relationships' | 'households' | 'agencies' | 'checklist' | 'map';

/** One of the demo editor's side panels, editing a fixture family for real (changes are not saved). */
function DemoPanel({ panel, name, selected }: { panel: PanelName; name: FixtureName; selected?: string }) {
  const family = fixture(name);
  const selectedPersonId = selected ?? family.subjects[0];
  return (
    <EditorHarness
      key={`${panel}-${name}-${selectedPersonId}`}
      family={family}
      selectedPersonId={selectedPersonId}
    >
      {(api) => {
        switch (panel) {
          case 'person':
            return <PersonPanel />;
          case 'relationships':
            return <RelationshipsPanel />;
          case 'households':
            return <HouseholdsPanel />;
          case 'agencies':
            return <AgenciesPanel />;
          case 'checklist':
            return (
              <ChecklistPanel result={checkFamily(api.family)} family={api.family} onFinding={() => {}} />
            );
          case 'map':
            return <MapPanel />;
        }
      }}
    </EditorHarness>
  );
}

const meta = {
  title: 'Demo/Editing panels',
  component: DemoPanel,
  tags: ['autodocs'],
  parameters: {
    docs: {
      description: {
        component:
          'The demo editor’s side panels and forms as they appear in the demo, each editing a fixture family ' +
          '(edits work and can be undone in the demo; here they are kept only until the story reloads). The ' +
          'demo is a private package; these stories import its components from packages/demo/src.',
      },
    },
  },
  args: { panel: 'person', name: 'leo' },
  argTypes: {
    panel: {
      control: 'select',
      options: ['person', 'relationships', 'households', 'agencies', 'checklist', 'map'],
    },
    name: { control: 'select', options: FIXTURE_NAMES },
    selected: { control: 'text' },
  },
} satisfies Meta<typeof DemoPanel>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The person panel: add relatives and edit details of the selected person (Leo). */
export const Person: Story = {};

/** The person panel with nobody on the map yet: "add the first person". */
export const PersonOnAnEmptyMap: Story = {
  render: () => (
    <EditorHarness family={{ ...fixture('minimal'), people: [], subjects: [] }}>
      <PersonPanel />
    </EditorHarness>
  ),
};

/** Partnerships, parent–child links, emotional lines and caring roles. */
export const Relationships: Story = { args: { panel: 'relationships' } };

/** Households and who lives where, as at a date. */
export const Households: Story = { args: { panel: 'households' } };

/** Agencies and their involvement. */
export const Agencies: Story = { args: { panel: 'agencies' } };

/** The minimum-standard checklist with its findings. */
export const Checklist: Story = { args: { panel: 'checklist' } };

/** The map's details: title, as-at date, subjects, prepared with the family. */
export const Map: Story = { args: { panel: 'map' } };

/** Peter's person panel: an adult with statuses, immigration and caring fields. */
export const PersonPeter: Story = { args: { panel: 'person', name: 'peter' } };
