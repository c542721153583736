import { useTranslation } from 'react-i18next';
import { useEditor } from '../../app/services';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { endName } from './linkChoices';
import { accountViewStore, useAccountView } from './viewStore';

/** Says what the next click in link mode does, and offers the way out. */
export function LinkModeBanner() {
  const { t } = useTranslation();
  const source = useAccountView((state) => state.linkSource);
  const sourceName = useEditor((state) => (source && state.data ? endName(state.data, source) : ''));
  return (
    <div className="map-banner link-banner" data-testid={TID.linkModeBanner} role="status">
      <Icon name="link" className="link-banner-icon" />
      <span className="map-banner-text">{source ? t('map.linkPickSecond', { name: sourceName }) : t('map.linkPickFirst')}</span>
      <button type="button" className="btn btn-small btn-primary" onClick={() => accountViewStore.getState().setLinkMode(false)}>
        {t('map.linkDone')}
      </button>
    </div>
  );
}
