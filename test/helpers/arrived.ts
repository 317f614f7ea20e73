/**
 * The entries of a list whose items the schema lets be null (a field error nulls only its own
 * entry), for a test that expects every entry to have arrived: a null entry fails the test here,
 * with its index, instead of as a TypeError further on. A list that is absent reads as empty.
 */
export function arrived<T>(items: readonly (T | null)[] | null | undefined): T[] {
  return (items ?? []).map((item, index) => {
    if (item === null) throw new Error(`list entry ${index} did not arrive`);
    return item;
  });
}
