import { userViolation } from './user-rules';

/**
 * The form a password is checked and hashed in: Unicode NFC, so the same Vietnamese
 * password typed with a composing or a decomposing input method is the same password.
 */
export function normalizePassword(password: string): string {
  return password.normalize('NFC');
}

/**
 * What a new password must satisfy (NIST SP 800-63B style: length over composition rules).
 * Pure: the password is checked here and then only its hash is kept, outside the events.
 * Lengths count characters of the NFC form (what the hasher hashes too), so a Vietnamese
 * letter counts once whether the keyboard composed it (ế) or not (e + ̂ + ́).
 */
export class PasswordPolicy {
  static readonly MIN_LENGTH = 10;
  /** Long enough for any passphrase, short enough that hashing it cannot be used to load the server. */
  static readonly MAX_LENGTH = 256;

  /** Throws a 422 DomainRuleViolation naming the rule the password breaks. */
  static check(password: string, owner: { readonly username: string }): void {
    const length = [...normalizePassword(password)].length;
    if (length < PasswordPolicy.MIN_LENGTH) {
      throw userViolation(
        'user.password_too_short',
        `A password needs at least ${PasswordPolicy.MIN_LENGTH} characters; this one has ${length}.`,
        { minLength: PasswordPolicy.MIN_LENGTH },
      );
    }
    if (length > PasswordPolicy.MAX_LENGTH) {
      throw userViolation(
        'user.password_too_long',
        `A password may have at most ${PasswordPolicy.MAX_LENGTH} characters.`,
        { maxLength: PasswordPolicy.MAX_LENGTH },
      );
    }
    if (password.trim().toLowerCase() === owner.username.trim().toLowerCase()) {
      throw userViolation('user.password_same_as_username', 'The password must not be the username.');
    }
  }
}
