import { useCallback, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Layer } from '../../../../shared/model';
import { setCommandHandler } from '../../app/commands';
import { setScreenKeyHandler } from '../../app/screenKeys';
import { editorStore, navigationStore, useEditor, useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { useEffectiveTheme } from '../../app/theme';
import { PowerMap } from '../../map/PowerMap';
import type { PowerMapHandle } from '../../map/types';
import { SidePanel } from '../panel/SidePanel';
import { AccountHeader } from './AccountHeader';
import { accountCommandHandler, accountKeyHandler } from './accountCommands';
import { addPersonAt, beginLink, moveNodes } from './accountActions';
import { LinkChooser } from './LinkChooser';
import { LinkModeBanner } from './LinkModeBanner';
import { Toolbar } from './Toolbar';
import { accountViewStore, useAccountView } from './viewStore';

function selectIds(ids: string[]) {
  editorStore.getState().select(ids);
}

function setLinkSource(id: string | null) {
  accountViewStore.getState().setLinkSource(id);
}

function addPerson(layer: Layer, position: { x: number; y: number }) {
  addPersonAt(layer, position);
}

function MapLoading() {
  const { t } = useTranslation();
  return (
    <div className="map-loading" aria-busy="true">
      <span className="spinner" aria-hidden="true" />
      <span>{t('map.loadingAccount')}</span>
    </div>
  );
}

/** One account: toolbar, the account's fields, the map, and the side panel for whatever is selected. */
export function AccountScreen() {
  const data = useEditor((state) => state.data);
  const selection = useEditor((state) => state.selection);
  const locale = useSettings((state) => state.locale);
  const theme = useEffectiveTheme(useSettings((state) => state.theme));
  const linkMode = useAccountView((state) => state.linkMode);
  const legendVisible = useAccountView((state) => state.legendVisible);
  const chooser = useAccountView((state) => state.chooser);
  const mapRef = useRef<PowerMapHandle>(null);
  const getMap = useCallback(() => mapRef.current, []);
  const loaded = data !== null;

  useEffect(
    function handleAccountCommands() {
      setCommandHandler(accountCommandHandler(getMap));
      setScreenKeyHandler(accountKeyHandler(getMap));
      return () => {
        setCommandHandler(null);
        setScreenKeyHandler(null);
        accountViewStore.getState().reset();
      };
    },
    [getMap],
  );

  useEffect(
    function frameSearchHitOnceDrawn() {
      if (!loaded) return;
      const ids = navigationStore.getState().consumeFrame();
      if (ids.length > 0) mapRef.current?.frame(ids);
    },
    [loaded],
  );

  return (
    <div className="screen account-screen">
      <Toolbar />
      {data ? <AccountHeader account={data.account} peopleCount={data.people.length} teamCount={data.team.length} /> : <div className="account-header account-header-placeholder" aria-hidden="true" />}
      <div className="account-body">
        <section className={`map-area${linkMode ? ' map-area-linking' : ''}`} data-testid={TID.mapArea}>
          {data ? (
            <PowerMap
              ref={mapRef}
              data={data}
              selection={selection}
              theme={theme}
              locale={locale}
              legendVisible={legendVisible}
              linkMode={linkMode}
              onLinkSourceChange={setLinkSource}
              onSelectionChange={selectIds}
              onAddPerson={addPerson}
              onMoveNodes={moveNodes}
              onDrawLink={beginLink}
            />
          ) : (
            <MapLoading />
          )}
          {linkMode && data ? <LinkModeBanner /> : null}
        </section>
        <div className="panel-slot">{data ? <SidePanel /> : null}</div>
      </div>
      {chooser && data ? <LinkChooser data={data} ends={chooser} /> : null}
    </div>
  );
}
