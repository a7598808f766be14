/**
 * Recognised apprenticeship occupations (anerkannte Ausbildungsberufe nach BBiG/HwO) with their
 * KldB 2010 five-digit code (Berufsgattung; the last digit 2 = skilled level "Fachkraft"), the
 * competent bodies that register their contracts (zuständige Stellen), and the regular training
 * duration in months (Ausbildungsordnung). Sources and how entries were checked: SOURCES.md.
 *
 * Not yet the whole BIBB list (328 occupations in 2023; 320 here): see SOURCES.md for what is missing and why.
 *
 * The KldB code is a classification, not a key: several occupations share a Berufsgattung
 * (Kaufmann/Kauffrau im Einzelhandel and Verkäufer/in: 62102). Each occupation therefore has an `id`
 * derived from its title. A register of occupations keeps each recognised occupation under its code;
 * records that refer to an occupation by KldB code only (contracts, entitlements, vacancies) resolve
 * the code to its principal occupation: the first listed for that code, which is the one with most
 * contracts where the code is shared.
 *
 * An occupation registered both by the IHK and by the Handwerkskammer (most building trades,
 * Kraftfahrzeugmechatroniker/in) lists both in `bodies`, as does one whose Ausbildungsordnung makes
 * it an occupation of the public service where trained there (Bestattungsfachkraft); the first is
 * the body that registers most of its contracts and is also given as `body`.
 */

/** Who registers an occupation's training contracts (zuständige Stelle, §§ 71–75 BBiG). */
export const COMPETENT_BODIES = ['IHK', 'HWK', 'LANDWIRTSCHAFT', 'FREIE_BERUFE', 'OEFFENTLICHER_DIENST', 'HAUSWIRTSCHAFT', 'SEESCHIFFFAHRT'] as const;
export type CompetentBody = (typeof COMPETENT_BODIES)[number];

export const COMPETENT_BODY_LABEL: Readonly<Record<CompetentBody, string>> = {
  IHK: 'Industrie- und Handelskammer',
  HWK: 'Handwerkskammer',
  LANDWIRTSCHAFT: 'Landwirtschaftskammer / zuständige Stelle der Landwirtschaft',
  FREIE_BERUFE: 'Kammer der freien Berufe (Ärzte-, Zahnärzte-, Rechtsanwalts-, Notar-, Patentanwalts-, Steuerberater-, Apothekerkammer u. a.)',
  OEFFENTLICHER_DIENST: 'zuständige Stelle im öffentlichen Dienst',
  HAUSWIRTSCHAFT: 'zuständige Stelle für die Hauswirtschaft',
  SEESCHIFFFAHRT: 'Berufsbildungsstelle Seeschifffahrt',
};

export interface ApprenticeshipOccupation {
  /** stable key of the occupation: its title in lower case ASCII, words joined by "-" */
  id: string;
  /** KldB 2010, 5 digits, skilled level; shared by several occupations at times */
  kldb: string;
  /** title as in the BIBB list */
  title: string;
  /** competent bodies, the one registering most contracts first */
  bodies: readonly CompetentBody[];
  /** `bodies[0]` */
  body: CompetentBody;
  /** regular training duration (Ausbildungsdauer) */
  durationMonths: number;
}

const I = 'IHK';
const H = 'HWK';
const L = 'LANDWIRTSCHAFT';
const F = 'FREIE_BERUFE';
const O = 'OEFFENTLICHER_DIENST';
const W = 'HAUSWIRTSCHAFT';
const S = 'SEESCHIFFFAHRT';

type Row = [kldb: string, title: string, bodies: CompetentBody[], durationMonths: number];

/** Where a code is shared, the principal occupation comes first. */
const ROWS: Row[] = [
  // Commerce, industry, hospitality, logistics, IT (IHK) and crafts (HWK): the occupations the generator draws
  ['62102', 'Kaufmann/Kauffrau im Einzelhandel', [I], 36],
  ['71402', 'Kaufmann/Kauffrau für Büromanagement', [I, H, O], 36],
  ['71302', 'Industriekaufmann/Industriekauffrau', [I], 36],
  ['72112', 'Bankkaufmann/Bankkauffrau', [I], 36],
  ['61212', 'Kaufmann/Kauffrau für Groß- und Außenhandelsmanagement', [I], 36],
  ['62272', 'Automobilkaufmann/Automobilkauffrau', [I], 36],
  ['51622', 'Kaufmann/Kauffrau für Spedition und Logistikdienstleistung', [I], 36],
  ['63112', 'Kaufmann/Kauffrau für Tourismus und Freizeit', [I], 36],
  ['62412', 'Drogist/in', [I], 36],
  ['51312', 'Fachkraft für Lagerlogistik', [I], 36],
  ['52122', 'Berufskraftfahrer/in', [I], 36],
  ['53112', 'Fachkraft für Schutz und Sicherheit', [I], 36],
  ['29302', 'Koch/Köchin', [I], 36],
  ['63302', 'Fachmann/Fachfrau für Restaurants und Veranstaltungsgastronomie', [I], 36],
  ['63222', 'Hotelfachmann/Hotelfachfrau', [I], 36],
  ['25102', 'Industriemechaniker/in', [I], 42],
  ['24232', 'Zerspanungsmechaniker/in', [I], 42],
  ['25122', 'Maschinen- und Anlagenführer/in', [I], 24],
  ['26112', 'Mechatroniker/in', [I], 42],
  ['26252', 'Elektroniker/in für Betriebstechnik', [I], 42],
  ['43412', 'Fachinformatiker/in – Anwendungsentwicklung', [I], 36],
  ['25212', 'Kraftfahrzeugmechatroniker/in', [H, I], 42],
  ['26212', 'Elektroniker/in – Energie- und Gebäudetechnik', [H], 42],
  ['34212', 'Anlagenmechaniker/in für Sanitär-, Heizungs- und Klimatechnik', [H, I], 42],
  ['33212', 'Maler/in und Lackierer/in', [H], 36],
  ['24412', 'Metallbauer/in', [H], 42],
  ['32122', 'Maurer/in', [H, I], 36],
  ['82312', 'Friseur/in', [H], 36],
  ['62312', 'Fachverkäufer/in im Lebensmittelhandwerk – Bäckerei', [H], 36],
  ['29222', 'Bäcker/in', [H, I], 36],
  ['82522', 'Augenoptiker/in', [H], 36],
  ['82542', 'Zahntechniker/in', [H], 42],
  ['54112', 'Gebäudereiniger/in', [H], 36],
  // Commerce, services and media (IHK)
  ['72132', 'Kaufmann/Kauffrau für Versicherungen und Finanzanlagen', [I], 36],
  ['61312', 'Immobilienkaufmann/Immobilienkauffrau', [I], 36],
  ['92112', 'Kaufmann/Kauffrau für Marketingkommunikation', [I], 36],
  ['92122', 'Kaufmann/Kauffrau für Dialogmarketing', [I], 36],
  ['63212', 'Kaufmann/Kauffrau für Hotelmanagement', [I], 36],
  ['63312', 'Fachmann/Fachfrau für Systemgastronomie', [I], 36],
  ['63402', 'Veranstaltungskaufmann/Veranstaltungskauffrau', [I], 36],
  ['63122', 'Sport- und Fitnesskaufmann/Sport- und Fitnesskauffrau', [I], 36],
  ['51662', 'Kaufmann/Kauffrau für Kurier-, Express- und Postdienstleistungen', [I], 36],
  ['51322', 'Fachkraft für Kurier-, Express- und Postdienstleistungen', [I], 24],
  ['52132', 'Fachkraft im Fahrbetrieb', [I], 36],
  ['52202', 'Eisenbahner/in im Betriebsdienst', [I], 36],
  ['62512', 'Buchhändler/in', [I], 36],
  ['93222', 'Gestalter/in für visuelles Marketing', [I], 36],
  ['23212', 'Mediengestalter/in Digital und Print', [I], 36],
  ['94532', 'Mediengestalter/in Bild und Ton', [I], 36],
  ['94512', 'Fachkraft für Veranstaltungstechnik', [I], 36],
  ['23412', 'Medientechnologe/Medientechnologin Druck', [I], 36],
  ['12202', 'Florist/in', [I], 36],
  // Industry, laboratories, electrical and IT (IHK)
  ['24522', 'Werkzeugmechaniker/in', [I], 42],
  ['26122', 'Elektroniker/in für Automatisierungstechnik', [I], 42],
  ['26312', 'IT-System-Elektroniker/in', [I], 36],
  ['22102', 'Kunststoff- und Kautschuktechnologe/Kunststoff- und Kautschuktechnologin', [I], 36],
  ['41322', 'Chemielaborant/in', [I], 42],
  ['41312', 'Chemikant/in', [I], 42],
  ['41212', 'Biologielaborant/in', [I], 42],
  ['41412', 'Physiklaborant/in', [I], 42],
  // Crafts (HWK)
  ['22342', 'Tischler/in', [H], 36],
  ['33322', 'Zimmerer/Zimmerin', [H, I], 36],
  ['32142', 'Dachdecker/in', [H], 36],
  ['33112', 'Fliesen-, Platten- und Mosaikleger/in', [H, I], 36],
  ['33222', 'Stuckateur/in', [H, I], 36],
  ['33342', 'Glaser/in', [H], 36],
  ['33352', 'Rollladen- und Sonnenschutzmechatroniker/in', [H], 36],
  ['33132', 'Parkettleger/in', [H], 36],
  ['33102', 'Bodenleger/in', [H], 36],
  ['42212', 'Schornsteinfeger/in', [H], 36],
  ['21232', 'Steinmetz/in und Steinbildhauer/in', [H], 36],
  ['93232', 'Raumausstatter/in', [H], 36],
  ['22212', 'Fahrzeuglackierer/in', [H, I], 36],
  ['24512', 'Feinwerkmechaniker/in', [H], 42],
  ['25222', 'Land- und Baumaschinenmechatroniker/in', [H, I], 42],
  ['25252', 'Zweiradmechatroniker/in', [H, I], 42],
  ['29232', 'Fleischer/in', [H, I], 36],
  ['62322', 'Fachverkäufer/in im Lebensmittelhandwerk – Fleischerei', [H], 36],
  ['82322', 'Kosmetiker/in', [H], 36],
  ['82532', 'Hörakustiker/in', [H], 36],
  ['24532', 'Uhrmacher/in', [H], 36],
  ['93522', 'Gold- und Silberschmied/in', [H, I], 42],
  ['23322', 'Fotograf/in', [H], 36],
  ['28222', 'Maßschneider/in', [H], 36],
  ['28332', 'Orthopädieschuhmacher/in', [H], 42],
  ['28332', 'Maßschuhmacher/in', [H], 36],
  ['54132', 'Textilreiniger/in', [H], 36],
  ['82402', 'Bestattungsfachkraft', [H, I, O], 36],
  // Agriculture (zuständige Stelle der Landwirtschaft)
  ['11102', 'Landwirt/in', [L], 36],
  ['11212', 'Tierwirt/in', [L], 36],
  ['11302', 'Pferdewirt/in', [L], 36],
  ['11602', 'Winzer/in', [L], 36],
  ['11712', 'Forstwirt/in', [L], 36],
  // Liberal professions (their own professional bodies)
  ['81102', 'Medizinische/r Fachangestellte/r', [F], 36],
  ['81112', 'Zahnmedizinische/r Fachangestellte/r', [F], 36],
  ['81142', 'Tiermedizinische/r Fachangestellte/r', [F], 36],
  ['73112', 'Rechtsanwaltsfachangestellte/r', [F], 36],
  ['72302', 'Steuerfachangestellte/r', [F], 36],
  // Public service
  ['73202', 'Verwaltungsfachangestellte/r', [O], 36],
  ['73212', 'Sozialversicherungsfachangestellte/r', [O], 36],
  ['73252', 'Justizfachangestellte/r', [O], 36],
  // Agriculture and housekeeping (zuständige Stellen der Landwirtschaft und der Hauswirtschaft)
  ['12102', 'Gärtner/in', [L], 36],
  ['11102', 'Fachkraft Agrarservice', [L], 36],
  ['11402', 'Fischwirt/in', [L], 36],
  ['29252', 'Milchtechnologe/Milchtechnologin', [L], 36],
  ['11732', 'Revierjäger/in', [L], 36],
  ['11132', 'Pflanzentechnologe/Pflanzentechnologin', [L], 36],
  ['83212', 'Hauswirtschafter/in', [W], 36],
  ['11502', 'Tierpfleger/in', [I], 36],
  // Raw materials, glass and ceramics
  ['21112', 'Bergbautechnologe/Bergbautechnologin', [I], 36],
  ['21212', 'Aufbereitungsmechaniker/in', [I], 36],
  ['21212', 'Naturwerksteinmechaniker/in', [I], 36],
  ['21222', 'Verfahrensmechaniker/in in der Steine- und Erdenindustrie', [I], 36],
  ['21222', 'Werksteinhersteller/in', [H], 36],
  ['41432', 'Baustoffprüfer/in', [I], 36],
  ['21312', 'Glasmacher/in', [I], 36],
  ['21342', 'Flachglastechnologe/Flachglastechnologin', [I], 36],
  ['21312', 'Verfahrensmechaniker/in Glastechnik', [I], 36],
  ['21322', 'Glasapparatebauer/in', [H, I], 36],
  ['21342', 'Glasveredler/in', [H, I], 36],
  ['21362', 'Feinoptiker/in', [I, H], 42],
  ['93432', 'Glasbläser/in', [H, I], 36],
  ['93412', 'Keramiker/in', [H], 36],
  ['21412', 'Industriekeramiker/in Anlagentechnik', [I], 36],
  ['21412', 'Industriekeramiker/in Verfahrenstechnik', [I], 36],
  ['21422', 'Industriekeramiker/in Modelltechnik', [I], 36],
  ['93422', 'Industriekeramiker/in Dekorationstechnik', [I], 36],
  // Plastics, coatings, wood
  ['22112', 'Mechaniker/in für Reifen- und Vulkanisationstechnik', [H, I], 36],
  ['22222', 'Lacklaborant/in', [I], 42],
  ['24302', 'Verfahrensmechaniker/in für Beschichtungstechnik', [I], 36],
  ['22332', 'Holzmechaniker/in', [I], 36],
  ['22302', 'Holzbearbeitungsmechaniker/in', [I], 36],
  ['33242', 'Holz- und Bautenschützer/in', [I, H], 36],
  ['33242', 'Fachkraft für Holz- und Bautenschutzarbeiten', [I, H], 24],
  ['33322', 'Bootsbauer/in', [H, I], 42],
  ['93332', 'Drechsler/in (Elfenbeinschnitzer/in)', [H], 36],
  ['93332', 'Holzspielzeugmacher/in', [H], 36],
  ['93312', 'Holzbildhauer/in', [H], 36],
  ['22352', 'Flechtwerkgestalter/in', [H, I], 36],
  ['22352', 'Bürsten- und Pinselmacher/in', [H, I], 36],
  ['22382', 'Böttcher/in', [H], 36],
  // Paper, print and media technology
  ['23112', 'Papiertechnologe/Papiertechnologin', [I], 36],
  ['23122', 'Packmitteltechnologe/Packmitteltechnologin', [I], 36],
  ['23422', 'Buchbinder/in', [H, I], 36],
  ['23422', 'Medientechnologe/Medientechnologin Druckverarbeitung', [I], 36],
  ['23412', 'Medientechnologe/Medientechnologin Siebdruck', [I, H], 36],
  ['62242', 'Fotomedienfachmann/Fotomedienfachfrau', [I], 36],
  // Metal, machines, vehicles
  ['24112', 'Verfahrenstechnologe/Verfahrenstechnologin Metall', [I], 42],
  ['24132', 'Gießereimechaniker/in', [I], 42],
  ['24142', 'Metall- und Glockengießer/in', [H], 36],
  ['24202', 'Fachkraft für Metalltechnik', [I], 24],
  ['24212', 'Stanz- und Umformmechaniker/in', [I], 36],
  ['24302', 'Oberflächenbeschichter/in', [I, H], 36],
  ['24412', 'Konstruktionsmechaniker/in', [I], 42],
  ['34342', 'Anlagenmechaniker/in', [I], 42],
  ['34342', 'Behälter- und Apparatebauer/in', [H], 42],
  ['34202', 'Klempner/in', [H], 42],
  ['41422', 'Werkstoffprüfer/in', [I], 42],
  ['24512', 'Chirurgiemechaniker/in', [H], 42],
  ['24522', 'Büchsenmacher/in', [H], 36],
  ['24522', 'Präzisionswerkzeugmechaniker/in', [H], 42],
  ['93512', 'Metallbildner/in', [H], 36],
  ['93532', 'Graveur/in', [H], 36],
  ['25112', 'Fertigungsmechaniker/in', [I], 36],
  ['27302', 'Produktionstechnologe/Produktionstechnologin', [I], 36],
  ['27212', 'Bauzeichner/in', [I, O], 36],
  ['27212', 'Technische/r Produktdesigner/in', [I], 42],
  ['27212', 'Technische/r Systemplaner/in', [I], 42],
  ['27232', 'Technische/r Modellbauer/in', [I, H], 42],
  ['25212', 'Karosserie- und Fahrzeugbaumechaniker/in', [H, I], 42],
  ['28242', 'Fahrzeuginterieur-Mechaniker/in', [I], 36],
  ['25232', 'Fluggerätmechaniker/in', [I], 42],
  ['25232', 'Leichtflugzeugbauer/in', [I], 36],
  ['26332', 'Fluggerätelektroniker/in', [I], 42],
  ['25252', 'Fahrradmonteur/in', [I], 24],
  ['52522', 'Baugeräteführer/in', [I], 36],
  ['34232', 'Mechatroniker/in für Kältetechnik', [H, I], 42],
  ['82512', 'Orthopädietechnik-Mechaniker/in', [H], 36],
  // Electrical and IT
  ['26302', 'Elektroniker/in für Geräte und Systeme', [I], 42],
  ['26212', 'Elektroniker/in für Gebäudesystemintegration', [H], 42],
  ['26212', 'Elektroniker/in für Gebäude- und Infrastruktursysteme', [I], 42],
  ['26312', 'Elektroniker/in für Informations- und Systemtechnik', [I], 42],
  ['26222', 'Elektroniker/in für Maschinen und Antriebstechnik', [I, H], 42],
  ['26302', 'Systemelektroniker/in', [H], 42],
  ['26312', 'Informationselektroniker/in', [H], 42],
  ['26252', 'Industrieelektriker/in', [I], 24],
  ['26252', 'Elektroanlagenmonteur/in', [I], 36],
  ['26322', 'Mikrotechnologe/Mikrotechnologin', [I], 36],
  ['43232', 'Kaufmann/Kauffrau für IT-System-Management', [I], 36],
  ['43112', 'Kaufmann/Kauffrau für Digitalisierungsmanagement', [I], 36],
  ['43412', 'Mathematisch-technische/r Softwareentwickler/in', [I], 36],
  // Chemistry and pharmacy
  ['41312', 'Pharmakant/in', [I], 42],
  ['41312', 'Produktionsfachkraft Chemie', [I], 24],
  // Textiles and leather
  ['28102', 'Produktionsmechaniker/in – Textil', [I], 36],
  ['28142', 'Produktveredler/in – Textil', [I], 36],
  ['28132', 'Seiler/in', [H], 36],
  ['28122', 'Textilgestalter/in im Handwerk', [H], 36],
  ['28112', 'Produktgestalter/in – Textil', [I], 36],
  ['28222', 'Textil- und Modenäher/in', [I], 24],
  ['28222', 'Textil- und Modeschneider/in', [I], 36],
  ['28222', 'Änderungsschneider/in', [H], 24],
  ['28222', 'Modist/in', [H], 36],
  ['28232', 'Polster- und Dekorationsnäher/in', [H, I], 24],
  ['28232', 'Technische/r Konfektionär/in', [I], 36],
  ['28232', 'Segelmacher/in', [H], 36],
  ['28242', 'Polsterer/Polsterin', [I], 36],
  ['28312', 'Fachkraft für Lederherstellung und Gerbereitechnik', [I, H], 36],
  ['28322', 'Sattler/in', [H], 36],
  ['28322', 'Fachkraft für Lederverarbeitung', [I], 24],
  ['28332', 'Schuhfertiger/in', [I], 24],
  ['28342', 'Kürschner/in', [H], 36],
  // Food and drink, hospitality
  ['29112', 'Brauer/in und Mälzer/in', [I, H], 36],
  ['29132', 'Destillateur/in', [I], 36],
  ['29142', 'Fachkraft für Fruchtsafttechnik', [I], 36],
  ['29122', 'Weintechnologe/Weintechnologin', [I], 36],
  ['29212', 'Müller/in (Verfahrenstechnologe/Verfahrenstechnologin in der Mühlen- und Getreidewirtschaft)', [I, H], 36],
  ['29222', 'Konditor/in', [H], 36],
  ['29262', 'Süßwarentechnologe/Süßwarentechnologin', [I], 36],
  ['29202', 'Fachkraft für Lebensmitteltechnik', [I], 36],
  ['63302', 'Fachkraft für Gastronomie', [I], 24],
  ['29302', 'Fachkraft Küche', [I], 24],
  // Surveying and construction
  ['31212', 'Vermessungstechniker/in', [O, I], 36],
  ['31222', 'Geomatiker/in', [O, I], 36],
  ['32102', 'Hochbaufacharbeiter/in', [I, H], 24],
  ['32202', 'Tiefbaufacharbeiter/in', [I, H], 24],
  ['33302', 'Ausbaufacharbeiter/in', [I, H], 24],
  ['32112', 'Beton- und Stahlbetonbauer/in', [I, H], 36],
  ['32132', 'Feuerungs- und Schornsteinbauer/in', [I, H], 36],
  ['32152', 'Fassadenmonteur/in', [I, H], 36],
  ['32162', 'Gerüstbauer/in', [H, I], 36],
  ['32172', 'Bauwerksmechaniker/in für Abbruch und Betontrenntechnik', [I], 36],
  ['32222', 'Straßenbauer/in', [I, H], 36],
  ['32232', 'Gleisbauer/in', [I], 36],
  ['32242', 'Brunnenbauer/in', [I, H], 36],
  ['32252', 'Kanalbauer/in', [I, H], 36],
  ['34322', 'Rohrleitungsbauer/in', [I, H], 36],
  ['32202', 'Spezialtiefbauer/in', [I, H], 36],
  ['32262', 'Wasserbauer/in', [O], 36],
  ['33122', 'Estrichleger/in', [H, I], 36],
  ['33302', 'Trockenbaumonteur/in', [I, H], 36],
  ['33312', 'Wärme-, Kälte- und Schallschutzisolierer/in', [I, H], 36],
  ['33232', 'Bauwerksabdichter/in', [I, H], 36],
  ['34222', 'Ofen- und Luftheizungsbauer/in', [H], 36],
  ['34312', 'Umwelttechnologe/Umwelttechnologin für Wasserversorgung', [O, I], 36],
  ['34312', 'Umwelttechnologe/Umwelttechnologin für Abwasserbewirtschaftung', [O, I], 36],
  ['34312', 'Umwelttechnologe/Umwelttechnologin für Rohrleitungsnetze und Industrieanlagen', [I, O], 36],
  ['34332', 'Umwelttechnologe/Umwelttechnologin für Kreislauf- und Abfallwirtschaft', [I, O], 36],
  // Transport, logistics, safety
  ['51312', 'Fachlagerist/in', [I], 24],
  ['22342', 'Fachkraft für Möbel-, Küchen- und Umzugsservice', [I], 36],
  ['51332', 'Fachkraft für Hafenlogistik', [I], 36],
  ['51642', 'Luftverkehrskaufmann/Luftverkehrskauffrau', [I], 36],
  ['51422', 'Servicekaufmann/Servicekauffrau im Luftverkehr', [I], 36],
  ['51652', 'Schifffahrtskaufmann/Schifffahrtskauffrau', [I], 36],
  ['51412', 'Kaufmann/Kauffrau für Verkehrsservice', [I], 36],
  ['51522', 'Eisenbahner/in in der Zugverkehrssteuerung', [I], 36],
  ['52422', 'Binnenschiffer/in', [I], 36],
  ['52422', 'Hafenschiffer/in', [I], 36],
  ['51132', 'Schiffsmechaniker/in', [S], 36],
  ['31132', 'Fachkraft für Straßen- und Verkehrstechnik', [I, O], 36],
  ['51212', 'Straßenwärter/in', [O], 36],
  ['31142', 'Fachkraft für Wasserwirtschaft', [O], 36],
  ['53112', 'Servicekraft für Schutz und Sicherheit', [I], 24],
  ['53132', 'Werkfeuerwehrmann/Werkfeuerwehrfrau', [I], 36],
  ['53142', 'Fachangestellte/r für Bäderbetriebe', [O, I], 36],
  ['53342', 'Schädlingsbekämpfer/in', [I], 36],
  // Commerce, finance, media, administration
  ['62102', 'Verkäufer/in', [I], 24],
  ['61282', 'Kaufmann/Kauffrau im E-Commerce', [I], 36],
  ['62532', 'Musikfachhändler/in', [I], 36],
  ['61142', 'Automatenfachmann/Automatenfachfrau', [I], 36],
  ['71522', 'Personaldienstleistungskaufmann/Personaldienstleistungskauffrau', [I], 36],
  ['72122', 'Investmentfondskaufmann/Investmentfondskauffrau', [I], 36],
  ['73222', 'Kaufmann/Kauffrau im Gesundheitswesen', [I], 36],
  ['63112', 'Tourismuskaufmann/Tourismuskauffrau (Kaufmann/Kauffrau für Privat- und Geschäftsreisen)', [I], 36],
  ['92122', 'Servicefachkraft für Dialogmarketing', [I], 24],
  ['92302', 'Medienkaufmann/Medienkauffrau Digital und Print', [I], 36],
  ['91342', 'Fachangestellte/r für Markt- und Sozialforschung', [I], 36],
  ['73332', 'Fachangestellte/r für Medien- und Informationsdienste', [O, I], 36],
  ['73212', 'Fachangestellte/r für Arbeitsmarktdienstleistungen', [O], 36],
  ['73112', 'Notarfachangestellte/r', [F], 36],
  ['73112', 'Rechtsanwalts- und Notarfachangestellte/r', [F], 36],
  ['73112', 'Patentanwaltsfachangestellte/r', [F], 36],
  ['62412', 'Pharmazeutisch-kaufmännische/r Angestellte/r', [F], 36],
  // Arts and crafts, musical instruments, stage and film
  ['93542', 'Schilder- und Lichtreklamehersteller/in', [H], 36],
  ['93342', 'Vergolder/in', [H], 36],
  ['93352', 'Kerzenhersteller/in und Wachsbildner/in', [H, I], 36],
  ['93422', 'Glas- und Porzellanmaler/in', [H, I], 36],
  ['93422', 'Manufakturporzellanmaler/in', [I], 42],
  ['93522', 'Edelsteinschleifer/in', [H, I], 36],
  ['93522', 'Edelsteinfasser/in', [I], 42],
  ['93612', 'Geigenbauer/in', [H], 36],
  ['93612', 'Zupfinstrumentenmacher/in', [H], 36],
  ['93612', 'Bogenmacher/in', [H], 36],
  ['93622', 'Holzblasinstrumentenmacher/in', [H], 36],
  ['93632', 'Metallblasinstrumentenmacher/in', [H], 36],
  ['93682', 'Handzuginstrumentenmacher/in', [H], 36],
  ['93642', 'Klavier- und Cembalobauer/in', [H, I], 42],
  ['93652', 'Orgelbauer/in', [H, I], 42],
  ['94612', 'Bühnenmaler/in und -plastiker/in', [I], 36],
  ['94532', 'Film- und Videoeditor/in', [I], 36],
  ['82342', 'Maskenbildner/in', [I], 36],
  // Placed by BIBB's list of the occupations of the vocational training statistics with their KldB 2010 codes (SOURCES.md)
  ['52182', 'Servicefahrer/in', [I], 24],
  ['28122', 'Produktprüfer/in – Textil', [I], 24],
  ['41322', 'Textillaborant/in', [I], 42],
  ['41322', 'Prüftechnologe/Prüftechnologin Keramik', [I], 36],
  ['27232', 'Biologiemodellmacher/in', [I], 36],
  ['92302', 'Kaufmann/Kauffrau für audiovisuelle Medien', [I], 36],
  ['41212', 'Milchwirtschaftliche/r Laborant/in', [L], 36],
  ['23212', 'Gestalter/in für immersive Medien', [I], 36],
  ['63122', 'Sportfachmann/Sportfachfrau', [I], 36],
  ['32222', 'Asphaltbauer/in', [I], 36],
  ['52422', 'Binnenschifffahrtskapitän/in', [I], 42],
  ['51632', 'Kaufmann/Kauffrau im Eisenbahn- und Straßenverkehr', [I], 36],
  ['21362', 'Verfahrensmechaniker/in für Brillenoptik', [I], 36],
  ['21422', 'Figurenkeramformer/in', [I], 36],
  ['93332', 'Spielzeughersteller/in', [I], 36],
  ['28342', 'Pelzveredler/in', [I], 36],
  ['29132', 'Brenner/in', [I, L], 36],
  ['21322', 'Thermometermacher/in', [H, I], 36],
  ['21332', 'Leuchtröhrenglasbläser/in', [I], 36],
  ['21112', 'Berg- und Maschinenmann/Berg- und Maschinenfrau', [I], 24],
];

const UMLAUT: Readonly<Record<string, string>> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** The occupation key for a title: "Fachkraft für Lagerlogistik" → "fachkraft-fuer-lagerlogistik". */
export const occupationId = (title: string): string =>
  title
    .toLowerCase()
    .replace(/[äöüß]/g, (c) => UMLAUT[c]!)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

export const APPRENTICESHIP_OCCUPATIONS: readonly ApprenticeshipOccupation[] = ROWS.map(([kldb, title, bodies, durationMonths]) =>
  Object.freeze({ id: occupationId(title), kldb, title, bodies: Object.freeze([...bodies]), body: bodies[0]!, durationMonths }),
);

export const APPRENTICESHIP_OCCUPATION_BY_ID: ReadonlyMap<string, ApprenticeshipOccupation> = new Map(APPRENTICESHIP_OCCUPATIONS.map((o) => [o.id, o]));

/** Every occupation of a KldB code, the principal one first. */
export const APPRENTICESHIP_OCCUPATIONS_BY_KLDB: ReadonlyMap<string, readonly ApprenticeshipOccupation[]> = APPRENTICESHIP_OCCUPATIONS.reduce((byCode, o) => {
  byCode.set(o.kldb, [...(byCode.get(o.kldb) ?? []), o]);
  return byCode;
}, new Map<string, readonly ApprenticeshipOccupation[]>());

/** The principal occupation of each KldB code: what a record naming only the code refers to. */
export const APPRENTICESHIP_OCCUPATION_BY_KLDB: ReadonlyMap<string, ApprenticeshipOccupation> = new Map(
  [...APPRENTICESHIP_OCCUPATIONS_BY_KLDB].map(([kldb, occupations]) => [kldb, occupations[0]!]),
);

/** Whether `kldb` is the code of a recognised apprenticeship occupation. */
export const isApprenticeshipKldb = (kldb: string): boolean => APPRENTICESHIP_OCCUPATIONS_BY_KLDB.has(kldb);
