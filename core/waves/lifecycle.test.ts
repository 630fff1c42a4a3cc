import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './index.ts';

describe('availableActions', () => {
  it.each([
    ['planned', 'wave', ['open']],
    ['planned', 'baseline', ['open', 'publish']],
    ['open', 'wave', ['lock']],
    ['locked', 'wave', ['unlock', 'publish']],
    ['locked', 'baseline', ['unlock', 'publish']],
    ['published', 'wave', []],
    ['published', 'baseline', []],
  ] as const)('%s %s -> %j', (status, kind, expected) => {
    expect(availableActions(status, kind)).toEqual(expected);
  });
});

describe('transition', () => {
  it.each([
    ['planned', 'wave', 'open', 'open'],
    ['open', 'wave', 'lock', 'locked'],
    ['locked', 'wave', 'unlock', 'open'],
    ['locked', 'wave', 'publish', 'published'],
    ['planned', 'baseline', 'publish', 'published'],
  ] as const)('%s %s + %s -> %s', (status, kind, action, to) => {
    expect(transition(status, kind, action)).toEqual({ ok: true, to });
  });

  it.each([
    ['open', 'wave', 'publish', ['locked']],
    ['planned', 'wave', 'publish', ['locked']],
    ['planned', 'baseline', 'lock', ['open']],
    ['published', 'wave', 'unlock', ['locked']],
    ['open', 'wave', 'open', ['planned']],
  ] as const)('refuses %s %s + %s, naming the statuses it starts from', (status, kind, action, allowedFrom) => {
    expect(transition(status, kind, action)).toEqual({ ok: false, allowedFrom });
  });
});
