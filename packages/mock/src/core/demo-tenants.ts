/** The two demo tenants every seeded mock has; seed data and demo keys both refer to these ids. */
export const DEMO_TENANTS = [
  { id: 'ten_acme', name: 'Acme Outdoor Gear' },
  { id: 'ten_globex', name: 'Globex Telecom' },
] as const;

export type DemoTenantId = (typeof DEMO_TENANTS)[number]['id'];
