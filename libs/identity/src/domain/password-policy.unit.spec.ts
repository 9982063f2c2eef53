import { DomainRuleViolation } from '@giaoviec/kernel';
import { PasswordPolicy } from './password-policy';

function ruleBroken(password: string, username = 'nguyen.van.a'): string | undefined {
  try {
    PasswordPolicy.check(password, { username });
    return undefined;
  } catch (error) {
    expect(error).toBeInstanceOf(DomainRuleViolation);
    expect((error as DomainRuleViolation).kind).toBe('unprocessable');
    return (error as DomainRuleViolation).rule;
  }
}

describe('password policy', () => {
  it('accepts ten characters or more', () => {
    expect(ruleBroken('0123456789')).toBeUndefined();
    expect(ruleBroken('Huế đẹp lắm nè!')).toBeUndefined();
  });

  it('refuses fewer than ten characters, counting Vietnamese letters once', () => {
    expect(ruleBroken('012345678')).toBe('user.password_too_short');
    const nineLetters = 'Huếđẹplắm';
    expect(ruleBroken(nineLetters)).toBe('user.password_too_short');
    expect(ruleBroken(nineLetters.normalize('NFD'))).toBe('user.password_too_short');
    expect(ruleBroken(`${nineLetters}!`.normalize('NFD'))).toBeUndefined();
  });

  it('refuses the username as password, whatever its case', () => {
    expect(ruleBroken('Nguyen.Van.A', 'nguyen.van.a')).toBe('user.password_same_as_username');
    expect(ruleBroken('quan.tri.vien', 'quan.tri.vien')).toBe('user.password_same_as_username');
  });

  it('refuses absurdly long passwords', () => {
    expect(ruleBroken('x'.repeat(PasswordPolicy.MAX_LENGTH))).toBeUndefined();
    expect(ruleBroken('x'.repeat(PasswordPolicy.MAX_LENGTH + 1))).toBe('user.password_too_long');
  });

  it('never repeats the password in its message', () => {
    try {
      PasswordPolicy.check('secret123', { username: 'abc' });
    } catch (error) {
      expect(
        JSON.stringify({ ...(error as DomainRuleViolation), message: (error as Error).message }),
      ).not.toContain('secret123');
    }
  });
});
