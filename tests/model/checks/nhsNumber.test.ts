import { isValidNhsNumber } from '@kinmap/model';
import { expect, test } from 'vitest';

test('valid NHS numbers pass the Modulus 11 check, with or without the usual spacing', () => {
  for (const n of ['9434765919', '943 476 5919', '943-476-5919', '4010232137', '4505577104']) {
    expect(isValidNhsNumber(n), n).toBe(true);
  }
});

test('a wrong check digit, a transposition, or a number whose check digit would be 10 fails', () => {
  expect(isValidNhsNumber('9434765918')).toBe(false); // last digit wrong
  expect(isValidNhsNumber('9434756919')).toBe(false); // two digits swapped
  // 100000001x: weighted sum 12, remainder 1, so the check digit would be 10: no last digit is valid
  for (let last = 0; last <= 9; last++) expect(isValidNhsNumber(`100000001${last}`)).toBe(false);
});

test('anything that is not ten digits fails, never throws', () => {
  for (const n of ['', '943476591', '94347659190', 'abcdefghij', '9434 7659 19x']) {
    expect(isValidNhsNumber(n), n).toBe(false);
  }
  expect(isValidNhsNumber(undefined as unknown as string)).toBe(false);
});
