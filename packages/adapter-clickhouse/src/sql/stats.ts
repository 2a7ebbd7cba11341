/**
 * percentile_cont(0.5) of a sorted array `xs` of length `n`: the middle value, or the two middle values
 * interpolated as low + (high − low) × 0.5. quantileExact(0.5) would return the upper middle value instead.
 */
export function medianOfSorted(xs: string, n: string): string {
  const low = `${xs}[intDiv(${n} + 1, 2)]`;
  const high = `${xs}[intDiv(${n}, 2) + 1]`;
  return `if(${n} % 2 = 1, ${low}, ${low} + (${high} - ${low}) * 0.5)`;
}

/**
 * The sample standard deviation of the array `xs` around its mean `mean` (n > 1), summed in two passes as the mock
 * engine does. Not stddevSamp, whose one-pass formula gives 1e-8 instead of 0 for equal values; not
 * stddevSampStable, whose state 18.16 cannot send between shards ("Unknown compression method").
 */
export function sampleStddev(xs: string, mean: string, n: string): string {
  return `sqrt(arraySum(arrayMap(v -> (v - assumeNotNull(${mean})) * (v - assumeNotNull(${mean})), ${xs})) / (${n} - 1))`;
}
