import type { Random } from './random.js';

// Deterministic people, org and team names. The lists mix plain ASCII with
// accented, CJK and very long names so that every widget meets them.

const firstNames = [
  'Emma', 'Liam', 'Olivia', 'Noah', 'Ava', 'Lucas', 'Mia', 'Ethan', 'Sofia', 'Mateo', 'Chloé', 'José', 'Zoë',
  'Björn', 'Renée', 'François', 'Jürgen', 'Maëlle', 'Agnieszka', 'Søren', 'Siobhán', 'Nikolaj', 'Aarav', 'Priya',
  'Ananya', 'Rohan', 'Fatima', 'Omar', 'Amara', 'Kwame', 'Thandiwe', 'Hiroshi', 'Yuki', 'Mei', 'Minh', 'Linh',
  'Diego', 'Valentina', 'Camila', 'João', 'Ingrid', 'Lars', 'Aoife', 'Oksana', 'Dmitri', 'Leila', 'Yasmin',
  'Tomás', 'Iñaki', 'Élodie', 'Grace', 'Daniel', 'Hannah', 'Samuel', 'Isabela', 'Kofi', 'Nadia', 'Ravi',
  'Chen', 'Ana', 'Marco', 'Julia', 'Ahmed', 'Sara', 'Felix', 'Noémie',
] as const;

const lastNames = [
  'Smith', 'Johnson', 'García', 'Núñez', 'Müller', 'Schröder', 'Dubois', 'Lefèvre', 'Rossi', 'Bianchi',
  'Kowalski', 'Nowak', 'Novák', 'Andersson', 'Øvergaard', "O'Brien", 'Murphy', 'Patel', 'Sharma', 'Iyer',
  'Nguyen', 'Tran', 'Kim', 'Park', 'Tanaka', 'Okafor', 'Mensah', 'Hassan', 'Haddad', 'Silva', 'Santos',
  'Pereira', 'Ivanova', 'Kovačević', 'Yılmaz', 'Fernández', 'Peña', 'Ibáñez', 'Łukasik', 'Brown', 'Wilson',
  'Taylor', 'Martin', 'Lee', 'Walker', 'Fischer', 'Weiß', 'Costa', 'Mahlangu', 'Chowdhury',
] as const;

const cjkNames = [
  '王芳', '李伟', '张敏', '刘洋', '陈静', '杨磊', '佐藤 花子', '鈴木 一郎',
  '高橋 美咲', '田中 蓮', '김민준', '이서연', '박지훈', '최유나',
] as const;

const longNames = [
  'Maximilian Alexander von Hohenberg-Wittelsbach',
  'María de los Ángeles Fernández-Castellanos',
  'Oluwaseun Adebayo-Okonkwo Babatunde',
  'Anastasia Konstantinovna Vasilyeva-Rimskaya',
  'Jean-Baptiste Émile de la Rochefoucauld',
  'Venkata Subramanian Ramanathan Iyer',
  'Bartholomew Fitzgerald Worthington-Smythe III',
  'Guðmundur Sigurðsson Þórarinsson',
] as const;

const initials = 'ABCDEFGHJKLMNPRSTVW';

// Every "First Last" made once: an org of 10,000 learners draws most names several times before one is free, and a
// string built anew is hashed anew by each set lookup.
const fullNames = firstNames.map((first) => lastNames.map((last) => `${first} ${last}`));

/** A person's display name: mostly "First Last", sometimes CJK, sometimes very long. */
export function personName(rng: Random): string {
  const r = rng.next();
  if (r < 0.05) return rng.pick(longNames);
  if (r < 0.13) return rng.pick(cjkNames);
  return rng.pick(fullNames)[rng.int(lastNames.length)]!;
}

/** A display name not yet in `taken` (adds a middle initial when the lists run out), recorded in `taken`. */
export function uniquePersonName(rng: Random, taken: Set<string>): string {
  let name = personName(rng);
  for (let tries = 0; taken.has(name) && tries < 8; tries++) name = personName(rng);
  const base = name;
  const space = base.indexOf(' ');
  // Variants of one base are taken in order, so the search resumes where the last one for this base stopped: in an
  // org of 50,000 learners starting from the first variant each time made naming quadratic.
  let next = nextVariant.get(taken);
  if (next === undefined) nextVariant.set(taken, (next = new Map()));
  let i = taken.has(name) ? (next.get(base) ?? 0) : 0;
  for (; taken.has(name); i++) {
    if (i >= initials.length) name = `${base} (${i - initials.length + 2})`;
    else if (space > 0) name = `${base.slice(0, space)} ${initials[i]}. ${base.slice(space + 1)}`;
    else name = `${base} ${initials[i]}.`;
  }
  if (name !== base) next.set(base, i);
  taken.add(name);
  return name;
}

// Per set of taken names: for each base name, the variant index to try first.
const nextVariant = new WeakMap<Set<string>, Map<string, number>>();

const foldings: Record<string, string> = { ł: 'l', ø: 'o', ß: 'ss', æ: 'ae', đ: 'd', ð: 'd', þ: 'th', ı: 'i' };

/** Lower-case ASCII words of a name joined by `sep` ("" when nothing is left, e.g. for CJK names). */
export function slug(text: string, sep = '.'): string {
  // Space-separated parts fold independently (no transform here looks across a space), so each part is folded once
  // per process: 50,000 names are a few hundred distinct parts.
  if (sep === '.') {
    let out = '';
    let from = 0;
    for (;;) {
      const space = text.indexOf(' ', from);
      const part = space < 0 ? text.slice(from) : text.slice(from, space);
      let folded = partSlugs.get(part);
      if (folded === undefined) partSlugs.set(part, (folded = foldSlug(part, sep)));
      if (folded !== '') out = out === '' ? folded : `${out}${sep}${folded}`;
      if (space < 0) return out;
      from = space + 1;
    }
  }
  return foldSlug(text, sep);
}

const partSlugs = new Map<string, string>();

function foldSlug(text: string, sep: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[łøßæđðþı]/g, (c) => foldings[c] ?? '')
    .replace(/[^a-z0-9]+/g, sep)
    .split(sep)
    .filter(Boolean)
    .join(sep);
}

/** A unique, ASCII e-mail address for a display name at `domain`, recorded in `taken`. */
export function emailFor(name: string, domain: string, fallback: string, taken: Set<string>): string {
  const local = slug(name) || fallback;
  let email = `${local}@${domain}`;
  for (let i = 2; taken.has(email); i++) email = `${local}${i}@${domain}`;
  taken.add(email);
  return email;
}

const teamNames = [
  'Aurora', 'Summit', 'Harbor', 'Cedar', 'Nova', 'Atlas', 'Meridian', 'Juniper', 'Orion', 'Willow', 'Falcon', 'Sierra',
] as const;

/** The name of the i-th team of an org, e.g. "Team Aurora" or "Cohort Summit 2". */
export function teamName(prefix: string, i: number): string {
  const round = Math.floor(i / teamNames.length);
  return `${prefix} ${teamNames[i % teamNames.length]}${round ? ` ${round + 1}` : ''}`;
}
