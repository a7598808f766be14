/** Sequential, zero-padded ids ('G000001'): stable for a given seed and scale, and sortable. */
export function idSequence(prefix: string, width: number): () => string {
  let n = 0;
  return () => `${prefix}${String(++n).padStart(width, '0')}`;
}
