/** IP allow-list matching: exact addresses (v4 or v6) and IPv4 CIDR ranges. */

/** `::ffff:10.0.0.1` (how Node reports IPv4 peers on a dual-stack socket) → `10.0.0.1`. */
export function normalizeIp(ip: string): string {
  const trimmed = ip.trim().toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(trimmed);
  return mapped?.[1] ?? trimmed;
}

function ipv4ToNumber(ip: string): number | undefined {
  const parts = ip.split('.');
  if (parts.length !== 4) return undefined;
  let value = 0;
  for (const part of parts) {
    if (!/^\d{1,3}$/.test(part) || Number(part) > 255) return undefined;
    value = value * 256 + Number(part);
  }
  return value;
}

/** Tells whether `ip` is `entry` or inside the IPv4 range `entry` (`198.51.100.0/24`). */
export function ipMatches(ip: string, entry: string): boolean {
  const address = normalizeIp(ip);
  const [base = '', bits] = entry.trim().split('/');
  if (bits === undefined) return address === normalizeIp(base);
  const addressValue = ipv4ToNumber(address);
  const baseValue = ipv4ToNumber(base);
  const prefix = Number(bits);
  if (addressValue === undefined || baseValue === undefined || !Number.isInteger(prefix) || prefix < 0 || prefix > 32) return false;
  const size = 2 ** (32 - prefix);
  return Math.floor(addressValue / size) === Math.floor(baseValue / size);
}

/** Tells whether an address is loopback (127.0.0.0/8 or ::1). */
export function isLoopback(ip: string): boolean {
  const address = normalizeIp(ip);
  return address === '::1' || ipMatches(address, '127.0.0.0/8');
}
