import { createHmac, timingSafeEqual } from 'node:crypto';

/** An unsubscribe link works this long; every email carries a fresh one. */
export const unsubscribeTokenDays = 60;

function signature(secret: string, payload: string): string {
  // A key of its own, so an unsubscribe signature is never valid as anything else signed with the secret.
  return createHmac('sha256', `unsubscribe:${secret}`).update(payload).digest('base64url');
}

/**
 * `<alert ids joined by ~>.<expiry in seconds>.<signature>`: enough to stop those alerts' emails
 * without signing in (a digest's header names every alert in it; each alert's own link one).
 */
export function unsubscribeToken(secret: string, alertIds: readonly string[], now = new Date()): string {
  const expires = Math.floor(now.getTime() / 1000) + unsubscribeTokenDays * 86_400;
  const payload = `${alertIds.join('~')}.${expires}`;
  return `${payload}.${signature(secret, payload)}`;
}

export type TokenCheck = { ok: true; alertIds: string[] } | { ok: false; reason: 'invalid' | 'expired' };

export function verifyUnsubscribeToken(secret: string, token: string, now = new Date()): TokenCheck {
  const parts = token.split('.');
  if (parts.length !== 3) return { ok: false, reason: 'invalid' };
  const [ids, expires, given] = parts as [string, string, string];
  const expected = Buffer.from(signature(secret, `${ids}.${expires}`));
  const actual = Buffer.from(given);
  if (expected.length !== actual.length || !timingSafeEqual(expected, actual)) return { ok: false, reason: 'invalid' };
  if (!/^\d+$/.test(expires) || Number(expires) * 1000 < now.getTime()) return { ok: false, reason: 'expired' };
  return { ok: true, alertIds: ids.split('~') };
}
