/**
 * Word lists for fictional company names and neutral guidance notes. Company names combine a trade
 * word with a common surname, so they read naturally without naming a real Kassel firm.
 */

/** Trade words by KldB code of the first occupation a company trains in. */
export const TRADE_WORDS: Readonly<Record<string, readonly string[]>> = {
  '62102': ['Modehaus', 'Warenhaus', 'Fachmarkt'],
  '71402': ['Büroservice', 'Verwaltungsdienste'],
  '71302': ['Industriewerke', 'Fertigungstechnik'],
  '72112': ['Bankhaus'],
  '61212': ['Großhandel', 'Handelskontor'],
  '62272': ['Autohaus'],
  '51622': ['Spedition'],
  '63112': ['Reisebüro', 'Freizeitreisen'],
  '62412': ['Drogerie'],
  '51312': ['Logistik', 'Lagerhaus'],
  '52122': ['Transporte'],
  '53112': ['Sicherheitsdienst'],
  '29302': ['Gasthaus', 'Landküche'],
  '63302': ['Restaurant', 'Brauhaus'],
  '63222': ['Hotel'],
  '25102': ['Maschinenbau'],
  '24232': ['Präzisionsteile'],
  '25122': ['Kunststoffwerk'],
  '26112': ['Anlagentechnik'],
  '26252': ['Antriebstechnik'],
  '43412': ['Softwarehaus', 'IT-Systeme'],
  '25212': ['Kfz-Werkstatt', 'Autoservice'],
  '26212': ['Elektro'],
  '34212': ['Haustechnik', 'Sanitär und Heizung'],
  '33212': ['Malerbetrieb', 'Malerwerkstatt'],
  '24412': ['Metallbau'],
  '32122': ['Bauunternehmung'],
  '82312': ['Salon', 'Haarstudio'],
  '62312': ['Bäckerei', 'Backhaus'],
  '29222': ['Backstube', 'Feinbäckerei'],
  '82522': ['Optik'],
  '82542': ['Dentallabor'],
  '54112': ['Gebäudeservice'],
};

export const SURNAMES: readonly string[] = [
  'Albers', 'Arnold', 'Bauer', 'Becker', 'Berger', 'Böhm', 'Brandt', 'Busch', 'Dietrich', 'Engel',
  'Faber', 'Fink', 'Frank', 'Fuchs', 'Graf', 'Günther', 'Haas', 'Hahn', 'Hartmann', 'Heinrich',
  'Herrmann', 'Hofmann', 'Horn', 'Jäger', 'Jung', 'Kaiser', 'Keller', 'Kessler', 'Klein', 'Koch',
  'König', 'Krause', 'Krüger', 'Kuhn', 'Lang', 'Lehmann', 'Lorenz', 'Ludwig', 'Maier', 'Martin',
  'Meyer', 'Möller', 'Neumann', 'Otto', 'Peters', 'Pohl', 'Richter', 'Roth', 'Sauer', 'Schäfer',
  'Schmitt', 'Schneider', 'Scholz', 'Schubert', 'Schulz', 'Schwarz', 'Seidel', 'Sommer', 'Stein', 'Thomas',
  'Vogel', 'Vogt', 'Voigt', 'Walter', 'Weber', 'Weiß', 'Werner', 'Winkler', 'Wolf', 'Ziegler',
  'Aydın', 'Demir', 'Kowalski', 'Nowak', 'Petrović', 'Rossi', 'Yılmaz', 'Kaya', 'Öztürk', 'Jankowski',
];

export const LEGAL_FORMS: readonly string[] = ['GmbH', 'GmbH & Co. KG', 'e.K.', 'KG', 'OHG', ''];

/** Short, neutral case notes as a guidance counsellor might record them (no personal details). */
export const GUIDANCE_NOTES: readonly string[] = [
  'Berufswünsche besprochen',
  'Bewerbungsunterlagen durchgesehen',
  'Praktikumsmöglichkeiten aufgezeigt',
  'Informationen zu Ausbildungsberufen gegeben',
  'Stellenangebote ausgehändigt',
  'Weiterer Termin vereinbart',
  'Eltern nahmen am Gespräch teil',
  'Schulische Alternativen erläutert',
  'Hinweis auf Berufsvorbereitung gegeben',
  'Entscheidung noch offen',
  'Vorstellungsgespräch vorbereitet',
  'Ergebnis der Potenzialanalyse besprochen',
];
