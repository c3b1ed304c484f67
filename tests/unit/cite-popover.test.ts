import { describe, expect, it } from 'vitest';
import { placeCard } from '../../src/components/cite/cite-popover';

const viewport = { width: 390, height: 844 };
const card = { width: 374, height: 120 };

describe('placeCard', () => {
  it('puts the card below the link, starting where the link starts', () => {
    expect(placeCard({ left: 10, top: 100, bottom: 120 }, { width: 200, height: 120 }, viewport)).toEqual({
      left: 10,
      top: 124,
    });
  });
  it('keeps the card inside a phone screen when the link is near the right edge', () => {
    const at = placeCard({ left: 300, top: 100, bottom: 120 }, card, viewport);
    expect(at.left + card.width).toBeLessThanOrEqual(viewport.width - 8);
    expect(at.left).toBeGreaterThanOrEqual(8);
  });
  it('puts the card above the link when there is no room below', () => {
    expect(placeCard({ left: 10, top: 780, bottom: 800 }, card, viewport).top).toBe(780 - 4 - 120);
  });
});
