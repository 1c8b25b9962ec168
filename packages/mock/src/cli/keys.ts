/**
 * `atender-mock keys`: prints every demo key (per bundle, per scope, the elevated tier, the
 * widget key, and each key that fails one credential rule), filterable, as text or JSON.
 * The same seed gives the same keys `atender-mock serve` accepts.
 */

import { createAtenderMock } from '../core/create-atender-mock.js';
import { type DemoKeyRow, listDemoKeys } from '../core/demo-key-list.js';
import { type FlagSpecs, flagLines, parseFlags } from './flags.js';

export const KEYS_FLAGS: FlagSpecs = {
  tenant: { type: 'string', value: '<name>', description: 'only this tenant: acme, globex or umbrella (suspended)' },
  environment: { type: 'string', value: '<env>', description: 'only sandbox or production' },
  purpose: { type: 'string', value: '<kind>', description: 'only bundle, scope, tier, widget or failure' },
  'key-seed': { type: 'string', value: '<text>', description: 'seed of the demo keys (as given to serve)', default: 'atender-demo' },
  json: { type: 'boolean', description: 'one JSON array instead of the table', default: false },
  help: { type: 'boolean', description: 'this text', default: false },
};

const ALLOWED: Readonly<Record<string, readonly string[]>> = {
  tenant: ['acme', 'globex', 'umbrella'],
  environment: ['sandbox', 'production'],
  purpose: ['bundle', 'scope', 'tier', 'widget', 'failure'],
};

/** The table: one block per tenant and environment, one aligned line per key. */
export function formatKeyTable(rows: readonly DemoKeyRow[]): string {
  const width = (pick: (r: DemoKeyRow) => string) => Math.max(0, ...rows.map((r) => pick(r).length));
  const w = { purpose: width((r) => r.purpose), label: width((r) => r.label), tier: width((r) => r.tier), state: width((r) => r.state) };
  const out: string[] = [];
  let block = '';
  for (const r of rows) {
    const heading = `${r.tenant} ${r.environment} (${r.tenantId})`;
    if (heading !== block) {
      out.push(...(out.length > 0 ? [''] : []), heading);
      block = heading;
    }
    const cells = [r.purpose.padEnd(w.purpose), r.label.padEnd(w.label), r.tier.padEnd(w.tier), r.state.padEnd(w.state), r.secret];
    out.push(`  ${cells.join('  ')}${r.note ? `  ${r.note}` : ''}`);
  }
  return out.join('\n');
}

/** Runs `atender-mock keys …`; returns what to print. */
export function keysCommand(argv: readonly string[]): string {
  const values = parseFlags('keys', argv, KEYS_FLAGS);
  if (values.help) {
    return `Usage: atender-mock keys [options]\n\nLists every demo key: per bundle, per scope, per tier, the widget key, and the keys\nseeded to fail one credential rule (state: the code they answer).\n\n${flagLines(KEYS_FLAGS).join('\n')}`;
  }
  for (const [flag, allowed] of Object.entries(ALLOWED)) {
    const given = values[flag];
    if (typeof given === 'string' && !allowed.includes(given)) {
      throw new Error(`--${flag} must be one of ${allowed.join(', ')}; got "${given}".`);
    }
  }
  const seed = typeof values['key-seed'] === 'string' ? values['key-seed'] : undefined;
  const mock = createAtenderMock(seed === undefined ? {} : { keySeed: seed });
  const rows = listDemoKeys(mock.keys.demo, mock.clock.now()).filter(
    (r) =>
      (values.tenant === undefined || r.tenant === values.tenant) &&
      (values.environment === undefined || r.environment === values.environment) &&
      (values.purpose === undefined || r.purpose === values.purpose),
  );
  return values.json ? JSON.stringify(rows, null, 2) : formatKeyTable(rows);
}
