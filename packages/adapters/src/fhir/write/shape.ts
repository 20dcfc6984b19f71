// FHIR JSON never has empty arrays or null members (hl7.org/fhir/R4/json.html): these helpers add a member only
// when it has content.

/**
 * `{ [key]: items }` when there are items, `{}` otherwise, for spreading into a resource.
 * @example
 * ({ ...some("telecom", []) }); // {}
 */
export function some<K extends string, T>(key: K, items: readonly T[]): Partial<Record<K, readonly T[]>> {
  return (items.length > 0 ? { [key]: items } : {}) as Partial<Record<K, readonly T[]>>;
}

/**
 * `{ [key]: value }` when the value is defined, `{}` otherwise, for spreading into a resource.
 * @example
 * ({ ...maybe("birthDate", undefined) }); // {}
 */
export function maybe<K extends string, T>(key: K, value: T | undefined): Partial<Record<K, T>> {
  return (value === undefined ? {} : { [key]: value }) as Partial<Record<K, T>>;
}
