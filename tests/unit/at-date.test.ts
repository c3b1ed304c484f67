import { describe, expect, it } from 'vitest';
import { cellAt, compareDates, holdsAt, isPartialDate, lifeAt, readAt } from '../../src/lib/at-date';
import { cellViewAt } from '../../src/lib/matrix-states';

const today = '2026-11-30';

describe('readAt', () => {
  it('reads YYYY, YYYY-MM and YYYY-MM-DD', () => {
    expect(readAt('2006', today)).toEqual({ at: '2006', isToday: false });
    expect(readAt('2006-12', today)).toEqual({ at: '2006-12', isToday: false });
    expect(readAt('2006-12-11', today)).toEqual({ at: '2006-12-11', isToday: false });
  });
  it('shows today when no date is given', () => {
    expect(readAt(null, today)).toEqual({ at: today, isToday: true });
    expect(readAt('', today)).toEqual({ at: today, isToday: true });
  });
  it('falls back to today, naming the value, on a malformed, impossible or future date', () => {
    for (const junk of ['yesterday', '2006-13', '2007-02-30', '2006-1-5', '<script>', '3000', '2027-01-01'])
      expect(readAt(junk, today)).toEqual({ at: today, isToday: true, rejected: junk });
  });
  it('knows real calendar days, leap years included', () => {
    expect(isPartialDate('2008-02-29')).toBe(true);
    expect(isPartialDate('2007-02-29')).toBe(false);
  });
});

describe('dates and states', () => {
  it('compares partial dates by their first day', () => {
    expect(compareDates('2007', '2007-01-01')).toBe(0);
    expect(compareDates('2007-02', '2007-01-31')).toBeGreaterThan(0);
    expect(compareDates('2006-12-11', '2007')).toBeLessThan(0);
  });
  it('holds a state from its since up to, not including, its until', () => {
    const s = { since: { date: '2007-10' }, until: { date: '2017-11' } };
    expect(holdsAt(s, '2007-09-30')).toBe(false);
    expect(holdsAt(s, '2007-10')).toBe(true);
    expect(holdsAt(s, '2017-10-31')).toBe(true);
    expect(holdsAt(s, '2017-11')).toBe(false);
  });
  it('finds the state of a cell at a date, or that the date is before its first state', () => {
    type S = { v: string; since: { date: string }; until?: { date: string } };
    const cell: { history: S[] } & S = {
      history: [{ v: 'in', since: { date: '2007-10' }, until: { date: '2017-11' } }],
      v: 'removed',
      since: { date: '2017-11' },
    };
    expect(cellAt(cell, '2006')).toMatchObject({ kind: 'before' });
    expect(cellAt(cell, '2008')).toMatchObject({ kind: 'state', index: 0 });
    expect(cellAt(cell, '2020')).toMatchObject({ kind: 'state', index: 1 });
  });
  it('tells whether a system was not yet released, alive or ended', () => {
    const span = { first: '2007-10', last: '2017-11' };
    expect(lifeAt(span, '2006-12-11')).toBe('not-yet');
    expect(lifeAt(span, '2008')).toBe('alive');
    expect(lifeAt(span, today)).toBe('ended');
    expect(lifeAt({ first: '2003' }, today)).toBe('alive');
  });
});

describe('cellViewAt', () => {
  const lguest = {
    history: [
      {
        status: 'yes' as const,
        value: 'In mainline',
        since: { date: '2007-10' },
        until: { date: '2017-11' },
      },
    ],
    status: 'no' as const,
    value: 'Removed',
    since: { date: '2017-11' },
  };
  it('shows the state of the date, with its word', () => {
    expect(cellViewAt(lguest, { first: '2007-01' }, '2008')).toEqual({
      status: 'yes',
      label: 'Yes',
      value: 'In mainline',
      index: 0,
    });
  });
  it('shows a column not yet released, and an ended one with its last answer', () => {
    expect(cellViewAt(lguest, { first: '2007-01', last: '2017-11' }, '2006-06')).toMatchObject({
      status: 'not-yet',
      value: 'First released January 2007',
    });
    expect(cellViewAt(lguest, { first: '2007-01', last: '2017-11' }, today)).toMatchObject({
      status: 'ended',
      label: 'Ended',
      value: 'Removed',
    });
  });
  it('says when a feature arrived, for a date before its first state', () => {
    const virtio = { history: [], status: 'yes' as const, value: 'virtio', since: { date: '2008-01' } };
    expect(cellViewAt(virtio, { first: '2006-10' }, '2007-06')).toMatchObject({
      status: 'not-yet',
      value: 'Arrived January 2008',
    });
  });
});
