import { describe, expect, it } from 'vitest';
import {
  everLegallyPartneredBy,
  isLegallyPartneredAt,
  isOngoingPartnershipStatus,
  partnershipStatusAt,
} from '@kinmap/model';
import type { PartnershipEventType, PartnershipKind } from '@kinmap/model';
import { familyBuilder } from './build.ts';

function partnership(kind: PartnershipKind, events: { type: PartnershipEventType; date?: string }[] = []) {
  const b = familyBuilder();
  b.person('a');
  b.person('b');
  b.partnership('a', 'b', kind, events);
  return b.build().partnerships[0]!;
}

describe('partnershipStatusAt', () => {
  const marriage = partnership('marriage', [
    { type: 'started', date: '1998' },
    { type: 'married', date: '2001-06' },
    { type: 'separated', date: '2015' },
    { type: 'divorced', date: '2017-02-01' },
  ]);

  it.each([
    ['1997-12-31', 'not_started'],
    ['1998-01-01', 'together'],
    ['2001-06-01', 'married'],
    ['2014-12-31', 'married'],
    ['2015-01-01', 'separated'],
    ['2017-01-31', 'separated'],
    ['2017-02-01', 'divorced'],
  ])('a marriage on %s is %s', (asAt, status) => {
    expect(partnershipStatusAt(marriage, asAt)).toBe(status);
  });

  it('uses every event when no date is given', () => {
    expect(partnershipStatusAt(marriage)).toBe('divorced');
  });

  it('follows the kind when there are no events', () => {
    expect(partnershipStatusAt(partnership('civil_partnership'), '2020-01-01')).toBe('civil_partnership');
    expect(partnershipStatusAt(partnership('cohabiting'), '2020-01-01')).toBe('cohabiting');
    expect(partnershipStatusAt(partnership('casual'), '2020-01-01')).toBe('together');
  });

  it('restores the earlier status on reconciliation after a separation', () => {
    const p = partnership('cohabiting', [
      { type: 'cohabited', date: '2010' },
      { type: 'separated', date: '2012' },
      { type: 'reconciled', date: '2013' },
    ]);
    expect(partnershipStatusAt(p, '2012-06-01')).toBe('separated');
    expect(partnershipStatusAt(p, '2013-06-01')).toBe('cohabiting');
  });

  it('keeps a separated couple married in law until the divorce', () => {
    expect(isLegallyPartneredAt(marriage, '2016-01-01')).toBe('married');
    expect(isLegallyPartneredAt(marriage, '2018-01-01')).toBeUndefined();
    expect(everLegallyPartneredBy(marriage, '2018-01-01')).toBe('married');
    expect(everLegallyPartneredBy(marriage, '1999-01-01')).toBeUndefined();
  });

  it('does not treat a divorced couple who reconcile as married again', () => {
    const p = partnership('marriage', [
      { type: 'married', date: '2000' },
      { type: 'divorced', date: '2005' },
      { type: 'reconciled', date: '2008' },
      { type: 'married', date: '2010' },
    ]);
    expect(partnershipStatusAt(p, '2009-01-01')).toBe('together');
    expect(partnershipStatusAt(p, '2011-01-01')).toBe('married');
  });

  it('sorts events by date whatever order they were recorded in', () => {
    const p = partnership('marriage', [
      { type: 'divorced', date: '2010' },
      { type: 'married', date: '2000' },
    ]);
    expect(partnershipStatusAt(p, '2005-01-01')).toBe('married');
    expect(partnershipStatusAt(p, '2011-01-01')).toBe('divorced');
  });

  it('places undated events after the event recorded before them', () => {
    const p = partnership('civil_partnership', [
      { type: 'civil_partnership_formed', date: '2012' },
      { type: 'dissolved' },
    ]);
    expect(partnershipStatusAt(p, '2011-01-01')).toBe('not_started');
    expect(partnershipStatusAt(p, '2013-01-01')).toBe('dissolved');
  });

  it('reports widowed and ended', () => {
    expect(
      partnershipStatusAt(partnership('marriage', [{ type: 'widowed', date: '2020' }]), '2021-01-01'),
    ).toBe('widowed');
    expect(partnershipStatusAt(partnership('casual', [{ type: 'ended' }]), '2021-01-01')).toBe('ended');
  });

  it('says which statuses are ongoing', () => {
    expect(isOngoingPartnershipStatus('engaged')).toBe(true);
    expect(isOngoingPartnershipStatus('divorced')).toBe(false);
    expect(isOngoingPartnershipStatus('not_started')).toBe(false);
  });
});
