import { Directive, Field, ObjectType } from 'type-graphql';
import { CountCell } from '../disclosure/count-cell.type';

/**
 * The labour administration's side of one reporting year's training market, as the BA's
 * Ausbildungsmarktstatistik counts it on 30 September. Shareable and defined once here: the
 * labour administration's subgraph resolves it, the city's requires it for the EQI and the ANR, and both
 * must declare the same type.
 */
@ObjectType({
  description:
    'Registered applicants for an apprenticeship of one reporting year (1 October to 30 September) by their status on 30 September, and the apprenticeship places companies reported to the employment agency, under disclosure control (each list protected with its total).',
})
@Directive('@shareable')
export class ApplicantMarket {
  @Field(() => CountCell, { description: 'All registered applicants of the reporting year (gemeldete Bewerber).' })
  applicants!: CountCell;

  @Field(() => CountCell, { description: 'Einmündende Bewerber: began an apprenticeship.' })
  placed!: CountCell;

  @Field(() => CountCell, { description: 'Bewerber mit Alternative zum 30.09.: in an alternative and still searching (counted in the extended demand).' })
  alternativeSearching!: CountCell;

  @Field(() => CountCell, { description: 'Andere ehemalige Bewerber: gave up the search before 30 September.' })
  otherFormer!: CountCell;

  @Field(() => CountCell, { description: 'Unversorgte Bewerber: neither an apprenticeship nor an alternative, still searching.' })
  unplaced!: CountCell;

  @Field(() => CountCell, { description: 'Whereabouts unknown (the BA counts them among the andere ehemalige Bewerber).' })
  unknown!: CountCell;

  @Field(() => CountCell, { description: 'Apprenticeship places reported by companies in the reporting year (gemeldete Berufsausbildungsstellen).' })
  reportedPlaces!: CountCell;

  @Field(() => CountCell, { description: 'Of them, still unfilled on 30 September (unbesetzte Berufsausbildungsstellen).' })
  unfilledPlaces!: CountCell;
}
