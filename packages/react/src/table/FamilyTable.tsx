import type { Family } from '@kinmap/model';
import { useMemo } from 'react';
import { withDefaults, type DescribeLabels } from '../a11y/describePerson.ts';
import { chartDate } from '../a11y/familyFacts.ts';
import { useLabels } from '../labels/LabelsContext.ts';
import type { DeepPartial } from '../labels/mergeLabels.ts';
import { agencyColumns, agencyRows } from './agencyRows.ts';
import { DataTable } from './DataTable.tsx';
import { householdColumns, householdRows } from './householdRows.ts';
import { peopleColumns, peopleRows } from './peopleRows.ts';
import { relationshipColumns, relationshipRows } from './relationshipRows.ts';
import { joinClassNames, rootAttributes, type RootProps } from '../props/rootProps.ts';

/**
 * Props of {@link FamilyTable}. `ref`, `id`, `className`, `style`, `aria-*` and `data-*` go on its
 * `<section>`; an `aria-label` replaces its default name ("The family as tables").
 */
export interface FamilyTableProps extends RootProps<HTMLElement> {
  family: Family;
  /** The date the tables describe (ages, households, statuses). Default: the family's `asAt`, else today. */
  asAt?: string;
  /** Labels to override; the rest come from the nearest `LabelsProvider` or the en-GB defaults. */
  labels?: DeepPartial<DescribeLabels>;
  /** Which tables to show, in order. Default: all four. */
  tables?: ReadonlyArray<'people' | 'households' | 'agencies' | 'relationships'>;
}

const ALL_TABLES = ['people', 'households', 'agencies', 'relationships'] as const;

/**
 * The family as accessible tables (people, households, agencies, relationships): the text alternative
 * to the drawing, with captions and `th scope` headings. Everything is plain text, so a name such as
 * `<img src=x onerror=alert(1)>` is shown literally.
 *
 * @example
 * <FamilyTable family={family} asAt="2025-03-14" />
 */
export function FamilyTable(props: FamilyTableProps) {
  const { family, asAt, labels, tables = ALL_TABLES, className, style } = props;
  const base = useLabels();
  const text = useMemo(
    () => withDefaults({ ...base, ...labels } as DeepPartial<DescribeLabels>),
    [base, labels],
  );
  const date = chartDate(family, asAt);
  const caption = (title: string) => (
    <>
      {title} <span className="kinmap-table-date">({text.asAt(date)})</span>
    </>
  );
  const render = {
    people: () => (
      <DataTable
        key="people"
        caption={caption(text.peopleCaption)}
        columns={peopleColumns(text)}
        rows={peopleRows(family, date, text)}
        empty={text.noPeople}
      />
    ),
    households: () => (
      <DataTable
        key="households"
        caption={caption(text.householdsCaption)}
        columns={householdColumns(text)}
        rows={householdRows(family, date, text)}
        empty={text.noHouseholds}
      />
    ),
    agencies: () => (
      <DataTable
        key="agencies"
        caption={text.agenciesCaption}
        columns={agencyColumns(text)}
        rows={agencyRows(family, text, date)}
        empty={text.noAgencies}
      />
    ),
    relationships: () => (
      <DataTable
        key="relationships"
        caption={text.relationshipsCaption}
        columns={relationshipColumns(text)}
        rows={relationshipRows(family, text)}
        empty={text.noRelationships}
      />
    ),
  };
  return (
    <section
      aria-label={text.tableRegion}
      {...rootAttributes<HTMLElement>(props)}
      className={joinClassNames('kinmap-family-table', className)}
      style={style}
    >
      {tables.map((name) => render[name]())}
    </section>
  );
}
