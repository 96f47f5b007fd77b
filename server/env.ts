import { randomBytes } from 'node:crypto';
import { linkSync, mkdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';

/**
 * The one place that reads process.env. Everything else receives a `Config`.
 * Each variable carries an example so a bad value can be answered with a good one.
 */
const variables = {
  NODE_ENV: {
    schema: z.enum(['development', 'production', 'test']).default('development'),
    example: 'production',
  },
  HOST: { schema: z.string().min(1).default('0.0.0.0'), example: '127.0.0.1' },
  PORT: { schema: z.coerce.number().int().min(0).max(65535).default(3000), example: '3000' },
  DATA_DIR: { schema: z.string().min(1).default('./data'), example: './data' },
  DATABASE_URL: {
    schema: z.url({ protocol: /^postgres(ql)?$/, error: 'must be a postgres:// or postgresql:// URL' }).optional(),
    example: 'postgres://sidestream:secret@localhost:5432/sidestream',
  },
  DATABASE_CONNECT_TIMEOUT_SECONDS: {
    schema: z.coerce.number().int().min(1).max(600).default(30),
    example: '30',
  },
  MEILI_URL: {
    schema: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    example: 'http://localhost:7700',
  },
  MEILI_MASTER_KEY: {
    schema: z.string().min(16, 'must be at least 16 characters').optional(),
    example: 'a-long-random-master-key',
  },
  MEILI_INDEX: {
    schema: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,200}$/, 'must be letters, digits, - or _ (a Meilisearch index uid)')
      .default('listings'),
    example: 'listings',
  },
  SMTP_URL: {
    schema: z.url({ protocol: /^smtps?$/, error: 'must be an smtp:// or smtps:// URL' }).optional(),
    example: 'smtp://user:pass@localhost:587',
  },
  MAIL_FROM: {
    schema: z.string().min(3).default('Sidestream <no-reply@sidestream.local>'),
    example: 'Sidestream <no-reply@example.se>',
  },
  PUBLIC_URL: {
    schema: z.url({ protocol: /^https?$/, error: 'must be an http:// or https:// URL' }).optional(),
    example: 'https://sidestream.example.se',
  },
  SESSION_SECRET: {
    schema: z.string().min(32, 'must be at least 32 characters').optional(),
    example: 'output of: openssl rand -base64 48',
  },
  LOG_LEVEL: {
    schema: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    example: 'info',
  },
  TRUST_PROXY: {
    schema: z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default('false')
      .transform((value) => value === 'true' || value === '1'),
    example: 'true',
  },
  WORKER_IN_PROCESS: {
    schema: z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true' || value === '1'),
    example: 'false',
  },
  CLIENT_DIR: { schema: z.string().min(1).default('./dist/client'), example: './dist/client' },
  /** Seed the demo region on the first start of the embedded database (never on a DATABASE_URL). */
  SEED_DEMO: {
    schema: z
      .enum(['true', 'false', '1', '0'], { error: 'must be true or false' })
      .default('true')
      .transform((value) => value === 'true' || value === '1'),
    example: '0',
  },
} as const;

type Variables = typeof variables;
type ParsedVariables = { [K in keyof Variables]: z.output<Variables[K]['schema']> };

export type Config = ParsedVariables & {
  /** The address links in emails point at; defaults to the local server. */
  publicUrl: string;
  isProduction: boolean;
  /**
   * Session cookies and unsubscribe tokens are signed with this: SESSION_SECRET, or outside
   * production a random one made on first use and kept in DATA_DIR (so sessions survive a restart).
   */
  sessionSecret: string;
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses the environment; throws a ConfigError whose message is one line naming the variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  const parsed: Record<string, unknown> = {};
  for (const [name, { schema, example }] of Object.entries(variables)) {
    const raw = env[name] === '' ? undefined : env[name];
    const result = (schema as z.ZodType).safeParse(raw);
    if (!result.success) {
      const problem = result.error.issues[0]?.message ?? 'is invalid';
      const shown = raw === undefined ? '(empty)' : JSON.stringify(raw);
      throw new ConfigError(
        `${name}=${shown} ${problem.replace(/^Invalid input: /, '')}; for example ${name}=${example}`,
      );
    }
    parsed[name] = result.data;
  }
  const values = parsed as ParsedVariables;
  const isProduction = values.NODE_ENV === 'production';
  if (isProduction && !values.SESSION_SECRET) {
    throw new ConfigError(
      `SESSION_SECRET=(empty) is required when NODE_ENV=production; for example SESSION_SECRET=${variables.SESSION_SECRET.example}`,
    );
  }
  if (values.MEILI_URL && !values.MEILI_MASTER_KEY && isProduction) {
    throw new ConfigError(
      `MEILI_MASTER_KEY=(empty) is required with MEILI_URL in production; for example MEILI_MASTER_KEY=${variables.MEILI_MASTER_KEY.example}`,
    );
  }
  let sessionSecret = values.SESSION_SECRET;
  const config = {
    ...values,
    isProduction,
    publicUrl: (values.PUBLIC_URL ?? `http://localhost:${values.PORT}`).replace(/\/$/, ''),
  } as Config;
  // Read (or made) when first needed, so parsing the configuration never writes a file.
  Object.defineProperty(config, 'sessionSecret', {
    enumerable: true,
    get: () => {
      sessionSecret ??= dataDirSessionSecret(values.DATA_DIR);
      return sessionSecret;
    },
  });
  return config;
}

export const sessionSecretFileName = 'session-secret';

/**
 * The secret in DATA_DIR/session-secret, made with 48 random bytes on first use, readable by its
 * owner only (0600). Written to a temporary file and linked into place, so two processes starting
 * at once (server and `npm run worker`) agree on one secret and neither reads a half-written file.
 */
export function dataDirSessionSecret(dataDir: string): string {
  const file = path.join(dataDir, sessionSecretFileName);
  const existing = readSecret(file);
  if (existing) return existing;
  mkdirSync(dataDir, { recursive: true });
  const temporary = `${file}.${process.pid}.${randomBytes(4).toString('hex')}`;
  writeFileSync(temporary, `${randomBytes(48).toString('base64url')}\n`, { mode: 0o600 });
  try {
    linkSync(temporary, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    unlinkSync(temporary);
  }
  const secret = readSecret(file);
  if (!secret)
    throw new ConfigError(`${file} holds no usable secret (at least 32 characters); delete it or set SESSION_SECRET`);
  return secret;
}

function readSecret(file: string): string | null {
  try {
    const secret = readFileSync(file, 'utf8').trim();
    return secret.length >= 32 ? secret : null;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw error;
  }
}

/** Names, defaults and examples for the README's configuration table. */
export const configVariables = Object.entries(variables).map(([name, { example }]) => ({ name, example }));
