import { useState } from 'react';
import { emptyGraph } from '../../graph/load';
import { translate } from '../../i18n/strings';
import { isOwn } from '../../store/graphSlice';
import { useAppStore } from '../../store/store';
import { useT } from '../../store/useT';
import { clipMiddle } from '../../schema/text';
import ReplaceMapConfirm from './ReplaceMapConfirm';

/**
 * Starts an empty map in edit mode. Where that would take the place of the user's own map in
 * this browser, it asks first and offers an export.
 */
export default function NewMapButton() {
  const { t, n, loc } = useT();
  const store = useAppStore();
  const [asking, setAsking] = useState(false);
  const start = () => {
    setAsking(false);
    const title = { en: translate('en', 'map.untitled'), hi: translate('hi', 'map.untitled') };
    store.getState().newMap(emptyGraph(title));
  };
  const onClick = () => {
    const s = store.getState();
    const own = isOwn(s.origin) && (s.graph.nodes.length > 0 || s.past.length > 0);
    if (own) setAsking(true);
    else start();
  };
  const s = store.getState();
  return (
    <>
      <button type="button" title={t('data.newMapLabel')} onClick={onClick}>
        {t('data.newMap')}
      </button>
      {asking ? (
        <ReplaceMapConfirm
          id="new-map-ask"
          question={t('data.newMapAsk', {
            name: clipMiddle(loc(s.graph.meta.title)),
            steps: n(s.past.length + s.future.length),
          })}
          confirm={t('data.newMapConfirm')}
          onConfirm={start}
          onCancel={() => setAsking(false)}
        />
      ) : null}
    </>
  );
}
