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

/** An ISO date and time with its offset (`2026-12-08T10:00:00Z`). */
const DateTime = z.iso.datetime({
  offset: true,
  error: 'must be a date and time such as 2026-12-08T10:00:00Z',
});

export const MeetingSchema = z.strictObject({
  title: z.string().trim().min(1, 'is required').max(200),
  startsAt: DateTime,
  place: z.string().trim().max(200).optional(),
  agencyIds: z.array(z.string().min(1).max(200)).min(1, 'name at least one agency to invite').max(50),
});
export const OutcomeSchema = z.strictObject({
  kind: z.enum(['assessment', 'meeting']),
  summary: z.string().trim().min(1, 'is required').max(4000),
  decidedOn: z.iso.date({ error: 'must be a date written as YYYY-MM-DD' }).optional(),
  meetingId: z.string().min(1).max(200).optional(),
});
export const InboxQuerySchema = z.strictObject({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  before: z.coerce.number().int().min(1).optional(),
  unread: z.enum(['1', 'true', '0', 'false']).optional(),
});
export const NotificationParams = z.strictObject({
  notificationId: z.string().regex(/^[1-9][0-9]{0,17}$/, 'must be a notification number'),
});
export const StreamQuerySchema = z.strictObject({
  after: z.coerce.number().int().min(0).optional(),
});
