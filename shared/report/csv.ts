/**
 * CSV writer: the findings register as RFC 4180 CSV (papaparse), with a UTF-8 byte-order mark so Excel reads the
 * Chinese text, and a formula-injection guard on every cell.
 */
import Papa from 'papaparse';
import { REGISTER_COLUMNS, registerRows } from './register';
import type { ReportModel } from './types';

/** Byte-order mark prepended so Excel opens the file as UTF-8. */
export const UTF8_BOM = '\uFEFF';

/**
 * Neutralises spreadsheet formulas: a cell starting with = + - @ tab or carriage return gets a leading single quote,
 * so Excel and LibreOffice show it as text instead of evaluating it.
 */
export function guardCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** The findings register as CSV text (with BOM, CRLF line ends). */
export function toCsv(model: ReportModel): string {
  const fields = REGISTER_COLUMNS.map(([, header]) => header);
  const data = registerRows(model).map((row) => REGISTER_COLUMNS.map(([key]) => guardCell(row[key])));
  return UTF8_BOM + Papa.unparse({ fields, data }, { newline: '\r\n', quotes: true, escapeFormulae: false });
}
