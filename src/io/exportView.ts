import { canvasPort } from '../canvas/port';
import { toGraphFile } from '../formats/export';
import { selectPlacedGraph, selectShown } from '../store/derived';
import type { AppStore } from '../store/store';
import { downloadBlob, exportFileName } from './download';
import { legendOf } from '../store/describe';

export type ExportKind = 'pngView' | 'pngWhole' | 'svg' | 'json' | 'csv' | 'graphml' | 'gexf';

function save(store: AppStore, blob: Blob, name: string) {
  downloadBlob(blob, name);
  store.getState().addNotices([{ key: 'export.saved', params: { name }, group: 'export' }]);
}

/**
 * Saves what the user sees. Images come from the canvas (2× PNG of the viewport or of the whole
 * visible graph; SVG of the whole visible graph); data exports hold the filtered view in the
 * project's format or as nodes and edges CSV files. File names say which.
 */
export async function exportView(store: AppStore, kind: ExportKind): Promise<void> {
  const s = store.getState();
  const title = s.graph.meta.title.en;
  const shown = selectShown(s);
  // Exports carry the picture as drawn now, so a file read back opens the same.
  const graph = selectPlacedGraph(s);
  if (kind === 'json') {
    const text = JSON.stringify(toGraphFile(graph, shown), null, 2);
    return save(
      store,
      new Blob([text], { type: 'application/json' }),
      exportFileName(title, 'view', 'graph.json'),
    );
  }
  // The XML and CSV writers load when first used.
  if (kind === 'graphml' || kind === 'gexf') {
    const { toGexf, toGraphml } = await import('../formats/exportXml');
    return kind === 'graphml'
      ? save(
          store,
          new Blob([toGraphml(graph, shown)], { type: 'application/graphml+xml' }),
          exportFileName(title, 'view', 'graphml'),
        )
      : save(
          store,
          new Blob([toGexf(graph, shown)], { type: 'application/xml' }),
          exportFileName(title, 'view', 'gexf'),
        );
  }
  if (kind === 'csv') {
    const { toCsv } = await import('../formats/exportCsv');
    const { nodes, edges } = toCsv(graph, shown);
    // A BOM tells spreadsheets the file is UTF-8, so Devanagari opens correctly.
    save(
      store,
      new Blob(['\uFEFF', nodes], { type: 'text/csv' }),
      exportFileName(title, 'view nodes', 'csv'),
    );
    return save(
      store,
      new Blob(['\uFEFF', edges], { type: 'text/csv' }),
      exportFileName(title, 'view edges', 'csv'),
    );
  }
  const canvas = canvasPort();
  if (!canvas) return s.addNotices([{ key: 'export.noCanvas' }]);
  if (kind === 'svg')
    return save(
      store,
      new Blob([await canvas.svg(legendOf(s))], { type: 'image/svg+xml' }),
      exportFileName(title, 'graph', 'svg'),
    );
  const whole = kind === 'pngWhole';
  save(
    store,
    await canvas.png(whole, legendOf(s)),
    exportFileName(title, whole ? 'graph' : 'screen view', 'png'),
  );
}
