// The demo's checklist logic without React, for its tests: the words for each item and the summary,
// where each finding takes the user, and a not-started item's first step.
export { itemStateWords, recordWords, summaryWords } from './checklistWords.ts';
export { findingTarget, missingAgencyCategory, type FindingTarget } from './findingTarget.ts';
export { startFinding } from './startFinding.ts';
export { formatHours, parseHours } from '../person/caringHours.ts';
export { readAgeAsTold } from '../person/ageAsTold.ts';
