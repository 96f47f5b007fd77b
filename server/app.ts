import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import { type FastifyTRPCPluginOptions, fastifyTRPCPlugin } from '@trpc/server/adapters/fastify';
import { fromNodeHeaders } from 'better-auth/node';
import Fastify, { type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import { databaseUnavailableReason } from '../db/client';
import { registerUnsubscribeRoute } from './alerts/unsubscribe';
import { clientIpHeader } from './auth/auth';
import { asDomainError, toTRPCError } from './errors';
import { registerImpactExportRoutes } from './impact/export-routes';
import { registerListingPhotoRoutes } from './listings/photo-routes';
import { registerDevMailRoutes } from './mail/dev-mail-routes';
import type { AppRouter } from './router';
import { appRouter } from './router';
import type { Runtime } from './runtime';

/** Large enough for any form we have (photos go through their own upload route). */
const bodyLimitBytes = 1024 * 1024;
/** A page needs a handful of calls at once; a thousand is an attack or a bug. */
const maxBatchSize = 50;
/** Our deepest input is a few levels; deeper JSON only exists to exhaust a recursive parser or stack. */
export const maxJsonDepth = 32;
/** Features the app never uses, so an injected frame or script cannot ask for them either. */
const permissionsPolicy =
  'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()';
/** No request waits longer than this for an answer; the database's statement timeout is the same. */
export const requestDeadlineMs = 10_000;

export type AppOptions = { runtime: Runtime; logger?: boolean };

export async function buildApp({ runtime, logger = true }: AppOptions): Promise<FastifyInstance> {
  const { config } = runtime;
  const app = Fastify({
    logger: logger ? { level: config.LOG_LEVEL, redact: ['req.headers.cookie', 'req.headers.authorization'] } : false,
    bodyLimit: bodyLimitBytes,
    trustProxy: config.TRUST_PROXY,
    requestIdHeader: 'x-request-id',
    genReqId: () => randomUUID(),
    // Keep-alive connections must not hold a graceful shutdown open.
    forceCloseConnections: 'idle',
    // tRPC puts a batch's procedure names in one path segment; Fastify's default of 100 characters
    // would answer a batch of five calls with 414. Node's 16 KB header limit still bounds it.
    routerOptions: { maxParamLength: 16_384 },
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    reply.header('permissions-policy', permissionsPolicy);
  });
  refuseDeepJson(app);
  hideInternalErrors(app);
  registerRequestDeadline(app);

  await app.register(helmet, {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // React sets style attributes; no inline scripts are ever allowed.
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'"],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'none'"],
        frameAncestors: ["'none'"],
        formAction: ["'self'"],
        ...(config.publicUrl.startsWith('https:') ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    hsts: config.publicUrl.startsWith('https:') ? { maxAge: 31536000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' },
    crossOriginEmbedderPolicy: false,
  });

  app.get('/healthz', async () => ({ status: 'ok' }));
  app.get('/readyz', async (_request, reply) => {
    const readiness = await runtime.readiness();
    if (readiness.ready) return { status: 'ready' };
    return reply.code(503).send({ status: 'unavailable', reason: readiness.reason });
  });

  await app.register(async (trpcScope) => {
    trpcScope.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      // A query's input comes in the URL, past the body parser: the same depth limit applies.
      const input = (request.query as { input?: unknown }).input;
      if (typeof input === 'string' && jsonDepthExceeds(input, maxJsonDepth)) {
        return reply.code(400).send({ error: deepJsonMessage });
      }
      if (request.method !== 'POST') return;
      const refusal = crossSiteRefusal(request, config.publicUrl);
      if (refusal) return reply.code(refusal.status).send({ error: refusal.message });
    });
    // tRPC parses its own JSON bodies (its plugin keeps them as text), so the depth check goes here.
    trpcScope.addHook('preValidation', async (request, reply) => {
      if (typeof request.body === 'string' && jsonDepthExceeds(request.body, maxJsonDepth)) {
        return reply.code(400).send({ error: deepJsonMessage });
      }
    });
    await trpcScope.register(fastifyTRPCPlugin, {
      prefix: '/trpc',
      trpcOptions: {
        router: appRouter,
        maxBatchSize,
        createContext: ({ req }) =>
          runtime
            .contextFor({ headers: fromNodeHeaders(req.headers), log: req.log, clientIp: req.ip })
            .catch((error: unknown) => {
              // The session is read from the database: while it is out of reach, say "try again", not 500.
              const domainError = asDomainError(error);
              throw domainError ? toTRPCError(domainError) : error;
            }),
        onError: ({ error, path: procedurePath, req }) => {
          if (error.code === 'INTERNAL_SERVER_ERROR')
            req.log.error({ err: error, procedure: procedurePath }, 'procedure failed');
        },
      } satisfies FastifyTRPCPluginOptions<AppRouter>['trpcOptions'],
    });
  });

  await app.register(async (authScope) => {
    authScope.addHook('onRequest', async (request, reply) => {
      reply.header('cache-control', 'no-store');
      if (request.method !== 'POST') return;
      const refusal = crossSiteRefusal(request, config.publicUrl);
      if (refusal) return reply.code(refusal.status).send({ error: refusal.message });
    });
    authScope.route({
      method: ['GET', 'POST'],
      url: '/api/auth/*',
      handler: (request, reply) => forwardToAuth(runtime, request, reply),
    });
  });

  await registerListingPhotoRoutes(app, runtime);
  await registerImpactExportRoutes(app, runtime);
  await registerUnsubscribeRoute(app, () => runtime.database().db, config);
  if (!config.isProduction) registerDevMailRoutes(app, () => runtime.database().db);

  await registerClient(app, path.resolve(config.CLIENT_DIR));
  return app;
}

const deepJsonMessage = `JSON nested deeper than ${maxJsonDepth} levels is refused`;

/**
 * True when the JSON text opens more than `limit` arrays or objects inside each other. A linear
 * scan of the text, so a megabyte of "[[[[" is refused before anything recursive sees it.
 */
export function jsonDepthExceeds(text: string, limit: number): boolean {
  let depth = 0;
  let inString = false;
  for (let index = 0; index < text.length; index++) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c) index++;
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      if (++depth > limit) return true;
    } else if (char === 0x5d || char === 0x7d) depth--;
  }
  return false;
}

/** Fastify's own JSON parser (prototype-poisoning checks included), behind the depth check. */
function refuseDeepJson(app: FastifyInstance): void {
  const parseJson = app.getDefaultJsonParser('error', 'error');
  app.removeContentTypeParser('application/json');
  app.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    if (jsonDepthExceeds(body as string, maxJsonDepth)) {
      return done(Object.assign(new Error(deepJsonMessage), { statusCode: 400, code: 'JSON_TOO_DEEP' }), undefined);
    }
    return parseJson(request, body as string, done);
  });
}

/** The translated "try again" outside tRPC, in the shape tRPC's own 503 has, so the client reads both alike. */
const databaseUnavailableAnswer = {
  error: { message: 'errors.databaseUnavailable', data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } },
};

/** A 5xx outside tRPC (whose formatter does the same) answers a generic sentence; the log has the error. */
function hideInternalErrors(app: FastifyInstance): void {
  app.setErrorHandler((error: Error & { statusCode?: number }, request, reply) => {
    const status = error.statusCode ?? 500;
    if (status < 500) return reply.send(error);
    if (databaseUnavailableReason(error) !== null) {
      request.log.warn({ err: error }, 'database unavailable');
      return reply.code(503).header('retry-after', '5').send(databaseUnavailableAnswer);
    }
    request.log.error({ err: error }, 'request failed');
    return reply.code(status).send({ error: 'Internal server error', requestId: request.id });
  });
}

/**
 * Answers 503 "try again" to any request still unanswered at the deadline (whatever it waits on),
 * so a client is never left hanging; what the handler sends later is dropped. The clock starts once
 * the body has arrived, so a photo uploaded over a slow line is not cut off.
 */
function registerRequestDeadline(app: FastifyInstance): void {
  const timers = new WeakMap<FastifyRequest, NodeJS.Timeout>();
  app.addHook('preHandler', async (request, reply) => {
    const timer = setTimeout(() => {
      if (reply.sent || reply.raw.headersSent) return;
      request.log.warn({ url: request.url }, 'request deadline passed; answering 503');
      void reply
        .code(503)
        .header('retry-after', '5')
        .send({
          error: { message: 'errors.tryAgain', code: -32603, data: { code: 'SERVICE_UNAVAILABLE', httpStatus: 503 } },
        });
    }, requestDeadlineMs);
    timer.unref();
    timers.set(request, timer);
  });
  app.addHook('onResponse', async (request) => {
    clearTimeout(timers.get(request));
  });
}

/** better-auth speaks Fetch: hand it a Request built from Fastify's, and copy its Response back. */
async function forwardToAuth(runtime: Runtime, request: FastifyRequest, reply: FastifyReply): Promise<void> {
  const headers = fromNodeHeaders(request.headers);
  // Fastify's request.ip honours X-Forwarded-For only behind TRUST_PROXY; better-auth's limiter keys on this.
  headers.set(clientIpHeader, request.ip);
  const url = new URL(request.url, runtime.config.publicUrl);
  const body = request.method === 'POST' && request.body !== undefined ? JSON.stringify(request.body) : undefined;
  const response = await runtime.auth().handler(new Request(url, { method: request.method, headers, body }));
  // better-auth answers a failed query with its own 500; when the database is out of reach that is a 503 "try again".
  if (response.status >= 500 && !(await runtime.readiness()).ready) {
    return reply.code(503).header('retry-after', '5').send(databaseUnavailableAnswer);
  }
  reply.status(response.status);
  const withoutToken = tokenBearingPaths.has(url.pathname) && response.ok;
  for (const [name, value] of response.headers) {
    if (name !== 'set-cookie' && !(withoutToken && name === 'content-length')) reply.header(name, value);
  }
  const cookies = response.headers.getSetCookie();
  if (cookies.length > 0) reply.header('set-cookie', cookies);
  if (!response.body) return reply.send(null);
  const payload = Buffer.from(await response.arrayBuffer());
  reply.send(withoutToken ? withoutSessionTokens(payload) : payload);
}

/**
 * better-auth repeats the session token in these answers' JSON. The cookie is HttpOnly so that a
 * script on the page cannot read the session; a token in a body would undo that, and our client
 * never reads it (it keeps the session in the cookie only).
 */
const tokenBearingPaths = new Set([
  '/api/auth/sign-in/email',
  '/api/auth/sign-up/email',
  '/api/auth/get-session',
  '/api/auth/list-sessions',
]);

function withoutSessionTokens(payload: Buffer): Buffer {
  let parsed: unknown;
  try {
    parsed = JSON.parse(payload.toString('utf8'));
  } catch {
    return payload;
  }
  const strip = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(strip);
    if (!value || typeof value !== 'object') return value;
    const { token: _token, ...rest } = value as Record<string, unknown>;
    if (rest.session && typeof rest.session === 'object') rest.session = strip(rest.session);
    return rest;
  };
  return Buffer.from(JSON.stringify(strip(parsed)));
}

/**
 * Mutations must come from our own pages: a request whose Origin (or Sec-Fetch-Site) is ours, with
 * a body of one of `bodyTypes` (JSON, unless a route takes something else, like a photo upload).
 * Browsers send cross-site form posts (text/plain, urlencoded, multipart) without a CORS preflight,
 * so those are refused here, before any procedure runs; any other type needs a preflight, which we
 * never grant. `bodyTypes: null` is for requests without a body (DELETE), where only the origin rule
 * applies. Requests without either header are not from a browser and cannot carry a victim's
 * cookies on their own.
 */
export function crossSiteRefusal(
  request: FastifyRequest,
  publicUrl: string,
  bodyTypes: readonly string[] | null = ['application/json'],
): { status: number; message: string } | null {
  const origin = request.headers.origin;
  const fetchSite = request.headers['sec-fetch-site'];
  if (origin !== undefined) {
    const allowed = new Set([new URL(publicUrl).host, request.headers.host]);
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (!originHost || !allowed.has(originHost)) return { status: 403, message: 'Cross-site request refused' };
  } else if (fetchSite !== undefined && fetchSite !== 'same-origin' && fetchSite !== 'none') {
    return { status: 403, message: 'Cross-site request refused' };
  }
  if (bodyTypes === null) return null;
  const contentType = request.headers['content-type']?.split(';')[0]?.trim().toLowerCase();
  if (contentType === undefined || !bodyTypes.includes(contentType)) {
    return { status: 415, message: `Requests here must be sent as ${bodyTypes.join(' or ')}` };
  }
  return null;
}

/** The built client with a history-API fallback: any other GET that wants HTML gets index.html. */
async function registerClient(app: FastifyInstance, clientDir: string): Promise<void> {
  const hasClient = existsSync(path.join(clientDir, 'index.html'));
  if (hasClient) {
    await app.register(fastifyStatic, {
      root: clientDir,
      wildcard: false,
      index: false,
      setHeaders: (res, filePath) => {
        // Vite puts content hashes in asset names, so they never change under the same URL.
        const immutable = filePath.includes(`${path.sep}assets${path.sep}`);
        res.header('cache-control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
      },
    });
  }
  app.setNotFoundHandler((request, reply) => {
    const wantsPage =
      request.method === 'GET' &&
      !request.url.startsWith('/trpc') &&
      !request.url.startsWith('/api/') &&
      (request.headers.accept ?? '').includes('text/html');
    if (!wantsPage) return reply.code(404).send({ error: 'Not found' });
    if (!hasClient) {
      return reply.code(503).type('text/plain').send('The client is not built yet: run `npm run build`.');
    }
    return reply.header('cache-control', 'no-cache').sendFile('index.html');
  });
}
