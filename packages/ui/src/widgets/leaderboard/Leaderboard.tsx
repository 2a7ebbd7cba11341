'use client';
import {
  createColumnHelper,
  createSortedRowModel,
  rowSortingFeature,
  tableFeatures,
  useTable,
  type SortingState,
} from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { subDays } from 'date-fns';
import { useMemo, useRef, useState } from 'react';
import { useLeaderboard } from '../../hooks/useLeaderboard.js';
import { useLearnlens } from '../../provider/learnlensContext.js';
import type { Formatters } from '../../widget-shell/format.js';
import { useFormat } from '../../widget-shell/useFormat.js';
import { leaderboardMessages } from '../../i18n/en/leaderboard.js';
import { tableMessages } from '../../i18n/en/table.js';
import { WidgetFrame } from '../../widget-shell/WidgetFrame.js';
import { withWidgetBoundary } from '../../widget-shell/WidgetErrorBoundary.js';
import type { LeaderboardProps, LeaderboardRow, LeaderboardSort } from './leaderboard.types.js';
import { displayNameOf, movementGlyph, movementLabel, movementOf, movementSortValue, tiedRanks } from './leaderboard.utils.js';
import { ChangeStyles, RowStyles } from '../../widget-shell/partStyles.js';

const features = tableFeatures({ rowSortingFeature, sortedRowModel: createSortedRowModel() });
const helper = createColumnHelper<typeof features, LeaderboardRow>();
const numericColumns = new Set(['rank', 'avgScore', 'attempts', 'totalDurationSeconds', 'avgTalkPercentage', 'movement']);
const defaultSort: LeaderboardSort = { id: 'rank', desc: false };
// Which columns give way first when the widget is narrow (styles.ts hides priority 3, then 2); rank, learner
// and average score always stay. Learner names wrap rather than push the numbers out of the widget.
const columnPriority: Record<string, '2' | '3' | undefined> = { attempts: '2', movement: '2', totalDurationSeconds: '3', avgTalkPercentage: '3' };
const wrappingColumns = new Set(['displayName']);

function periodText(period: { from: string; to: string }, fmt: Formatters): string {
  return `${fmt.date(period.from)} – ${fmt.date(subDays(new Date(`${period.to}T00:00:00`), 1))}`;
}

// The catalog's sort keys for the columns the query can sort the whole ranked set by. Movement has none, so
// it sorts only where every row is loaded (full mode).
const querySortFields: Partial<Record<LeaderboardSort['id'], QuerySortField>> = {
  rank: 'rank',
  displayName: 'displayName',
  avgScore: 'avgScore',
  attempts: 'attempts',
  totalDurationSeconds: 'totalDurationSeconds',
  avgTalkPercentage: 'avgTalkPercentage',
};
type QuerySortField = 'rank' | 'displayName' | 'avgScore' | 'attempts' | 'totalDurationSeconds' | 'avgTalkPercentage';

/** The `leaderboard` query's `sort` for a column sort; rank when the column has no query sort. */
export function querySortOf(sort: LeaderboardSort): QuerySortField | `-${QuerySortField}` {
  const field = querySortFields[sort.id];
  if (!field) return 'rank';
  return sort.desc ? `-${field}` : field;
}

function useColumns(fmt: Formatters, rows: readonly LeaderboardRow[], selfId: string, querySorted: boolean, learner: boolean) {
  const tied = useMemo(() => tiedRanks(rows), [rows]);
  return useMemo(
    () =>
      helper.columns([
        helper.accessor('rank', {
          header: fmt.t('leaderboard.col.rank'),
          cell: (info) => {
            const rank = info.getValue();
            return (
              <span data-slot="rank" data-tied={tied.has(rank) ? 'true' : undefined}>
                {fmt.number(rank)}
                {tied.has(rank) ? <span className="ll-sr-only"> {fmt.t('leaderboard.tied')}</span> : null}
              </span>
            );
          },
        }),
        helper.accessor('displayName', {
          header: fmt.t('leaderboard.col.learner'),
          // A learner's peers may be pseudonyms: the client refuses to order them by name, so the header does not offer it.
          enableSorting: !(querySorted && learner),
          sortFn: (a, b, id) => String(a.getValue(id)).localeCompare(String(b.getValue(id)), fmt.locale.code),
          cell: (info) => (
            <>
              {displayNameOf(info.row.original, fmt)}
              {info.row.original.userId === selfId ? <span data-slot="you"> {fmt.t('common.you')}</span> : null}
            </>
          ),
        }),
        helper.accessor('avgScore', {
          header: fmt.t('leaderboard.col.avgScore'),
          sortDescFirst: true,
          cell: (info) => fmt.number(info.getValue(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }),
        }),
        helper.accessor('attempts', { header: fmt.t('leaderboard.col.attempts'), sortDescFirst: true, cell: (info) => fmt.number(info.getValue()) }),
        helper.accessor('totalDurationSeconds', {
          header: fmt.t('leaderboard.col.time'),
          sortDescFirst: true,
          cell: (info) => fmt.duration(info.getValue()),
        }),
        helper.accessor((row) => row.avgTalkPercentage ?? undefined, {
          id: 'avgTalkPercentage',
          header: fmt.t('leaderboard.col.talk'),
          sortDescFirst: true,
          sortUndefined: 'last',
          cell: (info) => {
            const value = info.getValue();
            return value === undefined ? '—' : fmt.number(value / 100, { style: 'percent', maximumFractionDigits: 0 });
          },
        }),
        helper.accessor((row) => movementSortValue(row), {
          id: 'movement',
          header: fmt.t('leaderboard.col.change'),
          enableSorting: !querySorted,
          sortDescFirst: true,
          sortUndefined: 'last',
          cell: (info) => {
            const movement = movementOf(info.row.original);
            return (
              <span className={`ll-${movement.kind}`} data-slot="movement" data-movement={movement.kind}>
                <span aria-hidden="true">{movementGlyph(movement, fmt)}</span>
                <span className="ll-sr-only">{movementLabel(movement, fmt)}</span>
              </span>
            );
          },
        }),
      ]),
    [fmt, tied, selfId, querySorted, learner],
  );
}

interface LeaderboardTableProps {
  rows: LeaderboardRow[];
  virtual: boolean;
  height: number;
  rowHeight: number;
  sort: LeaderboardSort;
  onSortChange: (sort: LeaderboardSort) => void;
  /** The rows come sorted by the query (top mode): the table shows them in that order. */
  querySorted: boolean;
  caption: string;
}

// The table's own words and those of every sortable table listing people (its sort note, "(you)").
const tableWords = { ...leaderboardMessages, ...tableMessages };

function LeaderboardTable({ rows: data, virtual, height, rowHeight, sort, onSortChange, querySorted, caption }: LeaderboardTableProps) {
  const { viewer } = useLearnlens();
  const fmt = useFormat(tableWords);
  const sorting = useMemo<SortingState>(() => [sort], [sort]);
  const columns = useColumns(fmt, data, viewer.userId, querySorted, viewer.role === 'learner');
  const table = useTable({
    features,
    columns,
    data,
    getRowId: (row) => row.userId,
    state: { sorting },
    onSortingChange: (updater) => {
      const next = (typeof updater === 'function' ? updater(sorting) : updater)[0];
      if (next) onSortChange({ id: next.id as LeaderboardSort['id'], desc: next.desc });
    },
    manualSorting: querySorted,
    enableSortingRemoval: false,
  });
  const rows = table.getRowModel().rows;
  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => rowHeight,
    overscan: 12,
    enabled: virtual,
    initialRect: { width: 0, height },
  });
  const items = virtual ? virtualizer.getVirtualItems() : null;
  const visible = items ? items.map((item) => rows[item.index]!) : rows;
  const firstIndex = items?.[0]?.index ?? 0;
  const paddingTop = items?.[0]?.start ?? 0;
  const paddingBottom = items && items.length > 0 ? virtualizer.getTotalSize() - items[items.length - 1]!.end : 0;
  const sortedBy = sorting[0];
  const sortedHeader = table.getFlatHeaders().find((h) => h.column.id === sortedBy?.id);

  const tableElement = (
    <table className="ll-table" data-slot="table" aria-rowcount={rows.length + 1}>
      <caption className="ll-sr-only">
        {caption}
        {sortedHeader && sortedBy
          ? fmt.t(sortedBy.desc ? 'table.sortedDesc' : 'table.sortedAsc', { column: String(sortedHeader.column.columnDef.header) })
          : ''}
      </caption>
      <thead>
        {table.getHeaderGroups().map((group) => (
          <tr key={group.id} aria-rowindex={1}>
            {group.headers.map((header) => {
              const sorted = header.column.getIsSorted();
              return (
                <th
                  key={header.id}
                  scope="col"
                  data-column={header.column.id}
                  data-priority={columnPriority[header.column.id]}
                  data-align={numericColumns.has(header.column.id) ? 'end' : undefined}
                  aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : undefined}
                >
                  {header.column.getCanSort() ? (
                    <button type="button" className="ll-sort" onClick={header.column.getToggleSortingHandler()}>
                      <table.FlexRender header={header} />
                      <span aria-hidden="true">{sorted === 'asc' ? '↑' : sorted === 'desc' ? '↓' : '↕'}</span>
                    </button>
                  ) : (
                    <table.FlexRender header={header} />
                  )}
                </th>
              );
            })}
          </tr>
        ))}
      </thead>
      <tbody>
        {paddingTop > 0 ? <tr aria-hidden="true" style={{ height: paddingTop }} /> : null}
        {visible.map((row, i) => {
          const self = row.original.userId === viewer.userId;
          return (
            <tr
              key={row.id}
              data-slot="row"
              data-self={self ? 'true' : undefined}
              aria-rowindex={firstIndex + i + 2}
              style={virtual ? { height: rowHeight } : undefined}
            >
              {row.getAllCells().map((cell) => (
                <td
                  key={cell.id}
                  data-column={cell.column.id}
                  data-priority={columnPriority[cell.column.id]}
                  data-wrap={wrappingColumns.has(cell.column.id) ? 'true' : undefined}
                  data-align={numericColumns.has(cell.column.id) ? 'end' : undefined}
                >
                  <table.FlexRender cell={cell} />
                </td>
              ))}
            </tr>
          );
        })}
        {paddingBottom > 0 ? <tr aria-hidden="true" style={{ height: paddingBottom }} /> : null}
      </tbody>
    </table>
  );

  // Not ScrollRegion: its cell keyboard exists to reach cells cut short, and no leaderboard cell is cut (long names
  // wrap), so a host bundling only the leaderboard does not carry it.
  if (!virtual)
    return (
      <div className="ll-scroll" data-slot="scroll" tabIndex={0} role="region" aria-label={caption}>
        <ChangeStyles />
        <RowStyles />
        {tableElement}
      </div>
    );
  return (
    <div
      ref={scrollRef}
      className="ll-scroll"
      data-slot="scroll"
      style={{ height }}
      tabIndex={0}
      role="region"
      aria-label={fmt.t('leaderboard.scrollLabel', { caption, count: rows.length })}
    >
      <ChangeStyles />
      <RowStyles />
      {tableElement}
    </div>
  );
}

function LeaderboardView({
  params = {},
  mode = 'top',
  limit = 10,
  height = 480,
  rowHeight = 36,
  defaultSort: initialSort = defaultSort,
  actions,
  title,
  ...chrome
}: LeaderboardProps) {
  const fmt = useFormat(leaderboardMessages);
  const querySorted = mode === 'top';
  // Top mode shows the first `limit` rows of the whole ranked set in the chosen order, so the query sorts
  // (the ten best by attempts, not the ten best by score re-sorted); full mode has every row and sorts them here.
  const [sort, setSort] = useState<LeaderboardSort>(() =>
    querySorted && !querySortFields[initialSort.id] ? defaultSort : initialSort,
  );
  const query = useLeaderboard({ ...params, sort: querySorted ? querySortOf(sort) : 'rank', ...(querySorted ? { limit } : {}) });
  const data = query.data;
  const description = data
    ? mode === 'top' && data.total > data.rows.length
      ? fmt.t('leaderboard.descriptionTop', { period: periodText(data.period, fmt), shown: fmt.number(data.rows.length), total: fmt.number(data.total) })
      : fmt.t('leaderboard.description', { period: periodText(data.period, fmt) })
    : undefined;
  return (
    <WidgetFrame
      {...chrome}
      widget="leaderboard"
      title={title ?? fmt.t('leaderboard.title')}
      description={description}
      actions={actions}
      query={query}
      subject={fmt.t('leaderboard.subject')}
      isEmpty={(d) => d.rows.length === 0}
      emptyTitle={fmt.t(data?.suppressed ? 'leaderboard.suppressedTitle' : 'leaderboard.emptyTitle')}
      emptyReason={(d) => (d.suppressed ? fmt.t('leaderboard.suppressedReason') : fmt.t('leaderboard.emptyReason', { period: periodText(d.period, fmt) }))}
    >
      {(d) => (
        <LeaderboardTable
          rows={d.rows}
          virtual={mode === 'full'}
          height={height}
          rowHeight={rowHeight}
          sort={sort}
          onSortChange={setSort}
          querySorted={querySorted}
          caption={typeof title === 'string' ? title : fmt.t('leaderboard.title')}
        />
      )}
    </WidgetFrame>
  );
}

/**
 * Learners ranked by average score, with attempts, time spent, talk share and movement since the previous
 * period; sortable, top-N or full (virtualised), the viewer's own row highlighted.
 */
export const Leaderboard = withWidgetBoundary(LeaderboardView, {
  widget: 'leaderboard',
  title: 'leaderboard.title',
  subject: 'leaderboard.subject',
  messages: leaderboardMessages,
});
