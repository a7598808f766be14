import { registerEnumType } from 'type-graphql';
import { DISTRICT_NAMES } from '@kassel-hub/reference';
import type { PanelMember } from './panel';

/** How a report's rows are cut. Rows always come from fixed catalogues, never from client filters. */
export enum ReportBreakdown {
  CITY = 'CITY',
  SCHOOL = 'SCHOOL',
  DISTRICT = 'DISTRICT',
  SEX = 'SEX',
  NATIONALITY = 'NATIONALITY',
}
registerEnumType(ReportBreakdown, {
  name: 'ReportBreakdown',
  description: 'Rows of a report: the whole city, schools, districts of residence, sex, or nationality group (German / non-German).',
});

export const OUTSIDE_KASSEL = '99';

export interface RowKey {
  key: string;
  label: string;
}

/** The catalogue of rows for a breakdown (all of them, also empty ones) and each member's row. */
export function rowsFor(by: ReportBreakdown, members: PanelMember[]): { rows: RowKey[]; rowOf: (m: PanelMember) => string } {
  switch (by) {
    case ReportBreakdown.CITY:
      return { rows: [{ key: 'CITY', label: 'Kassel' }], rowOf: () => 'CITY' };
    case ReportBreakdown.SCHOOL: {
      const schools = new Map<string, string>();
      for (const m of members) if (m.school) schools.set(m.school.schoolId, m.school.schoolName);
      const rows = [...schools].sort(([a], [b]) => a.localeCompare(b)).map(([key, label]) => ({ key, label }));
      return { rows, rowOf: (m) => m.school!.schoolId };
    }
    case ReportBreakdown.DISTRICT:
      return {
        rows: [...DISTRICT_NAMES.map((d) => ({ key: d.code, label: d.name })), { key: OUTSIDE_KASSEL, label: 'outside Kassel' }],
        rowOf: (m) => m.districtCode ?? OUTSIDE_KASSEL,
      };
    case ReportBreakdown.SEX:
      return {
        rows: [
          { key: 'FEMALE', label: 'female' },
          { key: 'MALE', label: 'male' },
          { key: 'DIVERSE', label: 'diverse' },
        ],
        rowOf: (m) => (m.sex ?? 'diverse').toUpperCase(),
      };
    case ReportBreakdown.NATIONALITY:
      return {
        rows: [
          { key: 'GERMAN', label: 'German' },
          { key: 'NON_GERMAN', label: 'non-German' },
        ],
        rowOf: (m) => (m.nationalityGroup === 'non_german' ? 'NON_GERMAN' : 'GERMAN'),
      };
  }
}
