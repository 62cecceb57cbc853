import Papa from 'papaparse';
import type { VisibleSet } from '../graph/filters';
import { attributeText, type AttributeValue, type GraphModel } from '../graph/model';
import { escapeFormula } from './csv';
import { edgeRows, nodeRows, selected, type Rows } from './rows';

/** A cell: lists joined as a spreadsheet writes them, numbers and booleans as text. */
const cell = (v: AttributeValue | undefined) => (v === undefined ? '' : attributeText(v));

/**
 * The graph (or the shown part) as a nodes CSV and an edges CSV, written through the field
 * table, so the importer reads them back to the same nodes and edges, evidence included.
 * Cells that a spreadsheet would run as a formula are escaped.
 */
export function toCsv(graph: GraphModel, shown?: VisibleSet): { nodes: string; edges: string } {
  const { nodes, edges } = selected(graph, shown);
  const unparse = ({ columns, rows }: Rows) =>
    Papa.unparse(
      {
        fields: [...columns],
        data: rows.map((row) => columns.map((c) => escapeFormula(cell(row.get(c))))),
      },
      { newline: '\n' },
    );
  return { nodes: unparse(nodeRows(graph, nodes)), edges: unparse(edgeRows(graph, edges)) };
}

/**
 * A table as the user sees it (its columns, its rows in their order) as CSV, formulas escaped.
 * In: headers and rows of values (null for empty). Out: CSV text.
 */
export function tableCsv(
  headers: readonly string[],
  rows: readonly (readonly (string | number | null)[])[],
): string {
  return Papa.unparse(
    {
      fields: headers.map((h) => escapeFormula(h)),
      data: rows.map((row) => row.map((v) => (v === null ? '' : escapeFormula(String(v))))),
    },
    { newline: '\n' },
  );
}
