import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { testPublicUrl } from './test-app';

const ownOrigin = { origin: testPublicUrl, host: new URL(testPublicUrl).host };

/** A JSON POST from our own pages to better-auth. */
export function postAuth(
  app: FastifyInstance,
  path: string,
  body: unknown,
  options: { cookie?: string; headers?: Record<string, string> } = {},
): Promise<LightMyRequestResponse> {
  return app.inject({
    method: 'POST',
    url: `/api/auth${path}`,
    headers: {
      ...ownOrigin,
      'content-type': 'application/json',
      ...(options.cookie ? { cookie: options.cookie } : {}),
      ...options.headers,
    },
    payload: JSON.stringify(body),
  });
}

/** The session cookie(s) a response set, as a Cookie header value. */
export function cookieFrom(response: LightMyRequestResponse): string {
  const setCookie = response.headers['set-cookie'];
  const list = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  return list
    .map((cookie) => cookie.split(';')[0])
    .filter((pair): pair is string => pair !== undefined && !pair.endsWith('='))
    .join('; ');
}

/** Calls a tRPC procedure over HTTP, as the browser does (queries as GET, mutations as JSON POST). */
export async function callTrpc(
  app: FastifyInstance,
  procedure: string,
  input: unknown,
  options: { cookie?: string; kind?: 'query' | 'mutation' } = {},
): Promise<{
  status: number;
  body: { result?: { data: unknown }; error?: { message: string; data: Record<string, unknown> } };
}> {
  const kind = options.kind ?? 'mutation';
  const headers = { ...ownOrigin, ...(options.cookie ? { cookie: options.cookie } : {}) };
  const response =
    kind === 'query'
      ? await app.inject({
          method: 'GET',
          url: `/trpc/${procedure}?input=${encodeURIComponent(JSON.stringify(input ?? null))}`,
          headers,
        })
      : await app.inject({
          method: 'POST',
          url: `/trpc/${procedure}`,
          headers: { ...headers, 'content-type': 'application/json' },
          payload: JSON.stringify(input ?? null),
        });
  return { status: response.statusCode, body: response.json() };
}
