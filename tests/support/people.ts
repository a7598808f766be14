import type { KasselData } from '@kassel-hub/datagen';

/** Today as an ISO date, and the same day `n` years on (consents' validity in the tests). */
export const today = new Date().toISOString().slice(0, 10);
export const inYears = (n: number) => `${Number(today.slice(0, 4)) + n}${today.slice(4)}`;

/** A generated young person with a school leaving, a guidance contact and a training contract. */
export function withSchoolGuidanceAndContract(world: KasselData): string {
  const has = (a: { pseudonym: string }[]) => new Set(a.map((x) => x.pseudonym));
  const [p, g, k] = [has(world.pupils), has(world.guidance), has(world.contracts)];
  return world.youth.find((y) => p.has(y.pseudonym) && g.has(y.pseudonym) && k.has(y.pseudonym))!.pseudonym;
}
