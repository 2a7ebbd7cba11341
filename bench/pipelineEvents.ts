// The raw events `pnpm bench --pipeline` times the transform over (also the equivalence test's larger fixture).
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';

/**
 * Writes `events` raw events to `file` as `ingest` writes them: a deterministic stream of sessions (page views,
 * lessons, interactions and assessments, 5–60 s apart) of `learners` learners over `contents` content items.
 */
export async function writeEvents(file: string, events: number, { learners = 50_000, contents = 500 } = {}): Promise<void> {
  const out = createWriteStream(file);
  out.write('learner_id,event_type,event_id,session_id,timestamp,data,metadata,version,processed_at,partition_date,s3_path\n');
  let seed = 42;
  const random = () => ((seed = (Math.imul(seed, 1_103_515_245) + 12_345) >>> 0) / 2 ** 32);
  const types = ['page_view', 'page_view', 'interaction', 'interaction', 'lesson_start', 'lesson_complete', 'assessment_start', 'assessment_complete', 'error'];
  let t = Date.UTC(2026, 0, 1);
  let written = 0;
  let session = 0;
  while (written < events) {
    session++;
    const learner = `learner_${Math.floor(random() * learners)}`;
    const size = 5 + Math.floor(random() * 30);
    let at = t + Math.floor(random() * 3_600_000);
    let chunk = '';
    for (let i = 0; i < size && written < events; i++, written++) {
      const type = types[Math.floor(random() * types.length)]!;
      const content = `content_${Math.floor(random() * contents)}`;
      const data = type.endsWith('complete') ? `{""content_id"":""${content}"",""score"":${Math.floor(random() * 101)}}` : type === 'page_view' ? `{""page"":""/p/${Math.floor(random() * 40)}""}` : `{""content_id"":""${content}""}`;
      const iso = new Date(at).toISOString();
      chunk += `${learner},${type},e${written},s${session},${iso},"${data}",{},1.0,${iso},${iso.slice(0, 10)},bench\n`;
      at += 5_000 + Math.floor(random() * 55_000);
    }
    if (!out.write(chunk)) await once(out, 'drain');
    t += 40_000;
  }
  out.end();
  await once(out, 'finish');
}

