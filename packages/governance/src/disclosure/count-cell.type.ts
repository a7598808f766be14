import { Directive, Field, Int, ObjectType, registerEnumType, UseMiddleware, type MiddlewareFn } from 'type-graphql';
import type { SubgraphContext } from '@kassel-hub/kit';
import { SuppressionReason, type ProtectedCount } from './protected-count';

registerEnumType(SuppressionReason, {
  name: 'SuppressionReason',
  description: 'Why a count is hidden under statistical disclosure control.',
  valuesConfig: {
    PRIMARY: { description: 'The count itself is below the report\'s threshold (1 or 2 at the usual threshold of 3).' },
    SECONDARY: { description: 'The count is hidden so that a primary-suppressed count cannot be recomputed from totals.' },
  },
});

/**
 * The reason narrows a hidden value (PRIMARY means 1 to threshold − 1, SECONDARY at least the
 * threshold), and with those bounds a reader pins down many hidden counts that "*" alone keeps
 * safe. So only the partner that owns the data, which knows the counts anyway, is told the reason.
 */
const reasonForOwnerOnly: MiddlewareFn<SubgraphContext<unknown>> = async ({ context }, next) =>
  context.identity.partner === context.owner ? next() : null;

/**
 * One count of an aggregate under disclosure control, the type every subgraph's reports return.
 * Shareable: several subgraphs define it, identically, from this one class.
 */
@ObjectType({
  description:
    'A count in a published aggregate. Counts from 1 to the report\'s threshold minus 1 are hidden ("*" in BA tables), and so is any count from which a hidden one could be recomputed or narrowed to a single value.',
})
@Directive('@shareable')
export class CountCell implements ProtectedCount {
  @Field(() => Int, {
    nullable: true,
    description: 'The count; null when it is suppressed. A hidden count is never reported as 0; a 0 shown is a true zero.',
  })
  value!: number | null;

  @Field({ description: 'True when the count is hidden; value is then null.' })
  suppressed!: boolean;

  @Field(() => SuppressionReason, {
    nullable: true,
    description:
      'Why the count is hidden, for the partner that owns the data only; null for everyone else (the reason would narrow the hidden value) and when the count is shown.',
  })
  @UseMiddleware(reasonForOwnerOnly)
  reason!: SuppressionReason | null;
}
