import { Field, Float, Int, ObjectType } from 'type-graphql';

@ObjectType({
  description:
    'BIBB\'s training-market ratios of one reporting year, from the chambers\' new contracts (NAA) and the BA\'s applicants and places on 30 September. Sums and ratios use published counts only: null when a count they need is suppressed.',
})
export class TrainingMarket {
  @Field(() => Int, { nullable: true, description: 'Angebot: new contracts + reported places still unfilled on 30 September.' })
  offer!: number | null;

  @Field(() => Int, { nullable: true, description: 'Nachfrage (traditional definition): new contracts + unplaced applicants (unversorgte Bewerber).' })
  demand!: number | null;

  @Field(() => Int, { nullable: true, description: 'Erweiterte Nachfrage: demand + applicants in an alternative who still search (Bewerber mit Alternative zum 30.09.).' })
  extendedDemand!: number | null;

  @Field(() => Float, { nullable: true, description: 'Angebots-Nachfrage-Relation (ANR), traditional: offer ÷ demand, rounded to 4 decimals; BIBB publishes it × 100 (offers per 100 demanding).' })
  anr!: number | null;

  @Field(() => Float, { nullable: true, description: 'Extended ANR (eANR): offer ÷ extended demand, rounded to 4 decimals.' })
  anrExtended!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Institutionell erfasste Ausbildungsinteressierte: new contracts + registered applicants who did not enter training (status other than placed: with an alternative and still searching, other former applicants, unplaced, whereabouts unknown).',
  })
  interested!: number | null;

  @Field(() => Float, { nullable: true, description: 'Einmündungsquote der Ausbildungsinteressierten (EQI): new contracts ÷ interested, rounded to 4 decimals.' })
  eqi!: number | null;
}
