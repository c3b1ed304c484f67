import type { APIRoute } from 'astro';
import { loadAtlas } from '../../lib/atlas';
import { buildMatrixExport, matrixCsvRecords } from '../../diagrams/matrix/model';
import { toCsv } from '../../lib/matrix-query';

/** The comparison matrix as RFC 4180 CSV, one record per cell, with a header record. */
export const GET: APIRoute = () => {
  const atlas = loadAtlas();
  const csv = toCsv(matrixCsvRecords(buildMatrixExport(atlas.matrix, atlas.technologies)));
  return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8; header=present' } });
};
