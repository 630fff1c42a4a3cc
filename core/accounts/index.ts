export {
  delayAfter,
  LoginThrottle,
  type ThrottleDecision,
  type ThrottleKey,
  type ThrottleOptions,
  type ThrottleRule,
} from './login-throttle.ts';
export { checkPassword, PASSWORD_MIN_LENGTH, PASSWORD_POLICY_REGEX, type PasswordCheck } from './password-policy.ts';
