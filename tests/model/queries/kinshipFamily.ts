// A three-generation family for kinship tests: a divorce and remarriage on each side, half- and
// step-siblings, twins, an adoption, a special guardianship order and an ended foster placement.
import { familyBuilder } from './build.ts';

export function kinshipFamily() {
  const b = familyBuilder('Kinship test family');
  // Grandparents and a great-grandmother
  b.person('edith', { gender: 'woman', born: '1935' });
  b.person('gwen', { gender: 'woman', born: '1958' });
  b.person('george', { gender: 'man', born: '1956' });
  b.person('pete', { gender: 'man', born: '1955' });
  b.person('pam', { gender: 'woman', born: '1957' });
  b.child(['edith'], 'gwen');
  b.partnership('gwen', 'george', 'marriage');
  b.partnership('pete', 'pam', 'marriage');
  // Parents' generation
  b.person('amy', { gender: 'woman', born: '1988-04-02' });
  b.person('beth', { gender: 'woman', born: '1985' });
  b.person('jo', { gender: 'man', born: '1986' });
  b.person('ian', { gender: 'man', born: '1990' });
  b.person('ben', { gender: 'man' });
  b.person('sam', { gender: 'man' });
  b.person('kim', { gender: 'woman' });
  b.child(['gwen', 'george'], 'amy');
  b.child(['gwen', 'george'], 'beth');
  b.child(['pete', 'pam'], 'jo');
  b.child(['pete', 'pam'], 'ian');
  b.partnership('amy', 'jo', 'marriage', [
    { type: 'married', date: '2015-06-20' },
    { type: 'separated', date: '2020-05' },
    { type: 'divorced', date: '2021-09-01' },
  ]);
  b.partnership('amy', 'sam', 'cohabiting', [{ type: 'cohabited', date: '2022' }]);
  b.partnership('jo', 'kim', 'marriage', [{ type: 'married', date: '2022-08-13' }]);
  b.partnership('beth', 'ben', 'marriage');
  // Children
  b.person('leo', { gender: 'man', born: '2016-01-10' });
  b.person('ella', { gender: 'woman', born: '2018-07-01' });
  b.person('isla', { gender: 'woman', born: '2018-07-01' });
  b.person('rowan', { gender: 'non_binary', born: '2020-02-02' });
  b.person('max', { gender: 'man', born: '2023-05-05' });
  b.person('bump', { kind: 'pregnancy', pregnancy: { edd: '2025-08' } });
  b.person('tom', { gender: 'man', born: '2012' });
  b.person('zoe', { gender: 'woman', born: '2014' });
  b.person('cal', { gender: 'man', born: '2015' });
  b.person('ada', { gender: 'woman', born: '2017' });
  b.child(['amy', 'jo'], 'leo');
  b.child(['amy', 'jo'], 'ella');
  b.child(['amy', 'jo'], 'isla');
  b.child(['amy', 'jo'], 'rowan');
  b.multiple(['ella', 'isla'], 'mz');
  b.child(['jo', 'kim'], 'max');
  b.child(['jo', 'kim'], 'bump');
  b.child(['sam'], 'tom');
  b.child(['kim'], 'zoe');
  b.child(['beth', 'ben'], 'cal');
  b.child(['beth', 'ben'], 'ada', 'adoptive', { from: '2019-03-01' });
  // Care: Gwen holds an SGO for Leo; Nat fostered Isla for a few months
  b.child(['gwen'], 'leo', 'special_guardian', { from: '2022-05-01' });
  b.person('nat', { gender: 'woman' });
  b.child(['nat'], 'isla', 'foster', { from: '2021-01-01', to: '2021-06-30' });
  b.person('stranger', { gender: 'man' });
  b.household('amy', [
    { person: 'amy' },
    { person: 'sam', from: '2022' },
    { person: 'leo', to: '2022-04-30' },
    { person: 'ella' },
    { person: 'isla' },
    { person: 'rowan' },
  ]);
  b.household('gwen', [{ person: 'gwen' }, { person: 'george' }, { person: 'leo', from: '2022-05-01' }]);
  return b.build({ asAt: '2025-03-14' });
}
