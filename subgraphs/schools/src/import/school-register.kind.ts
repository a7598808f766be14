import { CellError, districtCell, textCell, type ExportKind } from '@kassel-hub/import';
import { School } from '../entities/school.entity';
import type { SchoolType } from '../entities/enums';
import { SCHOOL_TYPES } from './school-type-labels';
import { schoolNumberCell } from './school-columns';

interface SchoolRow {
  id: string;
  name: string;
  type: SchoolType;
  districtCode: string;
}

/**
 * The schools' register (Schulverzeichnis) of the school authority, keyed by the school number.
 * It is what the pupil exports are checked against: a school must be in it before its
 * leaving-class list or leaving results can be imported.
 */
export const schoolRegister: ExportKind<SchoolRow> = {
  name: 'school-register',
  title: 'Schulverzeichnis',
  description:
    'The schools of Kassel as the Staatliches Schulamt registers them, one row per school, keyed by the school number. ' +
    'A new number adds a school; a known one updates its name, type and district. Import it before the leaving-class list ' +
    'and the leaving results, which refuse a school missing here (UNKNOWN_SCHOOL). Schools are never removed by an import: ' +
    'leavers of a closed school keep referring to it.',
  columns: [
    { header: 'Schulnummer', aliases: ['Schul-Nr.', 'Schulnr'], field: 'id', presence: 'required', parse: schoolNumberCell, doc: 'School number assigned by the school authority, 2–12 letters or digits (e.g. `S014`); the key.' },
    { header: 'Schule', aliases: ['Schulname', 'Name'], field: 'name', presence: 'required', parse: textCell(200), doc: 'Name of the school, at most 200 characters.' },
    {
      header: 'Schulform',
      aliases: ['Schultyp', 'Schulart'],
      field: 'type',
      presence: 'required',
      parse: (raw) => {
        try {
          return SCHOOL_TYPES.parse(raw);
        } catch (e) {
          if (e instanceof CellError) throw new CellError('UNKNOWN_SCHOOL_TYPE', e.message);
          throw e;
        }
      },
      doc: `Type of school: ${SCHOOL_TYPES.doc}.`,
    },
    { header: 'Stadtteil', aliases: ['Stadtteil-Nr.', 'Ortsbezirk'], field: 'districtCode', presence: 'required', parse: districtCell, doc: 'District where the school is: its code `01`–`23` (or `1`–`23`) or its name, e.g. `Nord-Holland`.' },
  ],
  key: ['id'],
  target: {
    entity: School,
    managed: ['name', 'type', 'districtCode'],
    record: (r) => ({ id: r.id, name: r.name, type: r.type, districtCode: r.districtCode }),
    create: () => ({}),
  },
};
