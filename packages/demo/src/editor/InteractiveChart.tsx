import type { Family, PersonId } from '@kinmap/model';
import { InteractiveGenogram, type Selection, type useFamilyLayout } from '@kinmap/react';
import { useMemo } from 'react';

export type FamilyLayout = NonNullable<ReturnType<typeof useFamilyLayout>>;

/**
 * Names are never drawn smaller than this at "fit" (CSS pixels): a family too big to fit at it opens
 * on the subjects at this size and the practitioner pans to the rest.
 */
export const READING_SIZE = 11;

interface ChartProps {
  family: Family;
  layout: FamilyLayout;
  showEcomap: boolean;
  selectedPersonId: string | undefined;
  onSelectPerson: (id: string | undefined) => void;
  onActivatePerson: (id: string) => void;
}

/**
 * The genogram (or ecomap) you can navigate: `<InteractiveGenogram>` drawing a layout computed once
 * by the caller (the key uses the same one), with the editor's selected person as its selection.
 */
export function InteractiveChart({
  family,
  layout,
  showEcomap,
  selectedPersonId,
  onSelectPerson,
  onActivatePerson,
}: ChartProps) {
  const selection = useMemo<Selection>(
    () => (selectedPersonId ? [selectedPersonId as PersonId] : []),
    [selectedPersonId],
  );
  return (
    <InteractiveGenogram
      family={family}
      layout={layout}
      showEcomap={showEcomap}
      selection={selection}
      onSelectionChange={(next) => onSelectPerson([...next].reverse().find((id) => id.startsWith('person:')))}
      onPersonActivate={onActivatePerson}
      width="100%"
      height="100%"
      minFitTextSize={READING_SIZE}
    />
  );
}
