/**
 * Every issue code Passerelle reports. Codes are stable: scripts may branch on them. A new code is added
 * here and in the message catalogue (the compiler checks both lists agree).
 */
export const ISSUE_CODES = [
  // values
  'required',
  'invalid_type',
  'invalid_value',
  'invalid_date',
  'invalid_number',
  'invalid_integer',
  'invalid_boolean',
  'out_of_range',
  'too_long',
  'too_short',
  'invalid_format',
  'invalid_id',
  'invalid_postal_code',
  'invalid_nis_code',
  'invalid_coordinates',
  'invalid_language_code',
  'invalid_country_code',
  'invalid_enterprise_number',
  // coherence inside a record
  'place_missing',
  'date_order',
  'range_order',
  'commute_limit_missing',
  'duplicate_value',
  'diploma_level_mismatch',
  // across records
  'duplicate_id',
  'unknown_reference',
  // files
  'empty_file',
  'missing_column',
  'unknown_column',
  'malformed_row',
  'invalid_json',
  'encoding_fallback',
  'invalid_cell',
] as const;

/** A stable issue code. */
export type IssueCode = (typeof ISSUE_CODES)[number];
