import type { Rule } from './contextTypes.ts';
import { abuseBasis } from './rules/abuseBasis.ts';
import { adultSocialCare } from './rules/adultSocialCare.ts';
import { agenciesInvolved } from './rules/agenciesInvolved.ts';
import { birthCycles } from './rules/birthCycles.ts';
import { birthOrder } from './rules/birthOrder.ts';
import { caringExtent } from './rules/caringExtent.ts';
import { caringRolesAsked } from './rules/caringRolesAsked.ts';
import { childServices } from './rules/childServices.ts';
import { deathAfterBirth } from './rules/deathAfterBirth.ts';
import { discrepanciesNotified } from './rules/discrepanciesNotified.ts';
import { householdRecorded } from './rules/householdRecorded.ts';
import { identityAsked } from './rules/identityAsked.ts';
import { identitySet } from './rules/identitySet.ts';
import { invitedToMeetings } from './rules/invitedToMeetings.ts';
import { leadPractitioner } from './rules/leadPractitioner.ts';
import { legalBasisRecorded } from './rules/legalBasisRecorded.ts';
import { mapKeptUpToDate } from './rules/mapKeptUpToDate.ts';
import { membersConfirmed } from './rules/membersConfirmed.ts';
import { mentalHealthService } from './rules/mentalHealthService.ts';
import { multipleBirths } from './rules/multipleBirths.ts';
import { nhsNumberValid } from './rules/nhsNumberValid.ts';
import { nrpfPathway } from './rules/nrpfPathway.ts';
import { nrpfRecorded } from './rules/nrpfRecorded.ts';
import { otherLabels } from './rules/otherLabels.ts';
import { parentSlots } from './rules/parentSlots.ts';
import { partnerAgeGap } from './rules/partnerAgeGap.ts';
import { partnersOfParents } from './rules/partnersOfParents.ts';
import { partnershipEvents } from './rules/partnershipEvents.ts';
import { preparedWithFamily } from './rules/preparedWithFamily.ts';
import { residentTwice } from './rules/residentTwice.ts';
import { safeguardingHistory } from './rules/safeguardingHistory.ts';
import { significantOthers } from './rules/significantOthers.ts';
import { threeGenerations } from './rules/threeGenerations.ts';
import { visitorsRecorded } from './rules/visitorsRecorded.ts';

/** Every rule `checkFamily` runs, in check-id order. One file per rule under `rules/`. */
export const RULES: readonly Rule[] = [
  householdRecorded, // MS-01
  membersConfirmed, // MS-02
  visitorsRecorded, // MS-03
  parentSlots, // MS-04
  partnersOfParents, // MS-05
  nrpfRecorded, // MS-06
  nrpfPathway, // MS-07
  significantOthers, // MS-08
  agenciesInvolved, // MS-09
  leadPractitioner, // MS-10
  identitySet, // MS-11
  nhsNumberValid, // MS-12
  discrepanciesNotified, // MS-13
  caringRolesAsked, // MS-14
  caringExtent, // MS-14
  safeguardingHistory, // MS-15
  threeGenerations, // MS-16
  preparedWithFamily, // MS-17
  mapKeptUpToDate, // MS-18
  birthCycles, // MS-19
  birthOrder, // MS-19, MS-20
  deathAfterBirth, // MS-19
  partnershipEvents, // MS-19
  multipleBirths, // MS-19
  partnerAgeGap, // MS-20
  residentTwice, // MS-21
  legalBasisRecorded, // MS-22
  abuseBasis, // MS-24
  otherLabels, // MS-25
  identityAsked, // MS-26
  mentalHealthService, // MS-27
  adultSocialCare, // MS-28
  childServices, // MS-29
  invitedToMeetings, // MS-30
];
