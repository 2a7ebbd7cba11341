const entities: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for echarts' HTML tooltips, which render formatter output as markup (names are user data). */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => entities[c]!);
}

/** A tooltip's markup: its title in bold, then each line, all escaped. */
export function tooltipHtml(title: string, lines: readonly string[]): string {
  return [`<strong>${escapeHtml(title)}</strong>`, ...lines.map(escapeHtml)].join('<br/>');
}

/** The data index a tooltip formatter is called for: its point's, or with an axis trigger the first series'. */
export function dataIndexOf(params: { dataIndex?: number } | readonly { dataIndex?: number }[]): number | undefined {
  return (Array.isArray(params) ? params[0] : (params as { dataIndex?: number }))?.dataIndex;
}
