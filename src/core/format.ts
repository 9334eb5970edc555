/** Numbers and years as people read them in reason texts: 31,200 and 2025. */
const GROUPED = new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });

export const amount = (n: number): string => GROUPED.format(n);
