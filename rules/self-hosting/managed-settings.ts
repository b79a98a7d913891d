/**
 * IT's settings for PostCheck, checked against public/managed_schema.json —
 * the schema the browser itself applies to the 3rdparty policy — so a
 * misspelt name or a wrong type is refused here, once, instead of being
 * dropped on every machine. (The extension checks the values themselves
 * again, key by key: utils/managed.ts.)
 */

interface PropertySchema {
  type: 'string' | 'boolean' | 'integer' | 'number' | 'array' | 'object';
  items?: PropertySchema;
}
export interface ManagedSchema {
  properties: Record<string, PropertySchema>;
}

function fits(value: unknown, schema: PropertySchema): boolean {
  switch (schema.type) {
    case 'string':
      return typeof value === 'string';
    case 'boolean':
      return typeof value === 'boolean';
    case 'integer':
      return Number.isInteger(value);
    case 'number':
      return typeof value === 'number';
    case 'array':
      return Array.isArray(value) && (!schema.items || value.every((item) => fits(item, schema.items!)));
    case 'object':
      return value !== null && typeof value === 'object' && !Array.isArray(value);
  }
}

const described = (schema: PropertySchema): string => (schema.type === 'array' && schema.items ? `a list of ${schema.items.type}s` : `a ${schema.type}`);

/** One plain line per setting that is not PostCheck's or has the wrong type; none when all fit. */
export function managedSettingsProblems(settings: unknown, schema: ManagedSchema): string[] {
  if (settings === null || typeof settings !== 'object' || Array.isArray(settings)) return ['the settings must be one JSON object, like {"strictMode": true}'];
  const problems: string[] = [];
  for (const [key, value] of Object.entries(settings)) {
    const property = Object.hasOwn(schema.properties, key) ? schema.properties[key] : undefined;
    if (!property) problems.push(`${key}: not a PostCheck setting (the settings are: ${Object.keys(schema.properties).join(', ')})`);
    else if (!fits(value, property)) problems.push(`${key}: must be ${described(property)}`);
  }
  return problems;
}
