import type * as z from 'zod/mini';
import { StandardItemKeySchema, StandardItemStateSchema } from './checklist.ts';
import * as E from './enums.ts';

/**
 * The allowed values of every enumeration, for building pickers and legends.
 *
 * @example
 * enums.Nrpf // ['yes', 'no', 'lifted', 'unknown', 'not_asked']
 */
export const enums = {
  StandardItemKey: StandardItemKeySchema.options,
  StandardItemState: StandardItemStateSchema.options,
  PersonKind: E.PersonKind.options,
  SexAtBirth: E.SexAtBirth.options,
  GenderIdentity: E.GenderIdentity.options,
  VitalStatus: E.VitalStatus.options,
  LossOutcome: E.LossOutcome.options,
  ReasonUnknown: E.ReasonUnknown.options,
  Significance: E.Significance.options,
  YesNoUnknown: E.YesNoUnknown.options,
  Verification: E.Verification.options,
  NhsNumberTrace: E.NhsNumberTrace.options,
  IdentifierType: E.IdentifierType.options,
  EthnicCategory: E.EthnicCategory.options,
  ImmigrationStatus: E.ImmigrationStatus.options,
  LimitedLeaveType: E.LimitedLeaveType.options,
  Nrpf: E.Nrpf.options,
  NrpfEvidence: E.NrpfEvidence.options,
  SupportUnder: E.SupportUnder.options,
  ChildStatusType: E.ChildStatusType.options,
  AdultStatusType: E.AdultStatusType.options,
  StatusType: E.StatusType.options,
  CpCategory: E.CpCategory.options,
  LookedAfterBasis: E.LookedAfterBasis.options,
  CareLeaverCategory: E.CareLeaverCategory.options,
  SafeguardingCheckResult: E.SafeguardingCheckResult.options,
  PartnershipKind: E.PartnershipKind.options,
  PartnershipEventType: E.PartnershipEventType.options,
  ParentChildKind: E.ParentChildKind.options,
  ParentalResponsibility: E.ParentalResponsibility.options,
  LinkConfidence: E.LinkConfidence.options,
  Zygosity: E.Zygosity.options,
  Membership: E.Membership.options,
  MembersConfirmed: E.MembersConfirmed.options,
  ConfirmationMethod: E.ConfirmationMethod.options,
  EmotionalType: E.EmotionalType.options,
  EmotionalDirection: E.EmotionalDirection.options,
  EvidenceBasis: E.EvidenceBasis.options,
  AgencyCategory: E.AgencyCategory.options,
  AgencyRole: E.AgencyRole.options,
  InvolvementStatus: E.InvolvementStatus.options,
  EcomapStrength: E.EcomapStrength.options,
  EcomapImpact: E.EcomapImpact.options,
  EcomapQuality: E.EcomapQuality.options,
  EcomapFlow: E.EcomapFlow.options,
  CaringRoleType: E.CaringRoleType.options,
  CareKind: E.CareKind.options,
  CarerAssessment: E.CarerAssessment.options,
  CareAppropriate: E.CareAppropriate.options,
  CaringAsked: E.CaringAsked.options,
  PreparedWithFamily: E.PreparedWithFamily.options,
  NotationProfile: E.NotationProfile.options,
  SensitivityClass: E.SensitivityClass.options,
} as const;

export type PersonKind = z.infer<typeof E.PersonKind>;
export type GenderIdentity = z.infer<typeof E.GenderIdentity>;
export type SexAtBirth = z.infer<typeof E.SexAtBirth>;
export type Nrpf = z.infer<typeof E.Nrpf>;
export type ImmigrationStatus = z.infer<typeof E.ImmigrationStatus>;
export type StatusType = z.infer<typeof E.StatusType>;
export type PartnershipKind = z.infer<typeof E.PartnershipKind>;
export type PartnershipEventType = z.infer<typeof E.PartnershipEventType>;
export type ParentChildKind = z.infer<typeof E.ParentChildKind>;
export type Membership = z.infer<typeof E.Membership>;
export type EmotionalType = z.infer<typeof E.EmotionalType>;
export type EvidenceBasis = z.infer<typeof E.EvidenceBasis>;
export type AgencyCategory = z.infer<typeof E.AgencyCategory>;
export type AgencyRole = z.infer<typeof E.AgencyRole>;
export type CaringRoleType = z.infer<typeof E.CaringRoleType>;
export type NotationProfile = z.infer<typeof E.NotationProfile>;
export type SensitivityClass = z.infer<typeof E.SensitivityClass>;
export type Zygosity = z.infer<typeof E.Zygosity>;
export type InvolvementStatus = z.infer<typeof E.InvolvementStatus>;
