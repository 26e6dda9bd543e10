import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH, passwordProblem } from './password';

describe('passwordProblem', () => {
  it.each([
    ['12345678', 'passwordTooShort'],
    ['eleven char', 'passwordTooShort'],
    ['        ', 'passwordBlank'],
    ['             ', 'passwordBlank'],
    ['\t\u3000\u00a0            ', 'passwordBlank'],
    ['qwerty123456', 'passwordCommon'],
    ['1qaz2wsx3edc', 'passwordCommon'],
    ['password1234', 'passwordCommon'],
    ['!!Sunshine2024!!', 'passwordCommon'],
    ['aaaaaaaaaaaaaaaa', 'passwordCommon'],
    ['abcabcabcabcabc', 'passwordCommon'],
    ['123456789012', 'passwordCommon'],
    ['x'.repeat(129), 'tooLong'],
  ])('refuses %j (%s)', (password, problem) => {
    expect(passwordProblem(password)).toBe(problem);
  });

  it('refuses a password built from the email or name', () => {
    expect(passwordProblem('rita.reviewer', ['rita.reviewer@example.org'])).toBe('passwordCommon');
    expect(passwordProblem('rita.reviewer2024', ['rita.reviewer@example.org'])).toBe('passwordCommon');
  });

  it('accepts a long phrase, in any script, counting characters as people do', () => {
    expect(passwordProblem('correct horse battery staple')).toBeUndefined();
    expect(passwordProblem('e2e-password-1234')).toBeUndefined();
    expect(passwordProblem('长城上的月亮照着故乡的河流')).toBeUndefined();
    expect(passwordProblem('мой пароль длинный')).toBeUndefined();
    // Twelve emoji are twelve characters (24 UTF-16 units); eleven are too few.
    expect(passwordProblem('🐉🐼🦊🐯🦁🐸🐙🦉🦄🐝🐢🐬')).toBeUndefined();
    expect(passwordProblem('🐉🐼🦊🐯🦁🐸🐙🦉🦄🐝🐢')).toBe('passwordTooShort');
    expect(MIN_PASSWORD_LENGTH).toBe(12);
  });
});
