// Words for the agency and household lists the demo's own forms need beyond optionLabels.ts, in plain
// British English. (Kept here so the agency and household panels do not touch the shared labels file.)

const humanise = (value: string) => {
  const text = value.replace(/_/g, ' ');
  return text.charAt(0).toUpperCase() + text.slice(1);
};

function from<T extends string>(table: Partial<Record<T, string>>) {
  return (value: T): string => table[value] ?? humanise(value);
}

export const agencyLabelOf = {
  ecomapImpact: from<string>({
    none: 'No particular effect',
    draining: 'Draining for the family',
    providing: 'Gives the family support',
  }),
  ecomapQuality: from<string>({ stressful: 'Stressful', not_stressful: 'Not stressful' }),
  invited: from<string>({
    yes: 'Yes, invited',
    no: 'No, not invited',
    unknown: 'Not known',
    not_asked: 'Not asked yet',
  }),
};
