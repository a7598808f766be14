import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestHub, type TestHub } from './support/hub';
import { importMutation, sql, tableFingerprint } from './support/import-helpers';

/*
 * A production hub starts empty (HUB_SEED=off): nothing comes from the synthetic Kassel. The
 * partners' systems first import their registers (schools; the chambers' occupations, training
 * companies and their entitlements), then the records that refer to them, and caseworkers read
 * the result through the gateway. The city's statistics office delivers the districts' names and
 * social indicators the same way.
 */
const year = new Date().getUTCFullYear();
const csv = (...lines: string[]) => `${lines.join('\r\n')}\r\n`;

const schoolRegister = csv('Schulnummer;Schule;Schulform;Stadtteil', 'S901;Schule am Fasanenhof;Mittelstufenschule;13', 'S902;Berufliche Schule Nord;Berufsschule;Nord-Holland');
const occupations = csv('KldB;Ausbildungsberuf;Kammer', '62102;Kaufmann/Kauffrau im Einzelhandel;IHK Kassel-Marburg', '25212;Kraftfahrzeugmechatroniker/in;Handwerkskammer Kassel');
const companies = csv('Betriebsnummer;Betrieb;Kammer;Stadtteil', 'C9001;Kaufhaus Wesertor GmbH;IHK;14', 'C9002;Autowerkstatt Waldau e.K.;HWK;18');
const entitlements = csv('Betriebsnummer;KldB;Kammer;Entzogen am', 'C9001;62102;IHK;', 'C9002;25212;HWK;');
const districtsHeader = 'Stadtteil-Nr.;Stadtteil;Einwohner;unter 25 Jahre;Arbeitslosenquote;SGB-II-Quote;Ausländeranteil;Alleinerziehendenanteil';
const districts = csv(districtsHeader, '11;Nord-Holland;14.490;4.460;18,0;29,5;33,0;38,0', '14;Wesertor;8460;2520;17;27;30,5;37');
const contractsHeader = 'Vertragsnummer;Pseudonym;Betriebsnummer;KldB;Ausbildungsbeginn;Vertragsende';

describe('an empty production hub: registers first, then the records that refer to them', () => {
  let hub: TestHub;
  let pseudonym: string;
  const contract = () => `R-${year}-0001;${pseudonym};C9001;62102;01.08.${year - 1};31.07.${year + 2}`;

  const importAs = async (partner: 'schools' | 'chambers' | 'municipality', kind: string, content: string) => {
    const { body } = await hub.query(importMutation(partner), { kind, content, fileName: `${kind.toLowerCase()}.csv` }, await hub.as(partner, ['system']));
    expect(body.errors).toBeUndefined();
    return body.data.report;
  };

  beforeAll(async () => {
    hub = await startTestHub({ seed: 'off' });
    // The city issues the pseudonym when the young person consents; nothing else is known of them yet.
    const grant = `mutation ($input: GrantConsentInput!) { grantConsent(input: $input) { pseudonym } }`;
    const input = {
      purpose: 'TRANSITION_SUPPORT',
      recipients: ['schools', 'chambers'],
      categories: ['RESIDENCE'],
      validFrom: new Date().toISOString().slice(0, 10),
      validUntil: `${year + 2}-01-31`,
      givenBy: 'YOUNG_PERSON',
      ageAtConsent: 16,
    };
    const { body } = await hub.query(grant, { input }, await hub.as('municipality', ['caseworker'], 'TRANSITION_SUPPORT'));
    expect(body.errors).toBeUndefined();
    pseudonym = body.data.grantConsent.pseudonym;
  });
  afterAll(async () => {
    await hub?.stop();
  });

  it('without registers a contracts import is refused: the company and the occupation are unknown', async () => {
    const report = await importAs('chambers', 'CONTRACTS', csv(contractsHeader, contract()));
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e: { code: string }) => e.code)).toEqual(['UNKNOWN_COMPANY', 'UNKNOWN_OCCUPATION']);
    expect((await sql<{ n: number }>(hub.subgraphs.chambers!, 'select count(*)::int as n from training_contract'))[0]!.n).toBe(0);
  });

  it('the partners import their registers, then a leaving-class list and a contract, and caseworkers read them through the gateway', async () => {
    expect(await importAs('schools', 'SCHOOL_REGISTER', schoolRegister)).toMatchObject({ status: 'IMPORTED', rows: 2, inserted: 2 });
    expect(await importAs('chambers', 'OCCUPATIONS', occupations)).toMatchObject({ status: 'IMPORTED', rows: 2, inserted: 2 });
    expect(await importAs('chambers', 'COMPANIES', companies)).toMatchObject({ status: 'IMPORTED', rows: 2, inserted: 2 });
    expect(await importAs('chambers', 'ENTITLEMENTS', entitlements)).toMatchObject({ status: 'IMPORTED', rows: 2, inserted: 2 });

    const classList = csv('Pseudonym;Schulnummer;Abgangsjahr;Voraussichtliches Abgangsdatum', `${pseudonym};S901;${year + 1};26.06.${year + 1}`);
    expect(await importAs('schools', 'LEAVING_CLASS_LIST', classList)).toMatchObject({ status: 'IMPORTED', inserted: 1 });
    expect(await importAs('chambers', 'CONTRACTS', csv(contractsHeader, contract()))).toMatchObject({ status: 'IMPORTED', inserted: 1 });

    const chambersView = `query ($p: ID!) { youth(pseudonym: $p) { trainingContracts {
      registerNumber chamber startDate plannedEndDate company { id name chamber district { code } } occupation { kldb title chamber durationMonths }
    } } }`;
    const read = await hub.query(chambersView, { p: pseudonym }, await hub.as('chambers', ['caseworker']));
    expect(read.body.errors).toBeUndefined();
    expect(read.body.data.youth.trainingContracts).toEqual([
      {
        registerNumber: `R-${year}-0001`,
        chamber: 'IHK',
        startDate: `${year - 1}-08-01`,
        plannedEndDate: `${year + 2}-07-31`,
        company: { id: 'C9001', name: 'Kaufhaus Wesertor GmbH', chamber: 'IHK', district: { code: '14' } },
        // title, chamber and length come from the reference list, not from the file
        occupation: { kldb: '62102', title: 'Kaufmann/Kauffrau im Einzelhandel', chamber: 'IHK', durationMonths: 36 },
      },
    ]);

    const schoolsView = `query ($p: ID!) { youth(pseudonym: $p) { leavingClass { expectedLeavingDate school { id name type district { code } } } } }`;
    const classes = await hub.query(schoolsView, { p: pseudonym }, await hub.as('schools', ['caseworker']));
    expect(classes.body.errors).toBeUndefined();
    expect(classes.body.data.youth.leavingClass).toEqual({
      expectedLeavingDate: `${year + 1}-06-26`,
      school: { id: 'S901', name: 'Schule am Fasanenhof', type: 'MITTELSTUFENSCHULE', district: { code: '13' } },
    });

    const registers = `{ companies { id occupations { kldb } } occupations { kldb chamber } schools { id type district { code } } }`;
    const { body } = await hub.query(registers, undefined, await hub.as('coordination', ['analyst']));
    expect(body.errors).toBeUndefined();
    expect(body.data.companies).toEqual([
      { id: 'C9001', occupations: [{ kldb: '62102' }] },
      { id: 'C9002', occupations: [{ kldb: '25212' }] },
    ]);
    expect(body.data.occupations).toEqual([
      { kldb: '25212', chamber: 'HWK' },
      { kldb: '62102', chamber: 'IHK' },
    ]);
    expect(body.data.schools).toEqual([
      { id: 'S901', type: 'MITTELSTUFENSCHULE', district: { code: '13' } },
      { id: 'S902', type: 'BERUFSSCHULE', district: { code: '11' } },
    ]);
  });

  it('the statistics office imports the district table, and the gateway names a district with its indicators', async () => {
    const query = `{ district(code: "11") { code name population under25 unemploymentRate sgb2Rate } }`;
    const empty = await hub.query(query, undefined, await hub.as('coordination', ['analyst']));
    expect(empty.body.data.district).toBeNull();

    expect(await importAs('municipality', 'DISTRICTS', districts)).toMatchObject({ status: 'IMPORTED', rows: 2, inserted: 2 });
    const { body } = await hub.query(query, undefined, await hub.as('coordination', ['analyst']));
    expect(body.errors).toBeUndefined();
    expect(body.data.district).toEqual({ code: '11', name: 'Nord-Holland', population: 14490, under25: 4460, unemploymentRate: 18, sgb2Rate: 29.5 });

    // A newer year's figures update the district; the same file again changes nothing.
    const newer = districts.replace('14;Wesertor;8460;2520;17;', '14;wesertor;8.512;2.534;16,5;');
    expect(await importAs('municipality', 'DISTRICTS', newer)).toMatchObject({ status: 'IMPORTED', updated: 1, unchanged: 1 });
    expect(await importAs('municipality', 'DISTRICTS', newer)).toMatchObject({ status: 'IMPORTED', updated: 0, unchanged: 2 });
    const [wesertor] = await sql<{ name: string; population: number; unemployment_rate: number }>(
      hub.subgraphs.municipality!,
      `select name, population, unemployment_rate from district where code = '14'`,
    );
    expect(wesertor).toEqual({ name: 'Wesertor', population: 8512, unemployment_rate: 16.5 });
  });

  it('registers re-import unchanged; a renamed company and a moved school are updated', async () => {
    expect(await importAs('chambers', 'OCCUPATIONS', occupations)).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: 2 });
    expect(await importAs('chambers', 'ENTITLEMENTS', entitlements)).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: 2 });
    expect(await importAs('chambers', 'COMPANIES', companies.replace('Kaufhaus Wesertor GmbH', 'Kaufhaus Wesertor GmbH & Co. KG'))).toMatchObject({ updated: 1, unchanged: 1 });
    expect(await importAs('schools', 'SCHOOL_REGISTER', schoolRegister.replace('Berufsschule;Nord-Holland', 'Berufsschule;Wesertor'))).toMatchObject({ updated: 1, unchanged: 1 });
    const [moved] = await sql<{ district_code: string }>(hub.subgraphs.schools!, `select district_code from school where id = 'S902'`);
    expect(moved!.district_code).toBe('14');
  });

  it('several recognised occupations share a KldB code: the register keeps each under the code, and contracts still name the code', async () => {
    // Verkäufer/in (24 months) is classified under 62102 with Kaufmann/Kauffrau im Einzelhandel (36 months).
    const both = csv('KldB;Ausbildungsberuf;Kammer', '62102;Kaufmann/Kauffrau im Einzelhandel;IHK', '62102;Verkäufer/in;IHK Kassel-Marburg', '25212;;');
    expect(await importAs('chambers', 'OCCUPATIONS', both)).toMatchObject({ status: 'IMPORTED', rows: 3, inserted: 1, updated: 0, unchanged: 2, errors: [] });
    expect(await importAs('chambers', 'OCCUPATIONS', both)).toMatchObject({ status: 'IMPORTED', inserted: 0, updated: 0, unchanged: 3 });
    const query = `{ occupation(kldb: "62102") { kldb title durationMonths recognisedOccupations { title chamber durationMonths } } }`;
    const { body } = await hub.query(query, undefined, await hub.as('coordination', ['analyst']));
    expect(body.errors).toBeUndefined();
    expect(body.data.occupation).toEqual({
      kldb: '62102',
      title: 'Kaufmann/Kauffrau im Einzelhandel',
      durationMonths: 36,
      recognisedOccupations: [
        { title: 'Kaufmann/Kauffrau im Einzelhandel', chamber: 'IHK', durationMonths: 36 },
        { title: 'Verkäufer/in', chamber: 'IHK', durationMonths: 24 },
      ],
    });
    // A spelling the reference list does not know for the code, or a duplicate occupation, is still refused.
    const wrong = csv('KldB;Ausbildungsberuf;Kammer', '62102;Kaufmann/Kauffrau im Großhandel;', '62102;verkäufer/in;', '62102;Verkäufer/in;');
    const report = await importAs('chambers', 'OCCUPATIONS', wrong);
    expect(report.status).toBe('REJECTED');
    expect(report.errors.map((e: { line: number; code: string }) => `${e.line} ${e.code}`)).toEqual(['2 TITLE_MISMATCH', '4 DUPLICATE_ROW']);
  });

  it('a contract at a company not entitled to the occupation is refused with NOT_ENTITLED and writes nothing', async () => {
    const chambers = hub.subgraphs.chambers!;
    const before = await tableFingerprint(chambers, 'training_contract');
    // The car workshop is entitled to train motor vehicle mechatronics technicians, not retail salespeople.
    const rows = csv(contractsHeader, `R-${year}-0002;${pseudonym};C9002;25212;01.08.${year};31.01.${year + 4}`, `R-${year}-0003;${pseudonym};C9002;62102;01.08.${year};31.07.${year + 3}`);
    const report = await importAs('chambers', 'CONTRACTS', rows);
    expect(report).toMatchObject({ status: 'REJECTED', rows: 2, inserted: 0, rejected: 1, auditEntryId: null });
    expect(report.errors).toEqual([{ line: 3, column: 'KldB', value: '62102', code: 'NOT_ENTITLED', reason: expect.stringContaining('C9002 is not entitled') }]);
    expect(await tableFingerprint(chambers, 'training_contract')).toBe(before);
  });

  it('the chamber withdraws an entitlement: the contract begun before stays, a new one is refused, and the company no longer lists the occupation', async () => {
    const today = new Date().toISOString().slice(0, 10);
    const onToday = today.split('-').reverse().join('.');
    const withdrawal = await importAs('chambers', 'ENTITLEMENTS', csv('Betriebsnummer;KldB;Entzogen am', `C9001;62102;${onToday}`));
    expect(withdrawal).toMatchObject({ status: 'IMPORTED', updated: 1 });

    expect(await importAs('chambers', 'CONTRACTS', csv(contractsHeader, contract()))).toMatchObject({ status: 'IMPORTED', unchanged: 1 });
    const later = await importAs('chambers', 'CONTRACTS', csv(contractsHeader, `R-${year}-0004;${pseudonym};C9001;62102;${onToday};${`${year + 3}-01-31`.split('-').reverse().join('.')}`));
    expect(later.status).toBe('REJECTED');
    expect(later.errors.map((e: { code: string; reason: string }) => [e.code, e.reason])).toEqual([['NOT_ENTITLED', expect.stringContaining(`was withdrawn on ${onToday}`)]]);

    const { body } = await hub.query(`{ company(id: "C9001") { occupations { kldb } } }`, undefined, await hub.as('chambers', ['caseworker']));
    expect(body.data.company.occupations).toEqual([]);

    // An empty cell reinstates it.
    expect(await importAs('chambers', 'ENTITLEMENTS', entitlements)).toMatchObject({ status: 'IMPORTED', updated: 1, unchanged: 1 });
    expect(await importAs('chambers', 'CONTRACTS', csv(contractsHeader, `R-${year}-0004;${pseudonym};C9001;62102;${onToday};${`${year + 3}-01-31`.split('-').reverse().join('.')}`))).toMatchObject({ status: 'IMPORTED', inserted: 1 });
  });

  it('register rows with an unknown district, occupation or school type, a bad school number or a duplicate are refused, and nothing is written', async () => {
    const schools = hub.subgraphs.schools!;
    const chambers = hub.subgraphs.chambers!;
    const [schoolsBefore, occupationsBefore, companiesBefore, entitlementsBefore] = await Promise.all([
      tableFingerprint(schools, 'school'),
      tableFingerprint(chambers, 'occupation'),
      tableFingerprint(chambers, 'company'),
      tableFingerprint(chambers, 'company_occupation'),
    ]);
    const codes = (report: { errors: { line: number; code: string }[] }) => report.errors.map((e) => `${e.line} ${e.code}`);

    const badSchools = csv(
      'Schulnummer;Schule;Schulform;Stadtteil',
      'S903;Neue Schule;Gymnasium;Mitte',
      'S-904;Schule mit Bindestrich;Gymnasium;01',
      'S905;Schule in Berlin;Gymnasium;Kreuzberg',
      'S906;Waldorfschule;Waldorfschule;02',
      'S903;Neue Schule, doppelt;Gymnasium;Mitte',
    );
    expect(codes(await importAs('schools', 'SCHOOL_REGISTER', badSchools))).toEqual(['3 INVALID_SCHOOL_NUMBER', '4 UNKNOWN_DISTRICT', '5 UNKNOWN_SCHOOL_TYPE', '6 DUPLICATE_ROW']);

    // 83112 is Erzieher/in, a school-based training, no recognised apprenticeship occupation;
    // 81102 (Medizinische/r Fachangestellte/r) is one, but the medical association registers it.
    const badOccupations = csv('KldB;Ausbildungsberuf;Kammer', '26212;;', '83112;Erzieher/in;', '25212;Kraftfahrzeugmechatroniker/in;IHK', '6210;;', '81102;;', '62102;Kaufmann/Kauffrau im Großhandel;');
    expect(codes(await importAs('chambers', 'OCCUPATIONS', badOccupations))).toEqual([
      '3 UNKNOWN_OCCUPATION',
      '4 CHAMBER_MISMATCH',
      '5 INVALID_KLDB',
      '6 NOT_A_CHAMBER_OCCUPATION',
      '7 TITLE_MISMATCH',
    ]);

    const badCompanies = csv('Betriebsnummer;Betrieb;Kammer;Stadtteil', 'C9003;Bäckerei Mitte;HWK;01', 'C9004;Bäckerei Süd;Bäckerinnung;02', 'C9005;Bäckerei Nord;HWK;24');
    expect(codes(await importAs('chambers', 'COMPANIES', badCompanies))).toEqual(['3 UNKNOWN_CODE', '4 UNKNOWN_DISTRICT']);

    const municipality = hub.subgraphs.municipality!;
    const districtsBefore = await tableFingerprint(municipality, 'district');
    const badDistricts = csv(
      districtsHeader,
      '01;Mitte;7110;1910;13,5;21;27;33',
      '24;Kassel-Ost;5000;1200;10;10;10;10',
      '02;Wesertor;8640;2060;8,5;12;13;27',
      '03;Vorderer Westen;-14940;3410;6;7,5;10,5;24',
      '04;Wehlheiden;11610;2770;107,5;10;12;26',
      '05;Bad Wilhelmshöhe;2430;12240;3,8;3,8;7,5;17',
      '06;Brasselsberg;3510,5;730;2,5;2,2;5;14',
    );
    expect(codes(await importAs('municipality', 'DISTRICTS', badDistricts))).toEqual([
      '3 UNKNOWN_DISTRICT',
      '4 NAME_MISMATCH',
      '5 OUT_OF_RANGE',
      '6 OUT_OF_RANGE',
      '7 UNDER25_EXCEEDS_POPULATION',
      '8 INVALID_NUMBER',
    ]);
    expect(await tableFingerprint(municipality, 'district')).toBe(districtsBefore);

    const badEntitlements = csv('Betriebsnummer;KldB;Kammer;Entzogen am', 'C9001;25212;HWK;', 'C9999;62102;;', 'C9002;26212;;', 'C9002;25212;IHK;', 'C9001;25212;;', 'C9001;62102;;31.02.2026');
    expect(codes(await importAs('chambers', 'ENTITLEMENTS', badEntitlements))).toEqual(['3 UNKNOWN_COMPANY', '4 UNKNOWN_OCCUPATION', '5 CHAMBER_MISMATCH', '6 DUPLICATE_ROW', '7 INVALID_DATE']);

    expect(
      await Promise.all([
        tableFingerprint(schools, 'school'),
        tableFingerprint(chambers, 'occupation'),
        tableFingerprint(chambers, 'company'),
        tableFingerprint(chambers, 'company_occupation'),
      ]),
    ).toEqual([schoolsBefore, occupationsBefore, companiesBefore, entitlementsBefore]);
  });
});
