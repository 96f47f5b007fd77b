import { createAuthClient } from 'better-auth/client';

/** better-auth's browser client for sign-up, sign-in, sign-out and passwords; same origin, cookie sessions. */
export const authClient = createAuthClient({ baseURL: window.location.origin, basePath: '/api/auth' });

export type AuthError = { code?: string | undefined; message?: string | undefined; status: number };
