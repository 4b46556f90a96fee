// Accounts as the API shows and takes them: signing in, the signed-in member
// (organizations, roles, what each role may do, the sites), passwords,
// first-run setup, members, invitations and the audit log.
import { z } from 'zod';

export const ROLE_NAMES = ['owner', 'admin', 'editor', 'viewer'] as const;
export const RoleSchema = z.enum(ROLE_NAMES).meta({
  id: 'Role',
  description:
    'owner: everything, members included; admin: sites, origins, keys, webhooks, surveys, erasure, audit log; editor: surveys and alerts; viewer: reads',
});
export type RoleName = z.infer<typeof RoleSchema>;

export const PERMISSION_NAMES = [
  'read',
  'edit-surveys',
  'manage-alerts',
  'manage-campaigns',
  'administer-site',
  'manage-members',
  'read-audit-log',
] as const;

/** NIST SP 800-63B: at least 8 characters, no composition rules; 256 keeps hashing bounded. */
export const NewPasswordSchema = z
  .string()
  .min(8, { error: 'must be at least 8 characters' })
  .max(256, { error: 'must be at most 256 characters' })
  .meta({ description: '8 to 256 characters, any kind (a passphrase is welcome)' });

export const EmailSchema = z
  .string()
  .trim()
  .max(254, { error: 'must be at most 254 characters' })
  .pipe(z.email({ error: 'must be an email address' }));

/** Text koe stores as typed: no control characters (PostgreSQL refuses NUL in text). */
const plainText = (max: number) =>
  z
    .string()
    .max(max, { error: `must be at most ${max} characters` })
    // biome-ignore lint/suspicious/noControlCharactersInRegex: refusing control characters is the point
    .regex(/^[^\u0000-\u001f\u007f]*$/, { error: 'must not contain control characters' });

const PersonNameSchema = plainText(100)
  .trim()
  .min(1, { error: 'must not be empty' })
  .transform((value) => value.toWellFormed());

export const OrganizationNameSchema = PersonNameSchema;

export const SignInSchema = z
  .object({
    email: z.string().max(254),
    password: z.string().max(256),
    code: z
      .string()
      .max(40)
      .optional()
      .describe('with two-factor on: the authenticator app’s 6 digits, or a recovery code'),
  })
  .strict()
  .meta({ id: 'SignIn' });

export const PasswordChangeSchema = z
  .object({ currentPassword: z.string().max(256), newPassword: NewPasswordSchema })
  .strict();

export const UserSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    twoFactor: z.boolean().describe('whether sign-in asks for a one-time code'),
  })
  .meta({ id: 'User' });

export const PasswordConfirmationSchema = z.object({ password: z.string().max(256) }).strict();

export const TwoFactorEnrollmentSchema = z
  .object({
    secret: z.string().describe('base32, for typing into an authenticator app'),
    otpauthUrl: z.string().describe('the otpauth:// link (what a QR code holds)'),
    qrSvg: z.string().describe('the link as a QR code (SVG) for the app to scan'),
  })
  .meta({ id: 'TwoFactorEnrollment' });

export const TwoFactorCodeSchema = z.object({ code: z.string().max(40) }).strict();

export const RecoveryCodesSchema = z
  .object({
    recoveryCodes: z
      .array(z.string())
      .describe('shown once: each signs in once in place of a code'),
  })
  .meta({ id: 'RecoveryCodes' });

export const MeSchema = z
  .object({
    user: UserSchema,
    csrfToken: z
      .string()
      .describe('send as X-CSRF-Token with every change made with the session cookie'),
    organizations: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        role: RoleSchema,
        permissions: z.array(z.enum(PERMISSION_NAMES)),
        sites: z.array(z.object({ id: z.string(), name: z.string() })),
      }),
    ),
  })
  .meta({ id: 'Me' });
export type MeJson = z.infer<typeof MeSchema>;

export const SetupSchema = z
  .object({
    token: z.string().max(200).describe('from the setup link the server printed'),
    email: EmailSchema,
    name: PersonNameSchema,
    password: NewPasswordSchema,
    organizationName: OrganizationNameSchema,
  })
  .strict();

export const MemberSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    name: z.string(),
    role: RoleSchema,
    joinedAt: z.iso.datetime(),
  })
  .meta({ id: 'Member' });

export const MemberPatchSchema = z.object({ role: RoleSchema }).strict();

export const InvitationInputSchema = z
  .object({
    email: EmailSchema.optional().describe('who it is for (an email is sent when SMTP is set up)'),
    role: RoleSchema,
    expiresInDays: z.number().int().min(1).max(30).default(7),
  })
  .strict();

export const InvitationSchema = z
  .object({
    id: z.string(),
    email: z.string().nullable(),
    role: RoleSchema,
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime(),
    url: z
      .string()
      .optional()
      .describe('the link to hand over: shown once, when the invitation is made'),
    emailed: z
      .boolean()
      .optional()
      .describe('when made: whether the link was also sent to `email` (SMTP configured)'),
  })
  .meta({ id: 'Invitation' });

export const PasswordResetRequestSchema = z.object({ email: z.string().max(254) }).strict();

export const PasswordResetSchema = z
  .object({ token: z.string().max(200), password: NewPasswordSchema })
  .strict();

export const InvitationPreviewSchema = z
  .object({
    organization: z.string().describe("the organization's name"),
    role: RoleSchema,
    email: z.string().nullable(),
    expiresAt: z.iso.datetime(),
  })
  .meta({ id: 'InvitationPreview' });

export const AcceptInvitationSchema = z
  .object({
    email: EmailSchema,
    name: PersonNameSchema,
    password: NewPasswordSchema,
  })
  .strict()
  .describe('a new account; leave the body out when signed in (the invitation joins that account)');

export const AuditEntrySchema = z
  .object({
    id: z.string(),
    at: z.iso.datetime(),
    actor: z.string().describe('user:<id>, key:<id> or cli'),
    actorLabel: z.string().describe('the email, the key prefix and name, or "CLI"'),
    action: z.string().describe('e.g. session.signed-in, survey.updated, key.revoked'),
    siteId: z.string().nullable(),
    target: z.string().nullable(),
    details: z.record(z.string(), z.unknown()).nullable(),
  })
  .meta({ id: 'AuditEntry' });

export const SsoConnectionInputSchema = z
  .object({
    issuer: plainText(500).describe(
      "the provider's issuer URL (its /.well-known/openid-configuration is read)",
    ),
    clientId: plainText(200).trim().min(1),
    clientSecret: plainText(500).min(1).describe('kept by koe; never shown again'),
    autoJoinDomain: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^(?=.{1,253}$)([a-z0-9-]+\.)+[a-z]{2,63}$/, {
        error: 'must be a domain like example.com',
      })
      .nullable()
      .default(null)
      .describe(
        'new accounts with a verified email at this domain join; null: nobody joins by SSO',
      ),
    autoJoinRole: z
      .enum(['admin', 'editor', 'viewer'])
      .default('viewer')
      .describe('never owner: owners are made by owners'),
  })
  .strict();

export const SsoConnectionSchema = z
  .object({
    issuer: z.string(),
    clientId: z.string(),
    autoJoinDomain: z.string().nullable(),
    autoJoinRole: RoleSchema,
    signInUrl: z.string().describe('the link members use to sign in through the provider'),
    redirectUri: z.string().describe("register this as the client's redirect URI at the provider"),
    updatedAt: z.iso.datetime(),
  })
  .meta({ id: 'SsoConnection' });
