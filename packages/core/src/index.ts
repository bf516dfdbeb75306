/**
 * `@passerelle/core`: Passerelle's domain model. Candidates, job offers, employers, contracts, accompaniment,
 * follow-up and territories as zod schemas and types; parsing that returns issues instead of throwing;
 * CSV import of real exports; skill and occupation taxonomies; Belgian places; a synthetic dataset generator.
 *
 * @packageDocumentation
 */

// Vocabularies: closed code lists with French and English labels.
export type { LocalizedText, MessageLocale, CodeLabels } from './vocab/localized-text.js';
export {
  ISCED_LEVELS,
  ISCED_LABELS,
  BELGIAN_DIPLOMAS,
  BELGIAN_DIPLOMA_ISCED,
  BELGIAN_DIPLOMA_LABELS,
  iscedOfDiploma,
} from './vocab/education.js';
export type { IscedLevel, BelgianDiploma } from './vocab/education.js';
export {
  LANGUAGE_LEVELS,
  LANGUAGE_LEVEL_LABELS,
  languageLevelRank,
  meetsLanguageLevel,
} from './vocab/languages.js';
export type { LanguageLevel } from './vocab/languages.js';
export { CONTRACT_TYPES, CONTRACT_TYPE_LABELS, isEmploymentContract } from './vocab/contract-types.js';
export type { ContractType } from './vocab/contract-types.js';
export { LICENCE_CATEGORIES, LICENCE_LABELS, expandLicences } from './vocab/licences.js';
export type { LicenceCategory } from './vocab/licences.js';
export {
  SCHEDULES,
  SCHEDULE_LABELS,
  TRANSPORT_MODES,
  TRANSPORT_MODE_LABELS,
  WORK_PERMIT_STATUSES,
  WORK_PERMIT_LABELS,
  canWork,
} from './vocab/work-conditions.js';
export type { Schedule, TransportMode, WorkPermitStatus } from './vocab/work-conditions.js';
export {
  PROGRAMMES,
  PROGRAMME_LABELS,
  LABOUR_STATUSES,
  LABOUR_STATUS_LABELS,
  EXIT_REASONS,
  EXIT_REASON_LABELS,
  REFERRERS,
  FOLLOW_UP_CHANNELS,
  FOLLOW_UP_OUTCOMES,
  OFFER_STATUSES,
  OFFER_STATUS_LABELS,
  EMPLOYER_SIZES,
} from './vocab/accompaniment-codes.js';
export type {
  Programme,
  LabourStatus,
  ExitReason,
  Referrer,
  FollowUpChannel,
  FollowUpOutcome,
  OfferStatus,
  EmployerSize,
} from './vocab/accompaniment-codes.js';
export { GENDERS, DISCLOSURES } from './vocab/protected-codes.js';
export type { Gender, Disclosure } from './vocab/protected-codes.js';
export { SKILL_LEVELS, SKILL_LEVEL_LABELS } from './vocab/skill-levels.js';
export type { SkillLevel } from './vocab/skill-levels.js';

// Model: one entity per file, schema and type.
export {
  IdSchema,
  IsoDateSchema,
  PostalCodeSchema,
  NisCodeSchema,
  CoordinatesSchema,
  PlaceRefSchema,
  ID_PATTERN,
  POSTAL_CODE_PATTERN,
  NIS_CODE_PATTERN,
  isIsoDate,
} from './model/common.js';
export type { IsoDate, Coordinates, PlaceRef } from './model/common.js';
export { CandidateSchema, EducationSchema, CommuteLimitSchema, HoursRangeSchema } from './model/candidate.js';
export type { Candidate, Education, CommuteLimit, HoursRange } from './model/candidate.js';
export {
  HeldSkillSchema,
  SkillRequirementSchema,
  SpokenLanguageSchema,
  LanguageRequirementSchema,
} from './model/skill-entries.js';
export type {
  HeldSkill,
  SkillRequirement,
  SpokenLanguage,
  LanguageRequirement,
} from './model/skill-entries.js';
export { ProtectedAttributesSchema, CandidateRecordSchema } from './model/protected-attributes.js';
export type { ProtectedAttributes, CandidateRecord } from './model/protected-attributes.js';
export { JobOfferSchema } from './model/job-offer.js';
export type { JobOffer } from './model/job-offer.js';
export { EmployerSchema, isValidEnterpriseNumber } from './model/employer.js';
export type { Employer } from './model/employer.js';
export { ContractSchema } from './model/contract.js';
export type { Contract } from './model/contract.js';
export { AccompanimentSchema } from './model/accompaniment.js';
export type { Accompaniment } from './model/accompaniment.js';
export { FollowUpSchema } from './model/follow-up.js';
export type { FollowUp } from './model/follow-up.js';
export { MireTerritorySchema } from './model/territory.js';
export type { MireTerritory } from './model/territory.js';

// Issues: what parsers return instead of throwing.
export { ISSUE_CODES } from './issues/issue-codes.js';
export type { IssueCode } from './issues/issue-codes.js';
export { createIssue, locateIssue, formatPath, hasErrors } from './issues/issue.js';
export type { Issue, IssueInit, IssueParams, PathKey } from './issues/issue.js';
export { formatIssue, formatIssues, countIssuesByCode } from './issues/format.js';

// Parsing: one record, many records, JSON documents.
export { RECORD_SCHEMAS } from './parse/record-kinds.js';
export type { RecordKind, RecordOf } from './parse/record-kinds.js';
export { parseRecord } from './parse/parse-record.js';
export type { ParseResult, RecordLocation } from './parse/parse-record.js';
export {
  parseCandidate,
  parseCandidateRecord,
  parseProtectedAttributes,
  parseJobOffer,
  parseEmployer,
  parseContract,
  parseAccompaniment,
  parseFollowUp,
  parseMireTerritory,
} from './parse/parse-entities.js';
export { parseMany, duplicateIdIssue } from './parse/parse-many.js';
export type { BulkResult, RejectedRecord, ParseManyOptions } from './parse/parse-many.js';
export { parseJsonRecords, toJsonValue } from './parse/json.js';
export type { JsonImportResult } from './parse/json.js';

// CSV: import of real intranet exports, and export that imports back.
export { importCsv } from './csv/import-csv.js';
export type { CsvImportResult, CsvRejectedRow } from './csv/import-csv.js';
export type { CsvImportOptions } from './csv/csv-options.js';
export {
  importCandidatesCsv,
  importJobOffersCsv,
  importEmployersCsv,
  importContractsCsv,
  importAccompanimentsCsv,
  importFollowUpsCsv,
} from './csv/import-wrappers.js';
export { toCsv } from './csv/to-csv.js';
export type { ToCsvOptions } from './csv/to-csv.js';
export { csvColumns, CSV_KINDS } from './csv/csv-kinds.js';
export type { CsvKind, CsvColumnInfo } from './csv/csv-kinds.js';
export type { ResolvedColumn } from './csv/resolve-columns.js';
export { decodeText } from './csv/decode-text.js';
export type { DecodedText, TextEncoding } from './csv/decode-text.js';
export { detectDelimiter, CSV_DELIMITERS } from './csv/detect-delimiter.js';
export type { CsvDelimiter } from './csv/detect-delimiter.js';

// Taxonomies: skills and occupations (ESCO or the built-in starter).
export { Taxonomy } from './taxonomy/taxonomy.js';
export { buildTaxonomy } from './taxonomy/build-taxonomy.js';
export type { TaxonomyResult, BuildTaxonomyOptions } from './taxonomy/build-taxonomy.js';
export type { TaxonomyFieldNames, TaxonomyListName } from './taxonomy/build-issues.js';
export { CONCEPT_ID_PATTERN, REUSE_LEVELS, SKILL_TYPES } from './taxonomy/types.js';
export type {
  Concept,
  ConceptKind,
  SkillType,
  ReuseLevel,
  RelationType,
  TaxonomyLocale,
  LanguageLabels,
  ConceptLabels,
  SkillGroup,
  IscoGroup,
  RecordOrigin,
  LabelsInput,
  ConceptInput,
  SkillGroupInput,
  IscoGroupInput,
  RelationInput,
  TaxonomyInput,
  OccupationSkillRelation,
  RelationColumns,
  TaxonomyData,
} from './taxonomy/types.js';
export type { LocalizedLabel } from './taxonomy/labels.js';
export { iscoAncestors, isIscoCode, ISCO_CODE_PATTERN } from './taxonomy/isco.js';
export { mergeLabels } from './taxonomy/merge-labels.js';
export type { ConceptLabelUpdate, IscoLabelUpdate, LabelUpdates } from './taxonomy/merge-labels.js';
export { loadEscoCompact } from './taxonomy/load-esco-compact.js';
export type { EscoCompactFiles, EscoCompactSources } from './taxonomy/load-esco-compact.js';
export { loadEscoOfficial } from './taxonomy/load-esco-official.js';
export type { EscoOfficialFiles } from './taxonomy/load-esco-official.js';
export { mergeEscoOfficialLabels } from './taxonomy/merge-esco-labels.js';
export type { EscoOfficialLabelFiles } from './taxonomy/merge-esco-labels.js';
export { escoOfficialFileNames } from './taxonomy/esco-official-files.js';
export type { EscoOfficialFileKey } from './taxonomy/esco-official-files.js';
export { escoIdFromUri } from './taxonomy/esco-fields.js';
export {
  createStarterTaxonomy,
  starterTaxonomyInput,
  STARTER_TAXONOMY_ATTRIBUTION,
} from './taxonomy/starter-taxonomy.js';

// Places: Belgian postal codes and communes, distances.
export { Gazetteer } from './places/gazetteer.js';
export type {
  AdminArea,
  Commune,
  Locality,
  PostalCodeInfo,
  PlacePrecision,
  ResolvedPlace,
  PlaceResolution,
  NearestCommune,
  CommuneFilter,
  CommuneInit,
  GazetteerData,
  GazetteerLoadResult,
  CsvInput,
} from './places/place-types.js';
export { REGIONS, REGION_LABELS, REGION_NIS, parseRegion, regionOfNis } from './places/regions.js';
export type { Region } from './places/regions.js';
export { normalizePlaceName, normalizePostalCode, normalizeNisCode } from './places/normalize.js';
export { haversineKm, equirectangularKm, EARTH_RADIUS_KM } from './places/distance.js';
export { isValidCoordinates } from './places/gazetteer-checks.js';
export type { DistanceKm } from './places/distance.js';
export { BELGIUM_BOUNDS, isInBelgiumBounds } from './places/belgium-bounds.js';
export { loadBePostcodesCsv, BE_POSTCODES_REQUIRED_COLUMNS } from './places/be-postcodes-loader.js';
export type { BePostcodesOptions } from './places/be-postcodes-loader.js';
export { loadGeoNamesPostalCodes, GEONAMES_POSTAL_COLUMNS } from './places/geonames-loader.js';
export type { GeoNamesOptions } from './places/geonames-loader.js';
export { createStarterGazetteer } from './places/starter-gazetteer.js';

// Synthetic data: a seeded, deterministic Walloon-shaped dataset for demos, benchmarks and tests.
export { generateDataset } from './synthetic/dataset.js';
export type { SyntheticDataset } from './synthetic/dataset.js';
export { SYNTHETIC_DEFAULTS } from './synthetic/options.js';
export type { GenerateDatasetOptions, SyntheticRates } from './synthetic/options.js';
export { SYNTHETIC_SECTORS } from './synthetic/catalogue.js';
export type {
  SyntheticCatalogue,
  SyntheticMire,
  SyntheticOccupation,
  SyntheticPlace,
  SyntheticSector,
} from './synthetic/catalogue.js';
export { catalogueFromStarterData } from './synthetic/starter-catalogue.js';
export type { StarterCatalogueOptions } from './synthetic/starter-catalogue.js';
export { defaultSyntheticCatalogue } from './synthetic/settings.js';
export { SYNTHETIC_MIRES } from './synthetic/mires.js';
export { SeededRandom, hashSeed } from './synthetic/random.js';
