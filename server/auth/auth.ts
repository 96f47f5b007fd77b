import { createHash } from 'node:crypto';
import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import { and, eq, gt } from 'drizzle-orm';
import { z } from 'zod';
import type { Database } from '../../db/client';
import { account, companyInvitations, rateLimit, session, user, verification } from '../../db/schema/index';
import {
  EmailSchema,
  LanguageSchema,
  PasswordSchema,
  PersonNameSchema,
  passwordRules,
} from '../../shared/accounts/schemas';
import { isPlainText, singleLineText } from '../../shared/text';
import type { Config } from '../env';
import type { Mailer } from '../mail/mailer';
import { isCommonPassword } from './common-passwords';
import { authEmails } from './emails';
import { checkSignInAttempt, consumeAccountRateLimit } from './rate-limits';

/** Per-IP limits (better-auth's limiter, stored in Postgres). Windows in seconds. */
export const ipRateLimits = {
  default: { window: 60, max: 100 },
  '/sign-in/email': { window: 60, max: 30 },
  '/sign-up/email': { window: 3600, max: 20 },
  '/request-password-reset': { window: 900, max: 10 },
  '/reset-password': { window: 900, max: 10 },
  '/change-password': { window: 900, max: 10 },
} as const;

/** Per-account limits (ours): an attacker rotating IP addresses still hits these. Sign-in: signInLimits. */
export const accountRateLimits = {
  '/sign-up/email': { window: 3600, max: 5 },
  '/request-password-reset': { window: 3600, max: 3 },
} as const;

/** The header we set from Fastify's request.ip, which honours X-Forwarded-For only behind TRUST_PROXY. */
export const clientIpHeader = 'x-sidestream-client-ip';

/**
 * What better-auth's endpoints accept, in the shared schemas' terms: a 20,000-character name, a
 * name with a line break, a NUL byte in an email (which reached Postgres in a rate-limit key and
 * answered 500) or an unknown language are refused before better-auth sees them. Passwords are
 * counted in code points here; better-auth's own limits, in UTF-16 units, are set wide enough
 * never to refuse what this accepts.
 */
const optionalUrl = singleLineText().max(2000).optional();
const authBodySchemas: Record<string, z.ZodType> = {
  '/sign-up/email': z.strictObject({
    name: PersonNameSchema,
    email: EmailSchema,
    password: PasswordSchema,
    language: LanguageSchema.optional(),
    callbackURL: optionalUrl,
    rememberMe: z.boolean().optional(),
    // From an invitation link: the emailed token proves the address, so no verification email.
    invitationToken: singleLineText().max(200).optional(),
  }),
  '/sign-in/email': z.looseObject({
    email: EmailSchema,
    password: z.string().min(1, { message: 'validation.required' }).max(4096),
  }),
  '/request-password-reset': z.looseObject({ email: EmailSchema, redirectTo: optionalUrl }),
  '/reset-password': z.looseObject({ newPassword: PasswordSchema }),
  '/change-password': z.looseObject({ newPassword: PasswordSchema }),
};

const passwordCodes: Record<string, string> = {
  'validation.passwordTooShort': 'PASSWORD_TOO_SHORT',
  'validation.passwordTooLong': 'PASSWORD_TOO_LONG',
};

/** Every string anywhere in the body, for the control-character rule on endpoints without a schema. */
function* stringsIn(value: unknown, depth = 0): Generator<string> {
  if (typeof value === 'string') yield value;
  else if (value && typeof value === 'object' && depth < 40) {
    for (const [key, item] of Object.entries(value)) {
      yield key;
      yield* stringsIn(item, depth + 1);
    }
  }
}

/** Throws a 400 with field errors in the shape tRPC answers use, so the client reads both alike. */
function validateAuthBody(path: string, body: unknown): void {
  const schema = authBodySchemas[path];
  if (schema) {
    const result = schema.safeParse(body ?? {});
    if (result.success) return;
    const fieldErrors = z.flattenError(result.error).fieldErrors as Record<string, string[] | undefined>;
    const [field, messages] = Object.entries(fieldErrors)[0] ?? ['body', ['validation.invalid']];
    const message = messages?.[0] ?? 'validation.invalid';
    throw new APIError('BAD_REQUEST', {
      message,
      code: passwordCodes[message] ?? 'VALIDATION_ERROR',
      field,
      fieldErrors,
    });
  }
  for (const text of stringsIn(body)) {
    if (!isPlainText(text)) {
      throw new APIError('BAD_REQUEST', { message: 'validation.controlCharacters', code: 'VALIDATION_ERROR' });
    }
  }
}

export type AuthDependencies = { config: Config; db: Database; mailer: Mailer };

export function createAuth({ config, db, mailer }: AuthDependencies) {
  return betterAuth({
    appName: 'Sidestream',
    baseURL: config.publicUrl,
    basePath: '/api/auth',
    secret: config.sessionSecret,
    database: drizzleAdapter(db, { provider: 'pg', schema: { user, session, account, verification, rateLimit } }),
    user: {
      additionalFields: {
        platformRole: { type: 'string', required: false, input: false },
        language: { type: 'string', required: false, defaultValue: 'sv', input: true },
      },
    },
    emailAndPassword: {
      enabled: true,
      // Ours (code points) is checked first; a code point is at most two UTF-16 units.
      minPasswordLength: passwordRules.minLength,
      maxPasswordLength: passwordRules.maxLength * 2,
      // Sign-up never signs in: a session cookie on a new address but not on a taken one would tell
      // anyone which addresses have accounts. Both get the same answer; the address's owner gets
      // an email (verification link, or "someone tried to sign up with your address").
      autoSignIn: false,
      requireEmailVerification: true,
      onExistingUserSignUp: async ({ user: owner }) => {
        await mailer.send(
          authEmails.existingAccount({ to: owner.email, publicUrl: config.publicUrl, language: languageOf(owner) }),
        );
      },
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user: recipient, url }) => {
        await mailer.send(authEmails.resetPassword({ to: recipient.email, url, language: languageOf(recipient) }));
      },
    },
    emailVerification: {
      sendOnSignUp: true,
      // An unverified person signing in gets a fresh link (the first may have expired).
      sendOnSignIn: true,
      autoSignInAfterVerification: true,
      expiresIn: 60 * 60 * 24,
      sendVerificationEmail: async ({ user: recipient, url }) => {
        // Invited people are verified when created (see databaseHooks) and need no link.
        if (recipient.emailVerified) return;
        await mailer.send(authEmails.verifyEmail({ to: recipient.email, url, language: languageOf(recipient) }));
      },
    },
    databaseHooks: {
      user: {
        create: {
          before: async (newUser, ctx) => {
            const token = (ctx?.body as { invitationToken?: unknown } | undefined)?.invitationToken;
            if (typeof token !== 'string' || newUser.emailVerified) return;
            const invited = await invitationFor(db, token, newUser.email);
            if (invited) return { data: { ...newUser, emailVerified: true } };
          },
        },
      },
    },
    session: {
      expiresIn: 60 * 60 * 24 * 14,
      updateAge: 60 * 60 * 24,
      // No cookie cache: a sign-out, password change or removed membership counts on the next request.
      cookieCache: { enabled: false },
    },
    rateLimit: {
      enabled: true,
      storage: 'database',
      modelName: 'rateLimit',
      window: ipRateLimits.default.window,
      max: ipRateLimits.default.max,
      customRules: Object.fromEntries(Object.entries(ipRateLimits).filter(([path]) => path.startsWith('/'))),
    },
    advanced: {
      cookiePrefix: 'sidestream',
      useSecureCookies: config.publicUrl.startsWith('https:'),
      defaultCookieAttributes: { httpOnly: true, sameSite: 'lax' },
      ipAddress: { ipAddressHeaders: [clientIpHeader] },
      // Keep the origin check on in tests too: it is part of what we test.
      disableOriginCheck: false,
    },
    trustedOrigins: [config.publicUrl],
    // Profile changes go through accounts.updateProfile and its shared schema; better-auth's own
    // route took any name (20,000 characters, a line break and "Bcc:") and any language.
    disabledPaths: ['/update-user'],
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
        validateAuthBody(ctx.path, ctx.body);
        const body = (ctx.body ?? {}) as Record<string, unknown>;
        if (ctx.path === '/sign-in/email' && typeof body.email === 'string') {
          const verdict = await checkSignInAttempt(db, {
            email: body.email,
            ip: ctx.headers?.get(clientIpHeader) ?? 'unknown',
          });
          if (!verdict.allowed) {
            throw new APIError(
              'TOO_MANY_REQUESTS',
              { message: 'Too many attempts. Try again later.', code: 'RATE_LIMITED' },
              { 'X-Retry-After': String(verdict.retryAfterSeconds) },
            );
          }
        }
        const accountLimit = accountRateLimits[ctx.path as keyof typeof accountRateLimits];
        if (accountLimit && typeof body.email === 'string') {
          const verdict = await consumeAccountRateLimit(
            db,
            `${ctx.path}|${body.email.trim().toLowerCase()}`,
            accountLimit,
          );
          if (!verdict.allowed) {
            throw new APIError(
              'TOO_MANY_REQUESTS',
              { message: 'Too many attempts. Try again later.', code: 'RATE_LIMITED' },
              { 'X-Retry-After': String(verdict.retryAfterSeconds) },
            );
          }
        }
        const newPassword =
          ctx.path === '/sign-up/email'
            ? body.password
            : ctx.path === '/reset-password' || ctx.path === '/change-password'
              ? body.newPassword
              : undefined;
        if (typeof newPassword === 'string' && isCommonPassword(newPassword)) {
          throw new APIError('BAD_REQUEST', {
            message: 'This password is among the most common ones. Choose another.',
            code: 'PASSWORD_TOO_COMMON',
          });
        }
        if (ctx.path === '/change-password') {
          // A password change always ends every other session.
          return { context: { body: { ...body, revokeOtherSessions: true } } };
        }
      }),
    },
  });
}

export type Auth = ReturnType<typeof createAuth>;

/** A pending, unexpired invitation to exactly this address: the link reached its inbox. */
async function invitationFor(db: Database, token: string, email: string): Promise<boolean> {
  const [found] = await db
    .select({ email: companyInvitations.email })
    .from(companyInvitations)
    .where(
      and(
        eq(companyInvitations.tokenHash, createHash('sha256').update(token).digest('hex')),
        eq(companyInvitations.status, 'pending'),
        gt(companyInvitations.expiresAt, new Date()),
      ),
    )
    .limit(1);
  return found !== undefined && found.email.toLowerCase() === email.toLowerCase();
}

function languageOf(recipient: object): 'sv' | 'en' {
  return (recipient as { language?: unknown }).language === 'en' ? 'en' : 'sv';
}
