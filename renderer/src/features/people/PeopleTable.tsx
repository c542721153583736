import { memo, useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { PeopleTableActions } from '../import/PeopleTableActions';
import type { KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { PersonPatch } from '../../../../shared/edit';
import type { AccountData, Person } from '../../../../shared/model';
import { editorStore, useEditor, useSettings } from '../../app/services';
import { TID } from '../../app/testids';
import { Icon } from '../../ui/icons';
import { patchPerson } from '../panel/actions';
import { AttitudeDot } from '../panel/parts';
import { usePrivateHidden } from '../workshop/workshopStore';
import type { FindResults } from '../find/useFindResults';
import { CellEditor } from './CellEditor';
import { cellText } from './cellText';
import type { PeopleColumn, PeopleSort, TableContext } from './columns';
import { DEFAULT_PEOPLE_SORT, nextPeopleSort, PEOPLE_COLUMNS, sortPeople, tableContext } from './columns';
import './people.css';

interface Active {
  row: number;
  col: number;
}

interface RowProps {
  person: Person;
  rowIndex: number;
  columns: readonly PeopleColumn[];
  context: TableContext;
  selected: boolean;
  /** the active column when this row holds the active cell, else -1 */
  activeCol: number;
  editing: boolean;
  locale: string;
  onActivate(row: number, col: number, edit: boolean): void;
  onCommit(person: Person, patch: PersonPatch, move?: 'down' | 'right'): void;
  onCancel(): void;
}

/** One person. Rows redraw only when their person, selection or active cell changes, so 300 rows stay quick. */
const Row = memo(function Row({ person, rowIndex, columns, context, selected, activeCol, editing, locale, onActivate, onCommit, onCancel }: RowProps) {
  const { t } = useTranslation();
  return (
    <tr className={`people-row${selected ? ' people-row-selected' : ''}`} data-testid={TID.peopleRow} data-person-id={person.id} aria-selected={selected}>
      {columns.map((column, col) => {
        const active = col === activeCol;
        const text = cellText(column, person, context, t, locale);
        return (
          <td
            key={column.id}
            role="gridcell"
            className={`people-cell people-col-${column.id}${active ? ' people-cell-active' : ''}${column.numeric ? ' people-num' : ''}`}
            data-testid={`people-cell-${column.id}`}
            data-row={rowIndex}
            data-col={col}
            tabIndex={active ? 0 : -1}
            aria-readonly={column.editor ? undefined : true}
            title={text.length > 24 ? text : undefined}
            onMouseDown={() => onActivate(rowIndex, col, false)}
            onDoubleClick={() => onActivate(rowIndex, col, true)}
          >
            {active && editing ? (
              <CellEditor column={column} person={person} context={context} onCommit={(patch, move) => onCommit(person, patch, move)} onCancel={onCancel} />
            ) : column.id === 'attitude' ? (
              <span className="people-attitude">
                <AttitudeDot attitude={person.attitude} />
                <span>{text}</span>
              </span>
            ) : (
              <span className="people-text">{text}</span>
            )}
          </td>
        );
      })}
    </tr>
  );
});

function SortHeader({ column, sort, onSort }: { column: PeopleColumn; sort: PeopleSort; onSort(column: string): void }) {
  const { t } = useTranslation();
  const active = sort.column === column.id;
  const label = t(column.label);
  return (
    <th scope="col" className={`people-th people-col-${column.id}`} style={{ width: column.width, minWidth: column.width }} aria-sort={active ? (sort.direction === 'asc' ? 'ascending' : 'descending') : 'none'}>
      <button type="button" className={`people-sort${active ? ' people-sort-active' : ''}`} data-testid={`people-sort-${column.id}`} title={t('accountTools.table.sortBy', { column: label })} onClick={() => onSort(column.id)}>
        <span>{label}</span>
        <Icon name={active ? (sort.direction === 'asc' ? 'sortAsc' : 'sortDesc') : 'sortNone'} size={12} />
      </button>
    </th>
  );
}

/**
 * The account's people as a table beside the map: sortable, with the panel's fields, each cell edited in
 * place through the same edits as the panel (so Ctrl+Z undoes them). It lists the people the search and
 * filters keep. Arrows move between cells, Enter or F2 (or a double-click) edits, Escape cancels.
 */
export function PeopleTable({ data, found }: { data: AccountData; found: FindResults }) {
  const { t } = useTranslation();
  const locale = useSettings((state) => state.locale);
  const selection = useEditor((state) => state.selection);
  const [sort, setSort] = useState<PeopleSort>(DEFAULT_PEOPLE_SORT);
  // The first cell is the grid's tab stop until another is chosen.
  const [chosen, setActive] = useState<Active>({ row: 0, col: 0 });
  const [editing, setEditing] = useState(false);
  const tableRef = useRef<HTMLTableElement>(null);
  // Private fields stay out while a workshop shows the screen to a room.
  const hidePrivate = usePrivateHidden();
  const columns = useMemo(() => (hidePrivate ? PEOPLE_COLUMNS.filter((c) => !c.private) : PEOPLE_COLUMNS), [hidePrivate]);
  const columnsRef = useRef(columns);
  columnsRef.current = columns;
  const context = useMemo(() => tableContext(data), [data]);
  const shown = useMemo(() => {
    const hits = found.searching ? new Set(found.hits) : null;
    return data.people.filter((p) => (!found.passing || found.passing.has(p.id)) && (!hits || hits.has(p.id)));
  }, [data.people, found]);
  const rows = useMemo(() => sortPeople(shown, sort, context, locale), [shown, sort, context, locale]);
  const selected = useMemo(() => new Set(selection), [selection]);
  // The active cell stays inside the table when a search or a filter shortens it.
  const active = { row: Math.min(chosen.row, Math.max(rows.length - 1, 0)), col: Math.min(chosen.col, columns.length - 1) };

  const rowsRef = useRef(rows);
  rowsRef.current = rows;

  const activate = useCallback((row: number, col: number, edit: boolean) => {
    setActive({ row, col });
    setEditing(edit && columnsRef.current[col]?.editor !== undefined);
    const person = rowsRef.current[row];
    if (person && !editorStore.getState().selection.includes(person.id)) editorStore.getState().select([person.id]);
  }, []);

  const focusActive = useCallback(() => {
    requestAnimationFrame(() => tableRef.current?.querySelector<HTMLElement>('td.people-cell-active')?.focus());
  }, []);

  const commit = useCallback(
    (person: Person, patch: PersonPatch, move?: 'down' | 'right') => {
      patchPerson(person.id, patch);
      setEditing(false);
      if (move === 'down') setActive((a) => ({ row: Math.min(a.row + 1, rowsRef.current.length - 1), col: a.col }));
      if (move === 'right') setActive((a) => ({ row: a.row, col: Math.min(a.col + 1, columnsRef.current.length - 1) }));
      focusActive();
    },
    [focusActive],
  );
  const cancel = useCallback(() => {
    setEditing(false);
    focusActive();
  }, [focusActive]);

  useEffect(
    function keepActiveCellInView() {
      if (editing) return;
      const cell = tableRef.current?.querySelector<HTMLElement>('td.people-cell-active');
      if (cell && document.activeElement !== cell && tableRef.current?.contains(document.activeElement)) cell.focus();
      cell?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    },
    [active.row, active.col, editing],
  );

  const onKeyDown = (event: KeyboardEvent<HTMLTableElement>) => {
    if (editing || event.altKey || event.ctrlKey || event.metaKey) return;
    const last = { row: rows.length - 1, col: columns.length - 1 };
    const move = (row: number, col: number) => {
      event.preventDefault();
      activate(Math.max(0, Math.min(row, last.row)), Math.max(0, Math.min(col, last.col)), false);
    };
    switch (event.key) {
      case 'ArrowDown':
        return move(active.row + 1, active.col);
      case 'ArrowUp':
        return move(active.row - 1, active.col);
      case 'ArrowRight':
        return move(active.row, active.col + 1);
      case 'ArrowLeft':
        return move(active.row, active.col - 1);
      case 'Home':
        return move(event.shiftKey ? 0 : active.row, 0);
      case 'End':
        return move(event.shiftKey ? last.row : active.row, last.col);
      case 'PageDown':
        return move(active.row + 10, active.col);
      case 'PageUp':
        return move(active.row - 10, active.col);
      case 'Enter':
      case 'F2':
        if (columns[active.col]?.editor) {
          event.preventDefault();
          setEditing(true);
        }
        return;
      default:
        return;
    }
  };

  const total = data.people.length;
  return (
    <div className="people-view" data-testid="people-view">
      <div className="people-toolbar">
        <span className="people-count">{rows.length === total ? t('accountTools.table.rows', { count: total }) : t('accountTools.filter.shown', { shown: rows.length, total })}</span>
        <span className="muted people-hint">{t('accountTools.table.editHint')}</span>
        {/* Import contacts and Export CSV/XLSX go here (another change adds them). */}
        <div className="people-toolbar-slot" data-testid={TID.peopleToolbarSlot}>
          <PeopleTableActions />
        </div>
      </div>
      <div className="people-scroll">
        <table
          ref={tableRef}
          className="people-table"
          role="grid"
          aria-label={t('accountTools.table.label')}
          aria-rowcount={rows.length + 1}
          data-testid={TID.peopleTable}
          data-rows={rows.length}
          onKeyDown={onKeyDown}
        >
          <thead>
            <tr>
              {columns.map((column) => (
                <SortHeader key={column.id} column={column} sort={sort} onSort={(id) => setSort((s) => nextPeopleSort(s, id))} />
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((person, index) => (
              <Row
                key={person.id}
                person={person}
                rowIndex={index}
                columns={columns}
                context={context}
                selected={selected.has(person.id)}
                activeCol={active.row === index ? active.col : -1}
                editing={editing && active.row === index}
                locale={locale}
                onActivate={activate}
                onCommit={commit}
                onCancel={cancel}
              />
            ))}
          </tbody>
        </table>
        {rows.length === 0 ? <p className="people-empty muted">{total === 0 ? t('accountTools.table.empty') : t('accountTools.table.noMatch')}</p> : null}
      </div>
    </div>
  );
}
