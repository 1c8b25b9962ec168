import { describe, expect, it } from 'vitest';
import { OPERATIONS } from './generated/operations.js';
import { OPERATION_COSTS, WIDGET_OPERATIONS } from './generated/transport-rules.js';

const keyOf = (rule: { method: string; path: string }) => `${rule.method.toUpperCase()} ${rule.path}`;

describe('the transport rules (the small table clients import instead of OPERATIONS)', () => {
  it('holds the cost of exactly the operations that do not cost 1', () => {
    const expected = Object.fromEntries(OPERATIONS.filter((rule) => rule.cost !== 1).map((rule) => [keyOf(rule), rule.cost]));
    expect(OPERATION_COSTS).toEqual(expected);
    expect(Object.keys(OPERATION_COSTS).length).toBeGreaterThan(0);
  });

  it('lists exactly the widget operations', () => {
    const expected = OPERATIONS.filter((rule) => rule.visibility === 'widget').map(keyOf);
    expect([...WIDGET_OPERATIONS]).toEqual(expected);
    expect(WIDGET_OPERATIONS.length).toBeGreaterThan(0);
  });
});
