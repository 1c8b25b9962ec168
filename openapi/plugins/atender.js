/**
 * Redocly plugin with the project's own spec rules (see openapi/CONVENTIONS.md).
 * Spectral misreads OAS 3.1 role names on non-OAuth schemes, so the scope rule lives here.
 */
const VISIBILITIES = new Set(['public', 'dashboard', 'widget']);

/** Every security role name is a member of `Scope`, and an operation names at most one scope. */
function operationScope() {
  let scopes = new Set();
  return {
    Root: {
      enter(root) {
        scopes = new Set(root.components?.schemas?.Scope?.enum ?? []);
      },
    },
    Operation: {
      enter(operation, { report, location }) {
        const requirements = operation.security ?? [];
        const named = new Set();
        requirements.forEach((requirement, i) => {
          for (const [scheme, roles] of Object.entries(requirement)) {
            for (const role of roles) {
              named.add(role);
              if (!scopes.has(role)) {
                report({ message: `Role "${role}" is not a member of the Scope enum.`, location: location.child(['security', i, scheme]) });
              }
            }
          }
        });
        if (named.size > 1) {
          report({
            message: `An operation needs exactly one scope; this one names ${[...named].join(', ')}.`,
            location: location.child('security'),
          });
        }
        const visibility = operation['x-visibility'];
        if (visibility !== undefined && !VISIBILITIES.has(visibility)) {
          report({ message: `x-visibility must be one of ${[...VISIBILITIES].join(', ')}.`, location: location.child('x-visibility') });
        }
      },
    },
  };
}

export default function atenderPlugin() {
  return {
    id: 'atender',
    rules: { oas3: { 'operation-scope': operationScope } },
  };
}
