import * as z from 'zod';

// The parts of an xAPI statement (1.0.3 and 2.0.0) the pipeline reads, checked as the specification states them.
// Unknown properties are allowed: LRSs add their own (`authority`, `stored`, `attachments`, extensions).

const iri = z
  .string()
  .regex(/^[a-zA-Z][a-zA-Z0-9+.-]*:\S+$/, 'must be an IRI such as http://adlnet.gov/expapi/verbs/completed');
const uuid = z
  .string()
  .regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, 'must be a UUID');
const timestamp = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$/, 'must be an ISO 8601 timestamp with a time zone')
  .refine((s) => !Number.isNaN(Date.parse(s)), 'is not a real instant');

const account = z.object({ homePage: iri, name: z.string().min(1, 'must not be empty') });

/** An agent (or identified group) named by exactly one inverse functional identifier, as xAPI requires. */
export const xapiAgentSchema = z
  .object({
    objectType: z.enum(['Agent', 'Group']).optional(),
    name: z.string().optional(),
    mbox: z.string().regex(/^mailto:[^@\s]+@[^@\s]+$/, 'must be a mailto: IRI').optional(),
    mbox_sha1sum: z.string().regex(/^[0-9a-f]{40}$/i, 'must be 40 hexadecimal digits').optional(),
    openid: iri.optional(),
    account: account.optional(),
  })
  .refine((a) => [a.mbox, a.mbox_sha1sum, a.openid, a.account].filter((v) => v !== undefined).length === 1, {
    message: 'must have exactly one of mbox, mbox_sha1sum, openid or account',
  });

const languageMap = z.record(z.string(), z.string());

/** The statement's object: an Activity (the only kind that is a learning event here). */
export const xapiActivitySchema = z.object({
  objectType: z.literal('Activity', { message: 'must be an Activity (statements about agents or other statements are not learning events)' }).optional(),
  id: iri,
  definition: z
    .object({
      type: iri.optional(),
      name: languageMap.optional(),
    })
    .optional(),
});

/** `result.score`: scaled in [-1, 1]; raw between min and max when they are given. */
export const xapiScoreSchema = z
  .object({
    scaled: z.number().min(-1).max(1).optional(),
    raw: z.number().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
  })
  .refine((s) => s.min === undefined || s.max === undefined || s.min < s.max, { message: 'min must be below max', path: ['max'] })
  .refine((s) => s.raw === undefined || s.min === undefined || s.raw >= s.min, { message: 'raw must not be below min', path: ['raw'] })
  .refine((s) => s.raw === undefined || s.max === undefined || s.raw <= s.max, { message: 'raw must not be above max', path: ['raw'] });

/** One xAPI statement, as far as the pipeline reads it. */
export const xapiStatementSchema = z.object({
  id: uuid.optional(),
  actor: xapiAgentSchema,
  verb: z.object({ id: iri, display: languageMap.optional() }),
  object: xapiActivitySchema,
  result: z
    .object({
      score: xapiScoreSchema.optional(),
      success: z.boolean().optional(),
      completion: z.boolean().optional(),
      duration: z.string().optional(),
      response: z.string().optional(),
    })
    .optional(),
  context: z.object({ registration: uuid.optional() }).optional(),
  timestamp: timestamp.optional(),
  stored: timestamp.optional(),
  version: z
    .string()
    .regex(/^(1\.0(\.\d+)?|2\.0(\.\d+)?)$/, 'must be an xAPI version 1.0.x or 2.0.x')
    .optional(),
});

/** A statement that passed the checks. */
export type XapiStatement = z.output<typeof xapiStatementSchema>;
