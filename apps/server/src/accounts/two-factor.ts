// The second factor at sign-in, and turning it on and off. A member with
// two-factor on signs in with the password and then a code: the
// authenticator app's (each time step once) or a recovery code (each once).
import QRCode from 'qrcode';
import type { Clock } from '../clock';
import { ApiError } from '../errors';
import type { AccountStore } from '../store/account-types';
import {
  hashRecoveryCode,
  matchingStep,
  newRecoveryCodes,
  newTotpSecret,
  otpauthUrl,
  stepAt,
} from './totp';

/** Throws unless the member has two-factor off or `code` is a valid, unused code. */
export async function checkSecondFactor(
  accounts: AccountStore,
  clock: Clock,
  userId: string,
  code: string | undefined,
): Promise<void> {
  const state = await accounts.twoFactorOf(userId);
  if (!state?.totpEnabledAt || !state.totpSecret) return;
  if (!code?.trim()) throw new ApiError('two-factor-required');
  const step = matchingStep(state.totpSecret, code, clock.now(), state.totpLastStep);
  if (step !== undefined && (await accounts.useTotpStep(userId, step))) return;
  if (await accounts.useRecoveryCode(userId, hashRecoveryCode(code))) return;
  throw new ApiError('sign-in-failed', 'the code is wrong or was used already');
}

/** A new secret, not in use until a code from it is confirmed; its link also as a QR code. */
export async function startEnrollment(accounts: AccountStore, userId: string, email: string) {
  const secret = newTotpSecret();
  await accounts.setTotpSecret(userId, secret);
  const url = otpauthUrl(email, secret);
  const qrSvg = await QRCode.toString(url, { type: 'svg', margin: 2, errorCorrectionLevel: 'M' });
  return { secret, otpauthUrl: url, qrSvg };
}

/** Turns two-factor on when `code` comes from the enrolling secret; the recovery codes, once. */
export async function confirmEnrollment(
  accounts: AccountStore,
  clock: Clock,
  userId: string,
  code: string,
): Promise<string[]> {
  const state = await accounts.twoFactorOf(userId);
  if (!state?.totpSecret || state.totpEnabledAt)
    throw new ApiError('invalid-body', 'start with POST /v1/me/two-factor first');
  const step = matchingStep(state.totpSecret, code, clock.now(), null);
  if (step === undefined)
    throw new ApiError(
      'invalid-body',
      'the code does not match: check the app’s clock and try the next one',
      {
        issues: [{ field: 'code', message: 'does not match the authenticator app' }],
      },
    );
  const recoveryCodes = newRecoveryCodes();
  await accounts.enableTotp(
    userId,
    clock.now(),
    Math.max(step, stepAt(clock.now()) - 1),
    recoveryCodes.map(hashRecoveryCode),
  );
  return recoveryCodes;
}
