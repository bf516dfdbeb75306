import type { z } from 'zod';

/** A zod refinement: `later` may not be before `earlier` when both are set (ISO dates sort as text). */
export function dateOrder<K extends string>(earlier: K, later: K) {
  return (record: Partial<Record<K, string | null | undefined>>, ctx: z.RefinementCtx) => {
    const start = record[earlier];
    const end = record[later];
    if (typeof start === 'string' && typeof end === 'string' && end < start) {
      ctx.addIssue({
        code: 'custom',
        path: [later],
        input: end,
        params: { code: 'date_order', earlier, later },
      });
    }
  };
}
