import { useEffect, useState } from 'react';
import { useT } from '../store/useT';
import { importUserFiles } from '../io/onDemand';
import { useAppStore } from '../store/store';

const carriesFiles = (e: DragEvent) => e.dataTransfer?.types.includes('Files') ?? false;

/** Lets a file dropped anywhere on the page load as the graph, with a hint while dragging. */
export default function DropZone() {
  const { t } = useT();
  const store = useAppStore();
  const [over, setOver] = useState(false);
  useEffect(() => {
    // Nested elements fire enter/leave in pairs; a counter tells when the drag left the page.
    let depth = 0;
    const onEnter = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth++;
      setOver(true);
    };
    const onLeave = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      depth = Math.max(0, depth - 1);
      if (depth === 0) setOver(false);
    };
    const onOver = (e: DragEvent) => {
      if (carriesFiles(e)) e.preventDefault();
    };
    const onDrop = (e: DragEvent) => {
      if (!carriesFiles(e)) return;
      e.preventDefault();
      depth = 0;
      setOver(false);
      void importUserFiles(store, [...(e.dataTransfer?.files ?? [])]);
    };
    window.addEventListener('dragenter', onEnter);
    window.addEventListener('dragleave', onLeave);
    window.addEventListener('dragover', onOver);
    window.addEventListener('drop', onDrop);
    return () => {
      window.removeEventListener('dragenter', onEnter);
      window.removeEventListener('dragleave', onLeave);
      window.removeEventListener('dragover', onOver);
      window.removeEventListener('drop', onDrop);
    };
  }, [store]);
  return over ? (
    <div className="drop-zone" aria-hidden="true">
      <p>{t('import.drop')}</p>
    </div>
  ) : null;
}
