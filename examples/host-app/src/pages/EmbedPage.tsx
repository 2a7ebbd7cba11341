import { Leaderboard } from '@learnlens/ui';
import type { DatasetInfo, Persona } from '../backend/protocol.js';

/** Props of `EmbedPage`. */
export interface EmbedPageProps {
  /** Who is looking. */
  persona: Persona;
  /** The generated dataset. */
  info: DatasetInfo;
}

/**
 * One widget inside the host's own, deliberately loud content styles (serif type, uppercase headings,
 * dashed table rules, pink buttons): the widget keeps its own look, and the host's elements after it keep
 * theirs.
 */
export function EmbedPage({ persona, info }: EmbedPageProps) {
  return (
    <article className="host-article" data-testid="host-article">
      <h1>Weekly coaching notes</h1>
      <p className="host-lede">
        This is the host product's own page, with its own typography. Below, a single Learnlens widget is dropped
        into the text the way a host embeds one: <code>{'<Leaderboard params={…} />'}</code> inside the host's
        markup, under the same <code>LearnlensProvider</code>.
      </p>
      <h3>This month's leaderboard</h3>
      <p>
        The widget writes its theme as CSS variables on its own element and scopes every rule under{' '}
        <code>[data-learnlens-widget]</code>, so the host's fonts, colours and table rules stop at its border.
      </p>
      <div className="host-embed-slot" data-testid="embed-slot">
        <Leaderboard params={{ now: info.now, timezone: persona.timezone, period: 'month' }} limit={5} headingLevel={2} />
      </div>
      <h3>After the widget: the host's own elements</h3>
      <p>These still look like the host's: the widget's stylesheet does not reach them.</p>
      <table className="host-table" data-testid="host-table">
        <caption>Coaching sessions this week</caption>
        <thead>
          <tr>
            <th scope="col">Day</th>
            <th scope="col">Coach</th>
            <th scope="col">Topic</th>
          </tr>
        </thead>
        <tbody>
          <tr>
            <td>Monday</td>
            <td>R. Ortega</td>
            <td>Handling objections</td>
          </tr>
          <tr>
            <td>Thursday</td>
            <td>M. Okafor</td>
            <td>Discovery questions</td>
          </tr>
        </tbody>
      </table>
      <p>
        <button type="button" className="host-cta" data-testid="host-button">
          Book a coaching session
        </button>
      </p>
    </article>
  );
}
