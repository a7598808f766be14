/** One of Kassel's 23 Stadtteile: its official two-digit code and name. */
export interface DistrictName {
  /** '01'..'23' */
  code: string;
  name: string;
}

/** Kassel's 23 Stadtteile with their official codes and names, in code order. */
export const DISTRICT_NAMES: readonly DistrictName[] = (
  [
    ['01', 'Mitte'],
    ['02', 'Südstadt'],
    ['03', 'Vorderer Westen'],
    ['04', 'Wehlheiden'],
    ['05', 'Bad Wilhelmshöhe'],
    ['06', 'Brasselsberg'],
    ['07', 'Süsterfeld/Helleböhn'],
    ['08', 'Harleshausen'],
    ['09', 'Kirchditmold'],
    ['10', 'Rothenditmold'],
    ['11', 'Nord-Holland'],
    ['12', 'Philippinenhof/Warteberg'],
    ['13', 'Fasanenhof'],
    ['14', 'Wesertor'],
    ['15', 'Wolfsanger/Hasenhecke'],
    ['16', 'Bettenhausen'],
    ['17', 'Forstfeld'],
    ['18', 'Waldau'],
    ['19', 'Niederzwehren'],
    ['20', 'Oberzwehren'],
    ['21', 'Nordshausen'],
    ['22', 'Jungfernkopf'],
    ['23', 'Unterneustadt'],
  ] as const
).map(([code, name]) => Object.freeze({ code, name }));

export const DISTRICT_NAME_BY_CODE: ReadonlyMap<string, string> = new Map(DISTRICT_NAMES.map((d) => [d.code, d.name]));

export const isDistrictCode = (code: string): boolean => DISTRICT_NAME_BY_CODE.has(code);
