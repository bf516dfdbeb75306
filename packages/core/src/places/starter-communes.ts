/**
 * Data of the starter gazetteer: 60 main Walloon towns. Codes are REFNIS 2025 (Statbel); the postal code
 * is the one of the town's own locality; coordinates are that locality's GeoNames point (CC BY 4.0,
 * "GeoNames, www.geonames.org"), as listed in the shared be-postcodes data, to four decimals (about 10 m).
 * Checked against `wallonia_communes.csv` by a test in `src/node/`.
 */

/** Walloon provinces by REFNIS code, with their short French names. */
export const STARTER_PROVINCES: Readonly<Record<string, string>> = {
  '20002': 'Brabant wallon',
  '50000': 'Hainaut',
  '60000': 'Liège',
  '80000': 'Luxembourg',
  '90000': 'Namur',
};

/** Walloon arrondissements by REFNIS code: short French name and province code. */
export const STARTER_ARRONDISSEMENTS: Readonly<Record<string, readonly [name: string, provinceNis: string]>> =
  {
    '25000': ['Nivelles', '20002'],
    '51000': ['Ath', '50000'],
    '52000': ['Charleroi', '50000'],
    '53000': ['Mons', '50000'],
    '55000': ['Soignies', '50000'],
    '56000': ['Thuin', '50000'],
    '57000': ['Tournai-Mouscron', '50000'],
    '58000': ['La Louvière', '50000'],
    '61000': ['Huy', '60000'],
    '62000': ['Liège', '60000'],
    '63000': ['Verviers', '60000'],
    '64000': ['Waremme', '60000'],
    '81000': ['Arlon', '80000'],
    '82000': ['Bastogne', '80000'],
    '83000': ['Marche-en-Famenne', '80000'],
    '84000': ['Neufchâteau', '80000'],
    '85000': ['Virton', '80000'],
    '91000': ['Dinant', '90000'],
    '92000': ['Namur', '90000'],
    '93000': ['Philippeville', '90000'],
  };

/** Extra facts of some towns: German name when it differs, NIS codes used before 2019 or 2025. */
export interface StarterExtras {
  readonly de?: string;
  readonly former?: readonly string[];
}

/**
 * One town: NIS code, French name, Dutch name, main postal code, latitude, longitude, extras. The
 * arrondissement is the NIS code's first two digits followed by `000`.
 */
export type StarterCommuneRow = readonly [
  nis: string,
  name: string,
  nameNl: string,
  postalCode: string,
  lat: number,
  lon: number,
  extras?: StarterExtras,
];

/** The towns, by NIS code. */
export const STARTER_COMMUNES: readonly StarterCommuneRow[] = [
  ['25014', 'Braine-l’Alleud', 'Eigenbrakel', '1420', 50.6836, 4.3678],
  ['25048', 'Jodoigne', 'Geldenaken', '1370', 50.7236, 4.8691],
  ['25072', 'Nivelles', 'Nijvel', '1400', 50.5983, 4.3285],
  ['25091', 'Rixensart', 'Rixensart', '1330', 50.7123, 4.5253],
  ['25105', 'Tubize', 'Tubeke', '1480', 50.6906, 4.2009],
  ['25110', 'Waterloo', 'Waterloo', '1410', 50.7147, 4.3991],
  ['25112', 'Wavre', 'Waver', '1300', 50.7172, 4.6014],
  ['25121', 'Ottignies-Louvain-la-Neuve', 'Ottignies-Louvain-la-Neuve', '1340', 50.6671, 4.5502],
  ['51004', 'Ath', 'Aat', '7800', 50.6294, 3.778],
  ['51067', 'Enghien', 'Edingen', '7850', 50.6837, 4.0328, { former: ['55010'] }],
  ['51069', 'Lessines', 'Lessen', '7860', 50.711, 3.8358, { former: ['55023'] }],
  ['52011', 'Charleroi', 'Charleroi', '6000', 50.4114, 4.4445],
  ['52012', 'Châtelet', 'Châtelet', '6200', 50.4034, 4.5283],
  ['52015', 'Courcelles', 'Courcelles', '6180', 50.4638, 4.3747],
  ['52021', 'Fleurus', 'Fleurus', '6220', 50.4835, 4.5501],
  ['53028', 'Frameries', 'Frameries', '7080', 50.4058, 3.896],
  ['53053', 'Mons', 'Bergen', '7000', 50.4541, 3.9523],
  ['53070', 'Saint-Ghislain', 'Saint-Ghislain', '7330', 50.4482, 3.8189],
  ['55004', 'Braine-le-Comte', '’s Gravenbrakel', '7090', 50.6098, 4.1466],
  ['55040', 'Soignies', 'Zinnik', '7060', 50.579, 4.0713],
  ['56005', 'Beaumont', 'Beaumont', '6500', 50.237, 4.2393],
  ['56016', 'Chimay', 'Chimay', '6460', 50.0486, 4.3171],
  ['56078', 'Thuin', 'Thuin', '6530', 50.3393, 4.286],
  ['57064', 'Péruwelz', 'Péruwelz', '7600', 50.5082, 3.5937],
  ['57081', 'Tournai', 'Doornik', '7500', 50.6071, 3.3893],
  ['57096', 'Mouscron', 'Moeskroen', '7700', 50.745, 3.2064, { former: ['54007'] }],
  ['57097', 'Comines-Warneton', 'Komen-Waasten', '7780', 50.7607, 3.0017, { former: ['54010'] }],
  ['58001', 'La Louvière', 'La Louvière', '7100', 50.4866, 4.1879, { former: ['55022'] }],
  ['58002', 'Binche', 'Binche', '7130', 50.4116, 4.1647, { former: ['56011'] }],
  ['61031', 'Huy', 'Hoei', '4500', 50.5189, 5.2328],
  ['62003', 'Ans', 'Ans', '4430', 50.6623, 5.5203],
  ['62051', 'Herstal', 'Herstal', '4040', 50.6642, 5.6235],
  ['62063', 'Liège', 'Luik', '4000', 50.6337, 5.5675, { de: 'Lüttich' }],
  ['62096', 'Seraing', 'Seraing', '4100', 50.5836, 5.5011],
  ['62108', 'Visé', 'Wezet', '4600', 50.7376, 5.6991],
  ['63023', 'Eupen', 'Eupen', '4700', 50.6279, 6.0365],
  ['63049', 'Malmedy', 'Malmedy', '4960', 50.4269, 6.0279],
  ['63067', 'Saint-Vith', 'Sankt Vith', '4780', 50.2815, 6.1272, { de: 'Sankt Vith' }],
  ['63072', 'Spa', 'Spa', '4900', 50.4838, 5.8667],
  ['63079', 'Verviers', 'Verviers', '4800', 50.5891, 5.8624],
  ['64034', 'Hannut', 'Hannuit', '4280', 50.6714, 5.079],
  ['64074', 'Waremme', 'Borgworm', '4300', 50.6976, 5.2552],
  ['81001', 'Arlon', 'Aarlen', '6700', 49.6833, 5.8167],
  [
    '82039',
    'Bastogne',
    'Bastenaken',
    '6600',
    50.0035,
    5.7184,
    { de: 'Bastnach', former: ['82003', '82005'] },
  ],
  ['83034', 'Marche-en-Famenne', 'Marche-en-Famenne', '6900', 50.2268, 5.3442],
  ['84010', 'Bouillon', 'Bouillon', '6830', 49.7932, 5.067],
  ['84043', 'Neufchâteau', 'Neufchâteau', '6840', 49.8407, 5.4353],
  ['84077', 'Libramont-Chevigny', 'Libramont-Chevigny', '6800', 49.9496, 5.4292],
  ['85045', 'Virton', 'Virton', '6760', 49.5682, 5.5326],
  ['91030', 'Ciney', 'Ciney', '5590', 50.2945, 5.1001],
  ['91034', 'Dinant', 'Dinant', '5500', 50.2581, 4.9117],
  ['91114', 'Rochefort', 'Rochefort', '5580', 50.1631, 5.2216],
  ['92003', 'Andenne', 'Andenne', '5300', 50.4894, 5.0951],
  ['92094', 'Namur', 'Namen', '5000', 50.4669, 4.8675],
  ['92137', 'Sambreville', 'Sambreville', '5060', 50.4344, 4.6326],
  ['92140', 'Jemeppe-sur-Sambre', 'Jemeppe-sur-Sambre', '5190', 50.4654, 4.6655],
  ['92142', 'Gembloux', 'Gembloux', '5030', 50.5615, 4.6989],
  ['93014', 'Couvin', 'Couvin', '5660', 50.0528, 4.495],
  ['93056', 'Philippeville', 'Philippeville', '5600', 50.1961, 4.5437],
  ['93088', 'Walcourt', 'Walcourt', '5650', 50.254, 4.438],
];
