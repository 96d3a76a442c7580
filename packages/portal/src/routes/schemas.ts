import { z } from 'zod';

// The request shapes the routes accept: route parameters, bodies and queries.

const IdParam = z.string().min(1).max(200);
export const MapParams = z.strictObject({ mapId: IdParam });
export const ContributionParams = z.strictObject({ mapId: IdParam, contributionId: IdParam });

export const SignInSchema = z.strictObject({
  email: z.string().trim().min(1, 'is required').max(320),
  password: z.string().min(1, 'is required').max(1000),
});
export const CreateMapSchema = z
  .strictObject({
    title: z.string().trim().min(1, 'is required').max(200).optional(),
    family: z.unknown().optional(),
  })
  .refine((body) => body.title !== undefined || body.family !== undefined, {
    message: 'give a title (for an empty map) or a family document',
    path: ['title'],
  });
export const InviteSchema = z.strictObject({ agencyId: z.string().min(1, 'is required').max(200) });
export const DecisionSchema = z.strictObject({
  decision: z.enum(['accept', 'reject']),
  reason: z.string().trim().max(2000).optional(),
  mapVersion: z.int().min(1).optional(),
});
export const AuditQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  before: z.coerce.number().int().min(1).optional(),
});
