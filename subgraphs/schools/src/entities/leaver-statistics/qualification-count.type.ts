import { Field, ObjectType } from 'type-graphql';
import { CountCell } from '@kassel-hub/governance';
import { Qualification } from '../enums';

@ObjectType({ description: 'The number of leavers with one school-leaving qualification, under disclosure control.' })
export class QualificationCount {
  @Field(() => Qualification, { description: 'The qualification (the table column).' })
  qualification!: Qualification;

  @Field(() => CountCell, { description: 'Number of leavers with this qualification; null with suppressed=true when hidden.' })
  count!: CountCell;
}
