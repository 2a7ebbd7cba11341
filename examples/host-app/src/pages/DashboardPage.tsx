import { AdminView, LearnerView, ManagerView } from '@learnlens/ui';
import type { DatasetInfo, Persona } from '../backend/protocol.js';

/** Props of `DashboardPage`. */
export interface DashboardPageProps {
  /** Who is looking. */
  persona: Persona;
  /** The generated dataset. */
  info: DatasetInfo;
  /** Whether charts animate. */
  animation: boolean;
}

/** The persona's dashboard: the library's view for their role, under the host's own page heading. */
export function DashboardPage({ persona, info, animation }: DashboardPageProps) {
  // Every date is shown in the org's zone and measured from the dataset's last instant, so the
  // generated history is "recent" and the demo looks the same on every machine.
  const common = { now: info.now, timezone: persona.timezone, animation };
  if (persona.role === 'learner') {
    return (
      <div className="host-dashboard">
        <h1>{`Welcome back, ${persona.name}`}</h1>
        <LearnerView {...common} label="Your learning" />
      </div>
    );
  }
  if (persona.role === 'manager') {
    return (
      <div className="host-dashboard">
        <h1>{`${persona.name}'s team`}</h1>
        <ManagerView {...common} teams={persona.teams} label="Team dashboard" />
      </div>
    );
  }
  return (
    <div className="host-dashboard">
      <h1>{`${persona.orgName}: analytics`}</h1>
      <AdminView {...common} teams={persona.teams} label="Organization dashboard" />
    </div>
  );
}
