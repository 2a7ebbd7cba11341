import type { Activity, ScoreScale } from '@learnlens/data-client';

// Titles and categories of the activities of each kind of org, unique within an org.

/** The title, category and kind of one activity before difficulty and ids are added. */
export interface ActivitySketch {
  title: string;
  category: string;
  kind: Activity['kind'];
}

const scenarios: readonly [string, string][] = [
  ['Cold call: the skeptical CFO', 'Prospecting'],
  ['Discovery with an IT director', 'Discovery'],
  ['Price objection: "it\'s too expensive"', 'Objection handling'],
  ['Renewal at risk', 'Account management'],
  ['Gatekeeper to decision maker', 'Prospecting'],
  ['Negotiating payment terms', 'Negotiation'],
  ['Closing a stalled deal', 'Closing'],
  ['Budget freeze objection', 'Objection handling'],
  ['Inbound demo request', 'Discovery'],
  ['Upsell to premium support', 'Account management'],
  ['"We already use a competitor"', 'Objection handling'],
  ['Multi-year discount request', 'Negotiation'],
  ['Trial-to-paid conversion', 'Closing'],
  ['Uncovering hidden stakeholders', 'Discovery'],
  ['Executive business review', 'Account management'],
  ['Handling an angry customer', 'Objection handling'],
  ['Voicemail and re-engagement', 'Prospecting'],
  ['Procurement and legal review', 'Negotiation'],
];

const academicTask1 = ['Bar chart', 'Line graph', 'Pie chart', 'Table', 'Process diagram', 'Map comparison', 'Mixed charts'];
const generalTask1 = ['Formal letter', 'Semi-formal letter', 'Informal letter'];
const task2 = [
  'opinion essay on remote work',
  'discussion essay on university fees',
  'problem–solution essay on urban housing',
  'advantages & disadvantages of tourism',
  'two-part question on healthy eating',
  'opinion essay on technology in schools',
  'discussion essay on public transport',
  'problem–solution essay on climate policy',
  'opinion essay on space exploration',
  'discussion essay on museums and heritage',
];

const topics: readonly [string, readonly string[]][] = [
  ['Algebra', ['Solve two-step equations', 'Simplify expressions', 'Linear graphs', 'Factorising quadratics']],
  ['Geometry', ['Angles in triangles', 'Area of composite shapes', 'Pythagoras’ theorem', 'Circle theorems']],
  ['Fractions & decimals', ['Adding unlike fractions', 'Decimal place value', 'Percentage change', 'Ratio problems']],
  ['Statistics', ['Mean, median and mode', 'Reading bar charts', 'Probability of events', 'Scatter plots']],
  ['Reading comprehension', ['Finding the main idea', 'Inference questions', 'Author’s purpose', 'Vocabulary in context']],
];

function numbered(title: string, round: number): string {
  return round === 0 ? title : `${title} (set ${round + 1})`;
}

function salesScenarios(n: number): ActivitySketch[] {
  return Array.from({ length: n }, (_, i) => {
    const [title, category] = scenarios[i % scenarios.length]!;
    return { title: numbered(title, Math.floor(i / scenarios.length)), category, kind: 'scenario' as const };
  });
}

function writingTests(n: number): ActivitySketch[] {
  return Array.from({ length: n }, (_, i) => {
    // Every third test is General Training; the rest are Academic, as in most prep courses.
    const general = i % 3 === 2;
    const first = general ? generalTask1[i % generalTask1.length]! : academicTask1[i % academicTask1.length]!;
    const module = general ? 'General Training' : 'Academic';
    return {
      title: `${module} Writing Test ${i + 1}: ${first} + ${task2[i % task2.length]}`,
      category: module,
      kind: 'writing_task' as const,
    };
  });
}

function tutoringItems(n: number): ActivitySketch[] {
  const assessments = n >= 3 ? Math.max(1, Math.round(n * 0.15)) : 0;
  const lessons = n >= 2 ? Math.max(1, Math.round(n * 0.25)) : 0;
  const out: ActivitySketch[] = [];
  const skills = topics.flatMap(([topic, list]) => list.map((skill) => [topic, skill] as const));
  // Interleave topics so that any prefix of the list covers several of them.
  const order = skills.map((_, i) => skills[(i % topics.length) * 4 + Math.floor(i / topics.length)]!);
  const items = n - assessments;
  const every = lessons ? Math.max(1, Math.floor(items / lessons)) : 0;
  let lessonsMade = 0;
  for (let i = 0; i < items; i++) {
    const [topic, skill] = order[i % order.length]!;
    const lesson = every > 0 && i % every === every - 1 && lessonsMade < lessons;
    if (lesson) lessonsMade++;
    out.push({
      title: numbered(lesson ? `Lesson: ${skill}` : skill, Math.floor(i / order.length)),
      category: topic,
      kind: lesson ? 'lesson' : 'question',
    });
  }
  for (let i = 0; i < assessments; i++) {
    const [topic] = topics[i % topics.length]!;
    out.push({ title: numbered(`Unit test: ${topic}`, Math.floor(i / topics.length)), category: topic, kind: 'assessment' });
  }
  return out;
}

/** `n` activities for an org of the given score scale. */
export function activitySketches(scale: ScoreScale, n: number): ActivitySketch[] {
  if (scale === 'percent') return salesScenarios(n);
  if (scale === 'band') return writingTests(n);
  return tutoringItems(n);
}
