import { useStore } from 'zustand';
import { useCallback, useEffect, useMemo, useRef } from 'react';
import { withoutDeparted } from '../../../../shared/edit';
import { useTranslation } from 'react-i18next';
import type { Layer } from '../../../../shared/model';
import { setCommandHandler } from '../../app/commands';
import { setScreenKeyHandler } from '../../app/screenKeys';
import { logContactKey } from '../plan/logDialog';
import { PersonMenu } from '../personMenu/PersonMenu';
import { usePlan } from '../plan/planService';
import { openActionsByPerson } from '../../../../shared/plan/flags';
import { openPersonMenu, personMenuKey } from '../personMenu/personMenuActions';
import { personMenuStore } from '../personMenu/personMenuStore';
import { clockStore, editorStore, navigationStore, useEditor, useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { useEffectiveTheme } from '../../app/theme';
import { PowerMap } from '../../map/PowerMap';
import type { MapOverlays, PowerMapHandle } from '../../map/types';
import { onFullScreenChange as onWindowFullScreenChange } from '../../ipc/client';
import { analysisStore, useAnalysis } from '../findings/analysisService';
import { findingsViewStore, overlaysShown, useFindingsView } from '../findings/findingsView';
import { overlaysFor } from '../findings/overlays';
import { RightColumn } from '../findings/RightColumn';
import { WhatIfBanner } from '../findings/WhatIf';
import { MapDropHint } from '../import/MapDropHint';
import { useMapImport } from '../import/useMapImport';
import { WorkshopBar } from '../workshop/WorkshopBar';
import { WorkshopCaption } from '../workshop/WorkshopCaption';
import { isWorkshopActive, leaveWorkshop, onFullScreenChange, toggleWorkshopEditing } from '../workshop/session';
import { mergeOverlays } from '../workshop/steps';
import { useWorkshopStep } from '../workshop/useWorkshopStep';
import { workshopKeyHandler } from '../workshop/workshopKeys';
import { useWorkshop } from '../workshop/workshopStore';
import { AccountHeader } from './AccountHeader';
import { FindBar } from '../find/FindBar';
import { findStore, useFind } from '../find/findStore';
import { useFindResults } from '../find/useFindResults';
import { useFrameHits } from '../find/useFrameHits';
import { PeopleTable } from '../people/PeopleTable';
import { accountCommandHandler, accountKeyHandler } from './accountCommands';
import { addPersonAt, beginLink, moveNodes } from './accountActions';
import { LinkChooser } from './LinkChooser';
import { LinkModeBanner } from './LinkModeBanner';
import { Toolbar } from './Toolbar';
import { accountViewStore, useAccountView } from './viewStore';
import { usePasteOntoBand } from './pasteOntoBand';
import { HistoryViewBar, HistoryViewPanel, useHistoryMap } from '../history/HistoryView';
import { historyViewStore, useHistoryView } from '../history/historyViewStore';
import { pastCommandHandler, pastKeyHandler } from '../history/pastKeys';

function selectIds(ids: string[]) {
  editorStore.getState().select(ids);
}

function setLinkSource(id: string | null) {
  accountViewStore.getState().setLinkSource(id);
}

function addPerson(layer: Layer, position: { x: number; y: number }) {
  addPersonAt(layer, position);
}

/**
 * The analysis drawn on the map while its overlays are on; who is gone in what-if, always; in a workshop,
 * the step's dimming and spotlight on top.
 */
function useMapOverlays(stepOverlays: MapOverlays | null, findOverlays: MapOverlays) {
  const analysis = useAnalysis((state) => state.analysis);
  const whatIf = useAnalysis((state) => state.whatIf);
  const goneIds = useAnalysis((state) => state.goneIds);
  const tracedPathTo = useFindingsView((state) => state.tracedPathTo);
  const shown = useFindingsView((state) => overlaysShown(state, whatIf));
  const base = useMemo(() => overlaysFor(analysis, { goneIds, tracedPathTo, findings: shown }), [shown, analysis, goneIds, tracedPathTo]);
  const withFind = useMemo(() => mergeOverlays(base, findOverlays), [base, findOverlays]);
  return useMemo(() => (stepOverlays ? mergeOverlays(withFind, stepOverlays) : withFind), [withFind, stepOverlays]);
}

const ignore = () => undefined;

function leaveLinkMode(): boolean {
  const view = accountViewStore.getState();
  if (!view.linkMode && !view.chooser) return false;
  view.reset();
  return true;
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
  const coversLines = useAccountView((state) => state.coversLines);
  const hideDeparted = useAccountView((state) => state.hideDeparted);
  const drawn = useMemo(() => (data && hideDeparted ? withoutDeparted(data) : data), [data, hideDeparted]);
  const chooser = useAccountView((state) => state.chooser);
  const whatIf = useAnalysis((state) => state.whatIf);
  const workshop = useWorkshop((state) => state.active);
  const mapRef = useRef<PowerMapHandle>(null);
  const getMap = useCallback(() => mapRef.current, []);
  const mapAreaRef = useRef<HTMLElement>(null);
  usePasteOntoBand(getMap, useCallback(() => mapAreaRef.current, []));
  const step = useWorkshopStep(getMap);
  // A workshop shows the room the map itself: no search, filters or table of the desk.
  const found = useFindResults(workshop ? null : data);
  const view = useFind((state) => (workshop ? 'map' : state.view));
  useFrameHits(found.hits, getMap, view === 'map');
  const overlays = useMapOverlays(step?.overlays ?? null, found.overlays);
  const today = useStore(clockStore, (clock) => clock.today);
  const actions = usePlan((state) => state.plan.actions);
  const openActions = useMemo(() => openActionsByPerson({ actions }), [actions]);
  const mapImport = useMapImport(getMap);
  const loaded = data !== null;
  // The map as it was, or two dates compared: read-only, in place of today's map (issue 12).
  const historyView = useHistoryView((state) => state.view);
  const past = useHistoryMap(useHistoryView((state) => state.result));

  useEffect(
    function handleAccountCommands() {
      const accountCommands = accountCommandHandler(getMap);
      const pastCommands = pastCommandHandler(getMap);
      setCommandHandler((command) => (historyViewStore.getState().view ? pastCommands(command) : accountCommands(command)));
      const accountKeys = accountKeyHandler(getMap);
      const anchorOf = (id: string) => getMap()?.anchorOf(id) ?? null;
      const pastKeys = pastKeyHandler(getMap);
      const workshopKeys = workshopKeyHandler({
        data: () => editorStore.getState().data,
        analysis: () => analysisStore.getState().analysis,
        leave: () => leaveWorkshop(getMap),
        stepBack: leaveLinkMode,
        toggleEditing: toggleWorkshopEditing,
      });
      setScreenKeyHandler((event) => (historyViewStore.getState().view ? pastKeys(event) : isWorkshopActive() ? workshopKeys(event) : personMenuKey(event, anchorOf) || logContactKey(event) || accountKeys(event)));
      const stopFollowingFullScreen = onWindowFullScreenChange((fullScreen) => onFullScreenChange(getMap, fullScreen));
      return () => {
        stopFollowingFullScreen();
        // Leaving the account (the menu's Accounts, say) ends a workshop on it too.
        leaveWorkshop(getMap);
        setCommandHandler(null);
        setScreenKeyHandler(null);
        accountViewStore.getState().reset();
        findStore.getState().reset();
        historyViewStore.getState().leave();
        personMenuStore.getState().close();
      };
    },
    [getMap],
  );

  useEffect(function analyseAsOfToday() {
    // The app may stay open for days: each account opens with today's date (the main process's), and with no path traced.
    void clockStore.getState().refresh();
    findingsViewStore.getState().resetForAccount();
    return () => analysisStore.getState().setWhatIf(false);
  }, []);

  const focusOnMap = useCallback((ids: string[]) => {
    if (ids.length === 0) return;
    editorStore.getState().select(ids);
    mapRef.current?.frame(ids);
  }, []);

  useEffect(
    function frameSearchHitOnceDrawn() {
      if (!loaded) return;
      const ids = navigationStore.getState().consumeFrame();
      if (ids.length > 0) mapRef.current?.frame(ids);
    },
    [loaded],
  );

  const top = historyView ? (
    <HistoryViewBar />
  ) : workshop ? (
    <WorkshopBar onLeave={() => leaveWorkshop(getMap)} />
  ) : (
    <>
      <Toolbar />
      {data ? (
        <AccountHeader account={data.account} peopleCount={data.people.length} teamCount={data.team.length} tools={<FindBar data={data} results={found} />} />
      ) : (
        <div className="account-header account-header-placeholder" aria-hidden="true" />
      )}
    </>
  );

  return (
    <div className={`screen account-screen${workshop ? ' workshop' : ''}`}>
      {top}
      <div className="account-body">
        <section ref={mapAreaRef} className={`map-area${linkMode ? ' map-area-linking' : ''}${whatIf ? ' map-area-what-if' : ''}`} data-testid={TID.mapArea} {...(workshop ? {} : mapImport.dropHandlers)}>
          {historyView ? (
            past ? (
              <PowerMap
                key="past"
                data={past.data}
                selection={[]}
                theme={theme}
                locale={locale}
                legendVisible={legendVisible}
                coversLines={coversLines}
                linkMode={false}
                onLinkSourceChange={ignore}
                onSelectionChange={ignore}
                onAddPerson={ignore}
                onMoveNodes={ignore}
                onDrawLink={ignore}
                overlays={past.overlays}
              />
            ) : null
          ) : drawn ? (
            <PowerMap
              ref={mapRef}
              data={drawn}
              selection={selection}
              theme={workshop ? 'contrast' : theme}
              locale={locale}
              legendVisible={legendVisible}
              coversLines={coversLines}
              linkMode={linkMode}
              onLinkSourceChange={setLinkSource}
              onSelectionChange={selectIds}
              onAddPerson={addPerson}
              onMoveNodes={moveNodes}
              onDrawLink={beginLink}
              onPersonMenu={openPersonMenu}
              overlays={overlays}
              today={today}
              openActions={openActions}
            />
          ) : (
            <MapLoading />
          )}
          {linkMode && data && !historyView ? <LinkModeBanner /> : null}
          {whatIf && data && !historyView ? <WhatIfBanner belowLinkBanner={linkMode} /> : null}
          {step && data ? <WorkshopCaption subject={step.subject} data={data} /> : null}
          {mapImport.over ? <MapDropHint /> : null}
          {view === 'people' && data && !historyView ? <PeopleTable data={data} found={found} /> : null}
        </section>
        <div className="panel-slot">{historyView ? <HistoryViewPanel /> : data ? <RightColumn onFocus={focusOnMap} /> : null}</div>
      </div>
      {chooser && data && !historyView ? <LinkChooser data={data} ends={chooser} /> : null}
      {data && !historyView ? <PersonMenu /> : null}
    </div>
  );
}
