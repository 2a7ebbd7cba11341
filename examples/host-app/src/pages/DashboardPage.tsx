import { AdminView, LearnerView, ManagerView, TutorView } from '@learnlens/ui';
import { useState } from 'react';
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
  // What the host does with the views' actions: a real product would open its feedback page or start the exercise;
  // the demo says which one it would open.
  const [notice, setNotice] = useState<string | null>(null);
  const noticeLine = (
    <p className="host-notice" role="status" data-testid="host-notice" hidden={notice === null}>
      {notice}
    </p>
  );
  if (persona.role === 'learner') {
    return (
      <div className="host-dashboard">
        <h1>{`Welcome back, ${persona.name}`}</h1>
        {noticeLine}
        {/* A tutoring org's answers are correct or not: the view shows accuracy, topics and review cards; a band org's
            learner sees their task and overall bands against their goal. */}
        <LearnerView
          {...common}
          label="Your learning"
          scoreScale={persona.scoreScale}
          onViewFeedback={(attemptId) => setNotice(`The host would open the feedback on attempt ${attemptId} here.`)}
          onStartAssignment={(assignmentId) => setNotice(`The host would start assignment ${assignmentId} here.`)}
        />
      </div>
    );
  }
  if (persona.role === 'manager' && persona.scoreScale === 'binary') {
    // In a tutoring org a manager is a tutor with a class of students.
    return (
      <div className="host-dashboard">
        <h1>{`${persona.name}'s students`}</h1>
        <TutorView {...common} teams={persona.teams} label="Tutor dashboard" />
      </div>
    );
  }
  if (persona.role === 'manager') {
    return (
      <div className="host-dashboard">
        <h1>{`${persona.name}'s team`}</h1>
        <ManagerView {...common} teams={persona.teams} scoreScale={persona.scoreScale} label="Team dashboard" />
      </div>
    );
  }
  return (
    <div className="host-dashboard">
      <h1>{`${persona.orgName}: analytics`}</h1>
      {noticeLine}
      <AdminView
        {...common}
        teams={persona.teams}
        events={persona.events}
        scoreScale={persona.scoreScale}
        callEvents={persona.callEvents}
        label="Organization dashboard"
        onActivitySelect={(activityId) => setNotice(activityId === null ? null : `Drill-down into activity ${activityId}.`)}
      />
    </div>
  );
}
