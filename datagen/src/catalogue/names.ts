/**
 * Word lists for fictional company names and neutral guidance notes. Company names combine a trade
 * word with an INVENTED surname (syllables put together, not a common German or international
 * surname), so that "Autohaus Koch GmbH" and the like, which real Kassel firms could be called,
 * never appear, and no synthetic figure can be read as a fact about a real firm. Keep the list at
 * 80 names: the generator picks by index, and a different length would reshuffle every company.
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
  'Quenecke', 'Queninger', 'Quenrath', 'Wibhorst', 'Wibmers', 'Wibdahl', 'Dorninger', 'Dornrath', 'Dornecke', 'Ilmmers',
  'Ilmdahl', 'Ilmhorst', 'Ostrath', 'Ostecke', 'Ostinger', 'Brildahl', 'Brilhorst', 'Brilmers', 'Fennecke', 'Fenninger',
  'Fennrath', 'Galdhorst', 'Galdmers', 'Galddahl', 'Hovinger', 'Hovrath', 'Hovecke', 'Jarkmers', 'Jarkdahl', 'Jarkhorst',
  'Kelvrath', 'Kelvecke', 'Kelvinger', 'Lomdahl', 'Lomhorst', 'Lommers', 'Murnecke', 'Murninger', 'Murnrath', 'Nolthorst',
  'Noltmers', 'Noltdahl', 'Pirringer', 'Pirlath', 'Pirrecke', 'Rudmers', 'Ruddahl', 'Rudhorst', 'Sarnrath', 'Sarnecke',
  'Sarninger', 'Tulldahl', 'Tullhorst', 'Tullmers', 'Ulvecke', 'Ulvinger', 'Ulvrath', 'Vesshorst', 'Vessmers', 'Vessdahl',
  'Adrelić', 'Borzanu', 'Çelikmen', 'Darvoni', 'Elkaşan', 'Fironescu', 'Gavrelko', 'Hazimov', 'Ilvarez', 'Jovratić',
  'Kazdemir', 'Lorvetti', 'Mizrakan', 'Nowarski', 'Orbelian', 'Petranek', 'Quarzolu', 'Rovenko', 'Szalkowa', 'Tavernić',
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
