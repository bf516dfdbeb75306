/**
 * Which Mire a commune belongs to, for synthetic data only. The rules follow DOMAIN.md §1.6 and
 * ../shared/data/mire: MIRESEM's ten communes by name; MIRENA, MIRHW and MIREV by arrondissement;
 * MIRELUX by province; MIREC, Mons-Borinage and the Centre by their main arrondissement (an assumption:
 * their commune lists were not found); Liège, Brabant wallon and Wallonie picarde go to placeholder Mire.
 * Real territories must be loaded as data, never taken from here.
 */

// Listed before the arrondissement rules: five of them lie in arrondissement Thuin, five in Philippeville.
const MIRESEM_COMMUNES: ReadonlySet<string> = new Set([
  '56005',
  '56016',
  '56029',
  '56051',
  '56088',
  '93010',
  '93014',
  '93056',
  '93088',
  '93090',
]);

// First two digits of the REFNIS code (the arrondissement, or the province for Luxembourg's 81–85).
const MIRE_BY_ARRONDISSEMENT: Readonly<Record<string, string>> = {
  '91': 'mirena',
  '92': 'mirena',
  '61': 'mirhw',
  '64': 'mirhw',
  '63': 'mirev',
  '81': 'mirelux',
  '82': 'mirelux',
  '83': 'mirelux',
  '84': 'mirelux',
  '85': 'mirelux',
  '52': 'mirec',
  '53': 'mire-mons',
  '55': 'mire-centre',
  '58': 'mire-centre',
  // Placeholders for the Mire no source names (see SYNTHETIC_MIRES).
  '25': 'mire-bw',
  '62': 'mire-liege',
  '51': 'mire-wapi',
  '57': 'mire-wapi',
};

/**
 * The Mire of `SYNTHETIC_MIRES` whose synthetic territory holds a commune, by its REFNIS 2025 code;
 * `undefined` where no rule applies (arrondissement Thuin outside MIRESEM, Flanders, Brussels): the
 * generator then gives the place to the nearest Mire.
 */
export function syntheticMireOfCommune(nisCode: string): string | undefined {
  if (MIRESEM_COMMUNES.has(nisCode)) return 'miresem';
  return MIRE_BY_ARRONDISSEMENT[nisCode.slice(0, 2)];
}
