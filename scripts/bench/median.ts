/** The value at `fraction` of the way through the sorted values (0.5: the median, 0.95: the 95th percentile). */
export function percentile(values: readonly number[], fraction: number): number {
  const sorted = values.toSorted((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(fraction * sorted.length) - 1))]!;
}

export const median = (values: readonly number[]) => percentile(values, 0.5);
