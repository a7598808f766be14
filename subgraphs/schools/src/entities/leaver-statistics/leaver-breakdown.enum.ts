import { registerEnumType } from 'type-graphql';

/** What the rows of a leaver table are. */
export enum LeaverBreakdown {
  SCHOOL = 'SCHOOL',
  DISTRICT = 'DISTRICT',
}

registerEnumType(LeaverBreakdown, {
  name: 'LeaverBreakdown',
  description: 'Rows of a leaver table: one per school, or one per district (Stadtteil) in which the schools are located.',
  valuesConfig: {
    SCHOOL: { description: 'One row per school in Kassel, keyed by school number.' },
    DISTRICT: { description: 'One row per district that has a school, keyed by district code; a district row adds up its schools.' },
  },
});
