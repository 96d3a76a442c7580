import { describe, expect, it } from 'vitest';
import {
  applyChange,
  ConsentStateSchema,
  invertChange,
  LawfulBasisSchema,
  preShareFindings,
  recordShare,
  redactFamily,
  type Family,
} from '@kinmap/model';
import {
  basisProblems,
  CONSENT_LABELS,
  EMPTY_BASIS,
  LAWFUL_BASIS_LABELS,
  preShareRecordOf,
  shareRecordInput,
  type ShareBasis,
} from '@kinmap/demo/share';
import { loadFixture } from '../support/fixtures.ts';

// The share dialog's record: what it asks for before a copy goes, and the share record it saves.

const COMPLETE: ShareBasis = {
  by: 'Sam Patel, social worker',
  lawfulBasis: 'public_task',
  condition: 'safeguarding_children_and_individuals_at_risk',
  note: '',
  consent: 'not_sought',
  consentReason: 'Asking would put the children at risk',
};

describe('what the record needs before a copy goes', () => {
  it('asks for each missing part in plain words', () => {
    expect(basisProblems(EMPTY_BASIS)).toEqual({
      by: 'Say who is sharing: your name or role.',
      lawfulBasis: 'Choose the lawful basis for sharing.',
      consent: 'Say where consent stands.',
    });
    expect(basisProblems(COMPLETE)).toEqual({});
  });

  it('needs a reason when consent was not sought or was refused, and a note for another condition', () => {
    expect(basisProblems({ ...COMPLETE, consentReason: '  ' })).toEqual({
      consentReason: 'Say why consent was not sought (for example, asking would put a child at risk).',
    });
    expect(basisProblems({ ...COMPLETE, consent: 'refused', consentReason: '' })).toEqual({
      consentReason: 'Say why the information is shared although consent was refused.',
    });
    expect(basisProblems({ ...COMPLETE, consent: 'given', consentReason: '' })).toEqual({});
    expect(basisProblems({ ...COMPLETE, consent: 'not_applicable', consentReason: '' })).toEqual({});
    expect(basisProblems({ ...COMPLETE, condition: 'other' })).toEqual({
      condition: 'Say which condition in the note.',
    });
    expect(basisProblems({ ...COMPLETE, condition: 'other', note: 'Sch 1 para 10' })).toEqual({});
  });

  it('has words for every lawful basis and consent state the model knows', () => {
    const sorted = (list: readonly string[]) => [...list].sort();
    expect(sorted(Object.keys(LAWFUL_BASIS_LABELS))).toEqual(sorted(LawfulBasisSchema.options));
    expect(sorted(Object.keys(CONSENT_LABELS))).toEqual(sorted(ConsentStateSchema.options));
  });

  it('gives the pre-share check what is chosen so far, so its record findings go as the form fills', () => {
    const family: Family = loadFixture('kinship');
    const recordFindings = (basis: ShareBasis) =>
      preShareFindings(family, 'partner_agency', preShareRecordOf(basis))
        .filter((finding) => finding.path.startsWith('share.'))
        .map((finding) => finding.path);
    expect(recordFindings(EMPTY_BASIS)).toEqual(
      expect.arrayContaining(['share.lawfulBasis', 'share.consent.state']),
    );
    expect(recordFindings({ ...COMPLETE, consentReason: '' })).toEqual(['share.consent.reason']);
    expect(recordFindings(COMPLETE)).toEqual([]);
  });
});

describe('the share record saved with the map', () => {
  it('records who, for whom, the profile, basis, consent, format and what was removed; undo takes it back', () => {
    const family: Family = loadFixture('kinship');
    const agency = family.agencies[0]!;
    const { summary } = redactFamily(family, 'partner_agency');
    const input = shareRecordInput(family, {
      recipient: { kind: 'agency', agencyId: agency.id },
      profile: 'partner_agency',
      basis: { ...COMPLETE, note: '  Strategy meeting 7 Dec  ' },
      format: 'pdf',
      summary,
      at: '2026-12-07T14:05:00Z',
    });
    const result = recordShare(family, input);
    expect(result.family.shares).toHaveLength(family.shares.length + 1);
    expect(result.family.shares.at(-1)).toEqual({
      id: result.id,
      at: '2026-12-07T14:05:00Z',
      by: 'Sam Patel, social worker',
      recipient: { name: agency.name, agency: agency.id },
      profile: 'partner_agency',
      lawfulBasis: 'public_task',
      condition: 'safeguarding_children_and_individuals_at_risk',
      lawfulBasisNote: 'Strategy meeting 7 Dec',
      consent: { state: 'not_sought', reason: 'Asking would put the children at risk' },
      formats: ['pdf'],
      summary: expect.objectContaining({
        removed: expect.objectContaining({ confidential_location: 1 }),
        removedTotal: summary.removedTotal,
      }),
    });
    expect(applyChange(result.family, invertChange(result.change)).shares).toEqual(family.shares);
  });

  it('records a typed recipient without an agency, and consent given without a reason', () => {
    const family: Family = loadFixture('kinship');
    const { summary } = redactFamily(family, 'court_bundle');
    const input = shareRecordInput(family, {
      recipient: { kind: 'other', name: '  Family court, Leeds  ' },
      profile: 'court_bundle',
      basis: { ...COMPLETE, lawfulBasis: 'legal_obligation', consent: 'given', consentReason: '' },
      format: 'json',
      summary,
    });
    expect(input.recipient).toEqual({ name: 'Family court, Leeds' });
    expect(input.consent).toEqual({ state: 'given' });
    const saved = recordShare(family, input).family.shares.at(-1);
    expect(saved?.recipient).toEqual({ name: 'Family court, Leeds' });
    expect(Date.parse(saved?.at ?? '')).not.toBeNaN();
  });
});
