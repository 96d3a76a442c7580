// toSvgString's `profile` option: the picture starts from the redacted family, so a case system that
// exports through it cannot leak what the profile removes (issue 14: every export path takes a profile).
import { describe, expect, it } from 'vitest';
import { redactFamily, REDACTION_PROFILES } from '@kinmap/model';
import { layoutFamily } from '@kinmap/layout';
import { toSvgString } from '@kinmap/react';
import { loadFixture } from '../support/fixtures.ts';

const asAt = '2024-06-01';

describe('toSvgString with a profile', () => {
  it('draws exactly the redacted copy, for every profile', () => {
    const family = loadFixture('many-agencies');
    for (const profile of REDACTION_PROFILES) {
      const options = profile === 'subject_access' ? { requester: family.people[0]!.id } : undefined;
      const redacted = redactFamily(family, profile, options).family;
      expect(toSvgString(family, { asAt, showEcomap: true, profile, redaction: options })).toBe(
        toSvgString(redacted, { asAt, showEcomap: true }),
      );
    }
  });

  it('an anonymised picture names nobody; the same call without a profile names everyone', () => {
    const family = loadFixture('leo');
    const names = family.people
      .map((p) => p.names.given)
      .filter((n): n is string => typeof n === 'string' && n.length > 2);
    expect(names.length).toBeGreaterThan(3);
    const full = toSvgString(family, { asAt });
    const anonymised = toSvgString(family, { asAt, profile: 'anonymised' });
    for (const name of names) {
      expect(full).toContain(name);
      expect(anonymised).not.toContain(name);
    }
  });

  it('refuses a ready-made layout with a profile, saying why', () => {
    const family = loadFixture('leo');
    const layout = layoutFamily(family, { asAt });
    expect(() => toSvgString(family, { layout, profile: 'partner_agency' })).toThrow(
      /options\.layout cannot be used with options\.profile/,
    );
  });
});
