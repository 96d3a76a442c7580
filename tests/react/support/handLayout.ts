// A small FamilyLayout built by hand (what layoutFamily would return), for tests that must not
// depend on the layout engine's choices.
import type { FamilyLayout } from '@kinmap/layout';
import { createId } from '@kinmap/model';
import { personNode } from './drawingData.ts';

export const ids = {
  sam: createId('person', 'sam'),
  amy: createId('person', 'amy'),
  leo: createId('person', 'leo'),
  loss: createId('person', 'loss'),
  household: createId('household', 'a'),
  school: createId('agency', 'school'),
};

export function handLayout(overrides: Partial<FamilyLayout> = {}): FamilyLayout {
  return {
    asAt: '2024-06-01',
    notation: 'mcgoldrick',
    symbolSize: 40,
    nodes: [
      personNode({
        id: ids.sam,
        x: 40,
        y: 40,
        name: 'Sam Jones',
        symbol: { shape: 'square', innerText: '36' },
      }),
      personNode({
        id: ids.amy,
        x: 160,
        y: 40,
        name: 'Amy Jones',
        symbol: { shape: 'circle', innerText: '34' },
        badges: [{ code: 'nrpf_unknown', text: 'NRPF?', filled: false }],
        label: { x: 120, y: 64, width: 80, height: 12, lines: ['Amy Jones'], fullName: 'Amy Jones' },
      }),
      personNode({
        id: ids.leo,
        x: 70,
        y: 160,
        generation: 1,
        name: 'Leo',
        symbol: { shape: 'square', innerText: '6', isSubject: true },
        badges: [{ code: 'status', text: 'CPP-N', filled: true }],
        label: { x: 30, y: 184, width: 80, height: 12, lines: ['Leo'], fullName: 'Leo Jones' },
      }),
      personNode({
        id: ids.loss,
        x: 130,
        y: 160,
        generation: 1,
        name: '',
        symbol: { shape: 'triangle', size: 'small', loss: { outcome: 'miscarriage', mark: 'cross' } },
        label: { x: 110, y: 174, width: 40, height: 0, lines: [], fullName: '' },
      }),
    ],
    connectors: [
      {
        id: 'partnership:1',
        ref: { kind: 'partnership', partnership: createId('partnership', 'p1') },
        style: 'partnership-married',
        d: 'M40 60 V80 H160 V60',
        marks: [{ kind: 'slash', d: 'M96 86 L104 74' }],
        label: { x: 100, y: 90, text: 'm. 2015' },
      },
      {
        id: 'descent:1',
        ref: { kind: 'descent', links: [createId('link', 'l1')] },
        style: 'descent-birth',
        d: 'M100 80 V110 H70 V140',
        marks: [],
      },
      {
        id: 'emotional:1',
        ref: { kind: 'emotional', emotional: createId('emotional', 'e1') },
        style: 'emotional-conflict',
        d: 'M60 40 Q100 0 140 40',
        marks: [],
      },
    ],
    households: [
      {
        id: ids.household,
        label: { x: 10, y: 0, text: 'Household A' },
        paths: ['M0 0 H200 V210 H0 Z'],
        residents: [ids.amy, ids.leo],
        partTime: [],
        visitors: [],
      },
    ],
    agencies: [],
    bounds: { x: 0, y: 0, width: 200, height: 210 },
    work: { steps: 0, bound: 0 },
    ...overrides,
  };
}
