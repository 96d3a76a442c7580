import { hash, verify } from '@node-rs/argon2';

/**
 * Argon2id settings (OWASP's first recommended set: 19 MiB, 2 passes, 1 lane). `@node-rs/argon2`
 * uses Argon2id by default; the hash string records the algorithm and settings, so they can be
 * raised later without breaking existing hashes.
 */
const OPTIONS = { memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

/**
 * Hashes a password with Argon2id (a new random salt each time).
 *
 * @example
 * const stored = await hashPassword('correct horse battery staple'); // "$argon2id$v=19$m=19456,t=2,p=1$…"
 */
export function hashPassword(password: string): Promise<string> {
  return hash(password, OPTIONS);
}

/**
 * Whether `password` matches a stored Argon2id hash. A malformed hash counts as no match.
 *
 * @example
 * if (await verifyPassword(stored, attempt)) signIn();
 */
export async function verifyPassword(stored: string, password: string): Promise<boolean> {
  try {
    return await verify(stored, password);
  } catch {
    return false;
  }
}
