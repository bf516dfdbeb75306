import type { TableColumn } from './table.js';

/** The label columns of a table broken down by group: which breakdown, which group, and its stable code. */
export const DIMENSION_COLUMN: TableColumn = {
  key: 'dimension',
  label: { fr: 'Ventilation', en: 'Breakdown' },
  unit: 'text',
};
export const GROUP_COLUMN: TableColumn = { key: 'group', label: { fr: 'Groupe', en: 'Group' }, unit: 'text' };
export const GROUP_CODE_COLUMN: TableColumn = {
  key: 'groupCode',
  label: { fr: 'Code', en: 'Code' },
  unit: 'text',
};
/** People accompanied in the period, the first count of every such table. */
export const ACCOMPANIED_COLUMN: TableColumn = {
  key: 'accompanied',
  label: { fr: 'Accompagnées', en: 'Accompanied' },
  unit: 'count',
};
