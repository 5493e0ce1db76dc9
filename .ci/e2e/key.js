// The answer key of a course read straight from its bank files (course.toml and one locale's .ftl), and the
// scoring rules of docs/bank-format.md written out again here, apart from the server: what the walk
// answers on purpose, and the points it must then see on the result page.
const fs = require('fs'), path = require('path');
const { parse: parseToml } = require('smol-toml');
const { FluentBundle, FluentResource } = require('@fluent/bundle');

// Text as the page shows it: Fluent joins continuation lines with newlines, HTML collapses white space.
const norm = (s) => String(s).replace(/\s+/g, ' ').trim();

// Loads a course: its quizzes, and its questions with the prose of every label in `locale`.
function loadCourse(dir, locale) {
  const course = parseToml(fs.readFileSync(path.join(dir, 'course.toml'), 'utf8'));
  const bundle = new FluentBundle(locale, { useIsolating: false });
  const errors = bundle.addResource(new FluentResource(fs.readFileSync(path.join(dir, `${locale}.ftl`), 'utf8')));
  if (errors.length) throw new Error(`${dir}/${locale}.ftl: ${errors.map((e) => e.message).join('; ')}`);
  const byStem = new Map();
  const questions = course.questions.map((q) => {
    const msg = bundle.getMessage(`q-${q.id}`);
    if (!msg || !msg.value) throw new Error(`no message q-${q.id} in ${locale}.ftl`);
    const fmt = (pattern, what) => {
      const errs = [];
      const text = bundle.formatPattern(pattern, null, errs);
      if (errs.length) throw new Error(`q-${q.id}${what}: ${errs.map((e) => e.message).join('; ')}`);
      return norm(text);
    };
    const attr = (name) => {
      if (!(name in msg.attributes)) throw new Error(`no attribute q-${q.id}.${name} in ${locale}.ftl`);
      return fmt(msg.attributes[name], `.${name}`);
    };
    const labels = {}; // label text -> bank id, per kind of label
    const add = (kind, ids, prefix) => {
      labels[kind] = new Map();
      for (const id of ids) {
        const text = attr(`${prefix}-${id}`);
        if (labels[kind].has(text)) throw new Error(`q-${q.id}: two ${kind} labelled "${text}"`);
        labels[kind].set(text, id);
      }
    };
    if (q.type === 'single' || q.type === 'multiple') add('options', q.options, 'opt');
    if (q.type === 'matching') { add('left', q.left, 'left'); add('right', q.right, 'right'); }
    if (q.type === 'ordering') add('items', q.items, 'item');
    if (q.type === 'gap-fill') {
      q.gapLabels = {};
      for (const [g, gap] of Object.entries(q.gaps)) {
        q.gapLabels[g] = new Map(gap.options.map((o) => [attr(`opt-${o}`), o]));
      }
    }
    const question = { ...q, pointsMilli: Math.round((q.points ?? 1) * 1000), stem: fmt(msg.value, ''), labels };
    if (byStem.has(question.stem)) throw new Error(`two questions with the stem "${question.stem}"`);
    byStem.set(question.stem, question);
    return question;
  });
  return { course, questions, byStem, locale };
}

// ---- short answers: docs/bank-format.md, "short" ----
// Cyrillic is compared in its Latin transliteration (Serbian and Macedonian letters), then case and
// diacritics are folded unless the question says otherwise, and runs of spaces count as one.
const CYR = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', ѓ: 'gj', ђ: 'đ', е: 'e', ж: 'ž', з: 'z', ѕ: 'dz', и: 'i', ј: 'j',
  к: 'k', л: 'l', љ: 'lj', м: 'm', н: 'n', њ: 'nj', о: 'o', п: 'p', р: 'r', с: 's', т: 't', ќ: 'kj', ћ: 'ć',
  у: 'u', ф: 'f', х: 'h', ц: 'c', ч: 'č', џ: 'dž', ш: 'š',
};
const LAT_TO_MK = Object.fromEntries(Object.entries(CYR).filter(([, l]) => /^[a-z]$/.test(l)).map(([c, l]) => [l, c]));
function toLatin(text) {
  return [...text].map((ch) => {
    const low = ch.toLowerCase();
    if (!(low in CYR)) return ch;
    return ch === low ? CYR[low] : CYR[low][0].toUpperCase() + CYR[low].slice(1);
  }).join('');
}
function fold(text, q) {
  let t = toLatin(text).split(/\s+/).filter(Boolean).join(' ');
  if (!q.case_sensitive) t = t.toLowerCase();
  if (!q.diacritics_sensitive) t = t.normalize('NFD').replace(/\p{M}/gu, '');
  return t;
}
// `*` matches any text (none too); everything else literally; the whole answer must match.
function patternMatches(pattern, answer, q) {
  const a = fold(answer, q);
  const p = fold(pattern, q);
  const re = new RegExp('^' + p.split('*').map((s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*') + '$', 'su');
  return a !== '' && re.test(a);
}
const acceptFor = (q, locale) => [...(q.accept || []), ...((q.accept_by_locale || {})[locale] || [])];

// ---- scoring: docs/bank-format.md's table, and src/assessment/scoring.rs's doc comments ----
// The fraction of a question's points an answer earns (-1..1).
function fraction(q, a, locale) {
  if (!a) return 0;
  const allOrNothing = (b) => (b ? 1 : 0);
  switch (q.type) {
    case 'single': return allOrNothing(a.choice === q.correct);
    case 'true-false': return allOrNothing(a.value === q.correct);
    case 'multiple': {
      const right = [...a.choices].filter((c) => q.correct.includes(c)).length;
      const wrong = a.choices.size - right;
      const f = right / q.correct.length - wrong / Math.max(q.options.length - q.correct.length, 1);
      return q.negative_marking ? Math.max(f, -1) : Math.max(f, 0);
    }
    case 'short': return allOrNothing(acceptFor(q, locale).some((p) => patternMatches(p, a.text, q)));
    case 'numerical': return allOrNothing(Math.abs(a.value - q.answer) <= (q.tolerance || 0));
    case 'matching': {
      const pairs = Object.entries(q.pairs);
      return pairs.filter(([l, r]) => a.map[l] === r).length / pairs.length;
    }
    case 'gap-fill': {
      const gaps = Object.entries(q.gaps);
      return gaps.filter(([g, gap]) => a.map[g] === gap.correct).length / gaps.length;
    }
    case 'ordering': {
      if (q.ordering_scoring === 'all-or-nothing') return allOrNothing(a.order.join() === q.items.join());
      // Neighbouring pairs of the key kept next to each other, in order.
      let kept = 0;
      for (let i = 0; i + 1 < q.items.length; i++) {
        if (a.order.indexOf(q.items[i + 1]) === a.order.indexOf(q.items[i]) + 1) kept++;
      }
      return kept / (q.items.length - 1);
    }
    default: throw new Error(`unknown question type ${q.type}`);
  }
}

// What the result page must show for a question, in thousandths of a point (as the server stores them) and
// as shown (2 decimals).
function expectedMark(q, a, locale) {
  const f = fraction(q, a, locale);
  return { f, milli: Math.round(q.pointsMilli * f), shown: Math.round((q.pointsMilli / 1000) * f * 100) / 100 };
}

// ---- answers the walk can give, each with the intent it stands for ----
function subsets(xs) {
  const out = [];
  for (let m = 1; m < 1 << xs.length; m++) out.push(xs.filter((_, i) => m & (1 << i)));
  return out;
}
// A text the patterns accept: a pattern's literal part, typed in Macedonian Cyrillic where every letter has
// a one-letter Cyrillic counterpart (as a learner with a Macedonian keyboard would), checked against the
// patterns here before use.
function rightText(q, locale) {
  for (const p of acceptFor(q, locale)) {
    const latin = p.replace(/\*/g, '').trim();
    if (!latin) continue;
    const cyr = [...latin].map((ch) => {
      const c = LAT_TO_MK[ch.toLowerCase()];
      return c ? (ch === ch.toLowerCase() ? c : c.toUpperCase()) : ch;
    }).join('');
    for (const t of [cyr, latin]) if (patternMatches(p, t, q)) return t;
  }
  throw new Error(`${q.id}: no literal answer found among the accepted patterns`);
}
const WRONG_TEXTS = ['UNHCR', '33(2)', 'ILO', 'ЦЕДАВ'];

// Every answer considered for a question: {intent, answer}; the first of each intent is its canonical one.
function candidates(q, locale) {
  const c = [];
  const add = (intent, answer) => c.push({ intent, answer });
  switch (q.type) {
    case 'single':
      add('right', { choice: q.correct });
      for (const o of q.options) if (o !== q.correct) add('wrong', { choice: o });
      break;
    case 'true-false':
      add('right', { value: q.correct });
      add('wrong', { value: !q.correct });
      break;
    case 'multiple': {
      const wrongs = q.options.filter((o) => !q.correct.includes(o));
      add('right', { choices: new Set(q.correct) });
      if (q.correct.length > 1) add('partial', { choices: new Set([q.correct[0]]) });
      // Every right box and one wrong: the penalty for a wrong box (1 / wrong options) shows.
      if (wrongs.length) add('right and a wrong box', { choices: new Set([...q.correct, wrongs[0]]) });
      add('wrong', { choices: new Set([wrongs[0]]) });
      for (const s of subsets(q.options)) add('other', { choices: new Set(s) });
      break;
    }
    case 'short': {
      add('right', { text: rightText(q, locale) });
      const wrong = WRONG_TEXTS.find((t) => !acceptFor(q, locale).some((p) => patternMatches(p, t, q)));
      add('wrong', { text: wrong });
      break;
    }
    case 'numerical': {
      const tol = q.tolerance || 0;
      // Inside a tolerance, a decimal comma as a Macedonian learner types it.
      const v = tol > 0 ? q.answer - tol / 2 : q.answer;
      add('right', { text: String(v).replace('.', ','), value: v });
      const w = q.answer + tol + 7;
      add('wrong', { text: String(w), value: w });
      break;
    }
    case 'matching': {
      const left = q.left, n = left.length;
      const distractors = q.right.filter((r) => !Object.values(q.pairs).includes(r));
      // The first k prompts matched right, the others each given another prompt's answer (or a distractor).
      const withRight = (k) => {
        const map = {};
        const wrong = left.slice(k);
        left.slice(0, k).forEach((l) => { map[l] = q.pairs[l]; });
        if (wrong.length === 1) {
          if (!distractors.length) return null;
          map[wrong[0]] = distractors[0];
        } else {
          wrong.forEach((l, i) => { map[l] = q.pairs[wrong[(i + 1) % wrong.length]]; });
        }
        return { map };
      };
      add('right', withRight(n));
      add('partial', withRight(Math.floor(n / 2)));
      add('wrong', withRight(0));
      for (let k = 0; k <= n; k++) if (withRight(k)) add('other', withRight(k));
      break;
    }
    case 'gap-fill': {
      const gaps = Object.keys(q.gaps);
      const fill = (rightOnes) => ({
        map: Object.fromEntries(gaps.map((g) => [g, rightOnes.includes(g)
          ? q.gaps[g].correct : q.gaps[g].options.find((o) => o !== q.gaps[g].correct)])),
      });
      add('right', fill(gaps));
      add('partial', fill(gaps.slice(0, Math.floor(gaps.length / 2))));
      add('wrong', fill([]));
      for (const s of subsets(gaps)) add('other', fill(s));
      break;
    }
    case 'ordering': {
      const n = q.items.length;
      // k neighbouring pairs kept: cut the key into n - k runs and put the runs in reverse order.
      const keeping = (k) => {
        const runs = q.items.slice(0, n - k - 1).map((x) => [x]);
        runs.push(q.items.slice(n - k - 1));
        return { order: runs.reverse().flat() };
      };
      add('right', keeping(n - 1));
      if (q.ordering_scoring !== 'all-or-nothing') add('partial', keeping(Math.floor((n - 1) / 2)));
      add('wrong', keeping(0));
      for (let k = 0; k < n; k++) add('other', keeping(k));
      break;
    }
    default: throw new Error(`unknown question type ${q.type}`);
  }
  return c;
}

// Plans the answers to a paper: right, wrong and partly right in turn within each question type; then, if
// some choice of answers makes the total exactly the pass mark, the fewest changes that get there (so a pass
// mark compared with > instead of >= shows). Returns [{q, intent, answer, mark}] and whether it is on the mark.
function plan(paper, passPercent, locale) {
  const turn = {};
  const cands = paper.map((q) => {
    const cs = candidates(q, locale).map((x) => ({ ...x, mark: expectedMark(q, x.answer, locale) }));
    // Multiple choice with as many right as wrong options cannot tell a penalty of 1 / wrong options from
    // 1 / right options: a wrong box goes with the right ones where the two counts differ.
    const telling = q.type === 'multiple' && q.correct.length !== q.options.length - q.correct.length;
    const cycle = telling ? ['right and a wrong box']
      : cs.some((x) => x.intent === 'partial') ? ['partial', 'right', 'wrong'] : ['right', 'wrong'];
    const i = (turn[q.type] = (turn[q.type] ?? -1) + (telling ? 0 : 1));
    const want = cycle[i % cycle.length];
    return { q, cs, canonical: cs.findIndex((x) => x.intent === want), keep: telling ? 3 : 1 };
  });
  const maxMilli = paper.reduce((s, q) => s + q.pointsMilli, 0);
  const target = (passPercent * maxMilli) / 100;
  let picks = cands.map((c) => c.canonical);
  let onTheMark = false;
  if (Number.isInteger(target)) {
    // Exact-sum search: the fewest departures from the canonical answers that make the total the target
    // (departing from a telling multiple-choice answer counts three).
    let states = new Map([[0, { cost: 0, picks: [] }]]);
    for (const c of cands) {
      const next = new Map();
      for (const [sum, s] of states) {
        c.cs.forEach((x, i) => {
          const v = sum + x.mark.milli, cost = s.cost + (i === c.canonical ? 0 : c.keep);
          const old = next.get(v);
          if (!old || cost < old.cost) next.set(v, { cost, picks: [...s.picks, i] });
        });
      }
      states = next;
    }
    const hit = states.get(target);
    if (hit) { picks = hit.picks; onTheMark = true; }
  }
  return {
    maxMilli, target, onTheMark,
    answers: cands.map((c, i) => {
      const { answer, mark } = c.cs[picks[i]];
      return { q: c.q, answer, mark, intent: mark.f >= 1 ? 'right' : mark.f > 0 ? 'partly right' : 'wrong' };
    }),
  };
}

module.exports = { loadCourse, norm, fraction, expectedMark, plan, patternMatches, candidates };
