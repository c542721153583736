import { Fragment, useCallback, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useEditor } from '../../app/services';
import { useMenuKeys } from '../../ui/useMenuKeys';
import { enabledItems, FIRST_EDIT_ITEM, PERSON_MENU_ITEMS, runPersonMenuItem } from './personMenuActions';
import { personMenuStore, placeMenu, usePersonMenu } from './personMenuStore';
import './personMenu.css';

/**
 * The context menu of a person on the map (right-click, Shift+F10 or the context-menu key): log a contact,
 * a new action for them, verified today, duplicate, delete. Placed inside the window, closed by Escape, a
 * click away or picking an item; the focus goes back where it was.
 */
export function PersonMenu() {
  const open = usePersonMenu((state) => state.open);
  const person = useEditor((state) => (open ? state.data?.people.find((p) => p.id === open.personId) : undefined));
  if (!open || !person) return null;
  return <PersonMenuList key={`${open.personId} ${open.x} ${open.y}`} personId={person.id} name={person.name} at={open} />;
}

function PersonMenuList({ personId, name, at }: { personId: string; name: string; at: { x: number; y: number } }) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDivElement>(null);
  const [returnTo] = useState(() => document.activeElement as HTMLElement | null);
  const enabled = enabledItems(personId);

  useLayoutEffect(
    function keepInsideWindow() {
      // Measured as drawn, placed before the first paint (and before the first item takes the focus), and
      // again whenever its size changes after (a font or the items' words arriving late, the window
      // resized): once placed with a smaller height, a menu opened near the bottom ran off the window.
      const menu = ref.current;
      if (!menu) return;
      const place = () => {
        const spot = placeMenu(at, { width: menu.offsetWidth, height: menu.offsetHeight }, { width: window.innerWidth, height: window.innerHeight });
        menu.style.left = `${spot.left}px`;
        menu.style.top = `${spot.top}px`;
      };
      place();
      const resized = new ResizeObserver(place);
      resized.observe(menu);
      window.addEventListener('resize', place);
      return () => {
        resized.disconnect();
        window.removeEventListener('resize', place);
      };
    },
    [at],
  );

  const close = useCallback(
    (reason: 'escape' | 'outside') => {
      personMenuStore.getState().close();
      if (reason === 'escape') returnTo?.focus({ preventScroll: true });
    },
    [returnTo],
  );
  useMenuKeys(ref, true, close);

  function pick(item: (typeof PERSON_MENU_ITEMS)[number]) {
    returnTo?.focus({ preventScroll: true });
    runPersonMenuItem(item, personId);
  }

  return (
    <div
      ref={ref}
      className="person-menu menu-popup"
      role="menu"
      aria-label={t('personMenu.label', { name })}
      data-testid="person-menu"
      style={{ left: at.x, top: at.y }}
      onContextMenu={(event) => event.preventDefault()}
    >
      <div className="person-menu-title" aria-hidden="true">
        {name}
      </div>
      {PERSON_MENU_ITEMS.map((item) => (
        <Fragment key={item}>
          {item === FIRST_EDIT_ITEM ? <div className="person-menu-separator" role="separator" /> : null}
          <button type="button" role="menuitem" className={item === 'delete' ? 'person-menu-danger' : undefined} data-testid={`person-menu-${item}`} disabled={!enabled.has(item)} onClick={() => pick(item)}>
            <span>{t(`personMenu.${item}`)}</span>
            {item === 'logContact' ? <kbd>L</kbd> : item === 'delete' ? <kbd>Del</kbd> : null}
          </button>
        </Fragment>
      ))}
    </div>
  );
}
