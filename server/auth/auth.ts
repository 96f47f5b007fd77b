import { betterAuth } from 'better-auth';
import { drizzleAdapter } from 'better-auth/adapters/drizzle';
import { APIError, createAuthMiddleware } from 'better-auth/api';
import type { Database } from '../../db/client';
import { account, rateLimit, session, user, verification } from '../../db/schema/index';
import { passwordRules } from '../../shared/accounts/schemas';
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
      minPasswordLength: passwordRules.minLength,
      maxPasswordLength: passwordRules.maxLength,
      autoSignIn: true,
      revokeSessionsOnPasswordReset: true,
      resetPasswordTokenExpiresIn: 60 * 60,
      sendResetPassword: async ({ user: recipient, url }) => {
        await mailer.send(authEmails.resetPassword({ to: recipient.email, url, language: languageOf(recipient) }));
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
    hooks: {
      before: createAuthMiddleware(async (ctx) => {
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
        if (
          ctx.path === '/sign-up/email' &&
          body.language !== undefined &&
          body.language !== 'sv' &&
          body.language !== 'en'
        ) {
          throw new APIError('BAD_REQUEST', { message: 'language must be sv or en', code: 'INVALID_LANGUAGE' });
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

function languageOf(recipient: object): 'sv' | 'en' {
  return (recipient as { language?: unknown }).language === 'en' ? 'en' : 'sv';
}
