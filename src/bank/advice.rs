//! Advice for authors that does not stop a bank from loading: answer keys that sit in the same option
//! positions more often than chance allows, and keys that a test-wise learner could find by picking the
//! longest option. Pure: `ispit validate` prints the findings as warnings; the server never needs them.

use std::collections::BTreeMap;
use std::path::Path;

use rand::seq::index::sample;
use rand::{Rng, SeedableRng};
use rand_chacha::ChaCha8Rng;

use super::{Course, Gap, QuestionKind};
use crate::diagnostic::Diagnostic;
use crate::i18n::Locale;

/// A key-position pattern is reported below this p-value.
pub const SKEW_P: f64 = 0.01;

/// Random key placements behind each p-value: its smallest value is 1 / (DRAWS + 1).
const DRAWS: usize = 4999;

/// The longest-option cue is judged only on at least this many choice items: on fewer, "more than half"
/// happens by chance too often to be worth an author's time.
pub const LONGEST_MIN_ITEMS: usize = 10;

/// Where one item keeps its key(s): `options` choices, the key(s) at these 0-based positions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct KeyPlacement {
    pub options: usize,
    pub keys: Vec<usize>,
}

/// Keys by option position, against what uniformly placed keys would give.
#[derive(Debug, Clone, PartialEq)]
pub struct Skew {
    pub items: usize,
    pub observed: Vec<usize>,
    pub expected: Vec<f64>,
    pub chi_square: f64,
    pub p: f64,
}

impl Skew {
    /// "keys by option position 1–4: 12, 0, 0, 0 (uniform placement expects 3.0 each; χ² = 36.0, p < 0.001)".
    pub fn describe(&self) -> String {
        let observed = join(self.observed.iter().map(usize::to_string));
        let expected = if self.expected.windows(2).all(|w| (w[0] - w[1]).abs() < 0.05) {
            format!("{:.1} each", self.expected.first().copied().unwrap_or(0.0))
        } else {
            join(self.expected.iter().map(|e| format!("{e:.1}")))
        };
        let p = if self.p < 0.001 {
            "p < 0.001".to_string()
        } else {
            format!("p = {:.3}", self.p)
        };
        format!(
            "keys by option position 1–{}: {observed} (uniform placement expects {expected}; χ² = {:.1}, {p})",
            self.observed.len(),
            self.chi_square
        )
    }
}

fn join(parts: impl Iterator<Item = String>) -> String {
    parts.collect::<Vec<_>>().join(", ")
}

/// Pearson's χ² of the keys' positions against uniform placement (each item's keys equally likely at any
/// of its own options), with a Monte Carlo p-value (Hope 1968): valid for small banks, for items with
/// different numbers of options and for several keys per item, where the χ² distribution is not. Seeded,
/// so a bank always gets the same answer. `None` when there is nothing to test.
pub fn position_skew(items: &[KeyPlacement]) -> Option<Skew> {
    let width = items.iter().map(|i| i.options).max()?;
    let mut expected = vec![0.0; width];
    for item in items {
        let share = item.keys.len() as f64 / item.options as f64;
        for e in expected.iter_mut().take(item.options) {
            *e += share;
        }
    }
    let statistic = |counts: &[usize]| -> f64 {
        counts
            .iter()
            .zip(&expected)
            .filter(|(_, e)| **e > 0.0)
            .map(|(&o, &e)| (o as f64 - e).powi(2) / e)
            .sum()
    };
    let mut observed = vec![0; width];
    for item in items {
        for &k in &item.keys {
            if let Some(o) = observed.get_mut(k) {
                *o += 1;
            }
        }
    }
    let chi_square = statistic(&observed);
    let mut rng = ChaCha8Rng::seed_from_u64(0x5eed);
    let mut at_least = 0;
    let mut counts = vec![0; width];
    for _ in 0..DRAWS {
        counts.iter_mut().for_each(|c| *c = 0);
        for item in items {
            if item.keys.len() == 1 {
                counts[rng.gen_range(0..item.options)] += 1;
            } else {
                for k in sample(&mut rng, item.options, item.keys.len().min(item.options)) {
                    counts[k] += 1;
                }
            }
        }
        if statistic(&counts) >= chi_square - 1e-9 {
            at_least += 1;
        }
    }
    Some(Skew {
        items: items.len(),
        observed,
        expected,
        chi_square,
        p: (at_least + 1) as f64 / (DRAWS + 1) as f64,
    })
}

/// Whether the longest option gives the key away: the key is at least as long as every other option and
/// the options are not all of one length (then length tells nothing).
pub fn key_is_longest(lengths: &[usize], key: usize) -> bool {
    let (Some(&longest), Some(&shortest)) = (lengths.iter().max(), lengths.iter().min()) else {
        return false;
    };
    lengths.get(key) == Some(&longest) && shortest < longest
}

/// The longest-option finding for a group of choice items, if the key is the longest option in more than
/// half of them (and there are enough of them to judge).
pub fn longest_share(flags: &[bool]) -> Option<(usize, usize)> {
    let longest = flags.iter().filter(|f| **f).count();
    (flags.len() >= LONGEST_MIN_ITEMS && 2 * longest > flags.len())
        .then_some((longest, flags.len()))
}

/// Length of prose as the learner reads it, in characters.
pub fn prose_length(text: &str) -> usize {
    text.trim().chars().count()
}

/// Advice on one course: key positions of its single-choice, multiple-choice and gap-fill items, and the
/// longest-option cue of its single-choice questions, measured on the English prose. Reported on the first
/// line of `course.toml`: each is about the course as a whole.
pub fn course(course: &Course) -> Vec<Diagnostic> {
    let toml = course.dir.join("course.toml");
    let mut by_kind: BTreeMap<&str, Vec<KeyPlacement>> = BTreeMap::new();
    let mut longest = Vec::new();
    for q in &course.questions {
        match &q.kind {
            QuestionKind::Single {
                options, correct, ..
            } => {
                let Some(key) = options.iter().position(|o| o == correct) else {
                    continue;
                };
                by_kind
                    .entry("single-choice")
                    .or_default()
                    .push(KeyPlacement {
                        options: options.len(),
                        keys: vec![key],
                    });
                let lengths: Vec<usize> = options
                    .iter()
                    .map(|o| {
                        let attr = format!("opt-{o}");
                        let text = course
                            .texts
                            .try_format(Locale::En, &q.message_id(), Some(&attr), None)
                            .unwrap_or_default();
                        prose_length(&text)
                    })
                    .collect();
                longest.push(key_is_longest(&lengths, key));
            }
            QuestionKind::Multiple {
                options, correct, ..
            } => by_kind
                .entry("multiple-choice")
                .or_default()
                .push(KeyPlacement {
                    options: options.len(),
                    keys: options
                        .iter()
                        .enumerate()
                        .filter(|(_, o)| correct.contains(*o))
                        .map(|(i, _)| i)
                        .collect(),
                }),
            QuestionKind::GapFill { gaps } => {
                for gap in gaps.values() {
                    let Gap::Choice { options, correct } = gap else {
                        continue;
                    };
                    if let Some(key) = options.iter().position(|o| o == correct) {
                        by_kind.entry("gap-fill").or_default().push(KeyPlacement {
                            options: options.len(),
                            keys: vec![key],
                        });
                    }
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    for (kind, items) in &by_kind {
        let what = if *kind == "gap-fill" {
            format!("{} gap-fill gaps", items.len())
        } else {
            format!("{} {kind} questions", items.len())
        };
        out.extend(skew_warning(&toml, &what, items));
    }
    if let Some((n, of)) = longest_share(&longest) {
        out.push(longest_warning(
            &toml,
            &format!("{n} of {of} single-choice questions (English prose)"),
        ));
    }
    out
}

/// A warning when `items` (described as `what`, e.g. "12 single-choice questions") keep their keys in
/// skewed positions.
pub fn skew_warning(file: &Path, what: &str, items: &[KeyPlacement]) -> Option<Diagnostic> {
    let skew = position_skew(items)?;
    (skew.p < SKEW_P).then(|| {
        Diagnostic::in_file(
            file,
            format!(
                "the keys of {what} sit in skewed positions, {}: vary which option is correct",
                skew.describe()
            ),
        )
    })
}

/// A warning that the key is the longest option in `share` (e.g. "9 of 17 single-choice questions").
pub fn longest_warning(file: &Path, share: &str) -> Diagnostic {
    Diagnostic::in_file(
        file,
        format!(
            "the key is the longest option in {share}, more than half: a learner who picks the \
             longest option scores without knowing; lengthen the distractors or shorten the keys"
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn singles(keys: &[usize], options: usize) -> Vec<KeyPlacement> {
        keys.iter()
            .map(|&k| KeyPlacement {
                options,
                keys: vec![k],
            })
            .collect()
    }

    #[test]
    fn keys_always_first_are_skewed_and_balanced_keys_are_not() {
        let skewed = position_skew(&singles(&[0; 12], 4)).expect("items");
        assert_eq!(skewed.observed, vec![12, 0, 0, 0]);
        assert_eq!(skewed.expected, vec![3.0; 4]);
        assert!((skewed.chi_square - 36.0).abs() < 1e-9);
        assert!(skewed.p < 0.001, "{skewed:?}");
        assert!(
            skewed.describe().contains("12, 0, 0, 0"),
            "{}",
            skewed.describe()
        );
        let balanced: Vec<usize> = (0..12).map(|i| i % 4).collect();
        let even = position_skew(&singles(&balanced, 4)).expect("items");
        assert!(even.p > 0.5, "{even:?}");
    }

    #[test]
    fn a_few_items_are_not_evidence() {
        // Four questions keyed alike happen by chance in one bank of 64: no warning.
        let few = position_skew(&singles(&[0; 4], 4)).expect("items");
        assert!(few.p >= SKEW_P, "{few:?}");
    }

    #[test]
    fn multiple_choice_keys_on_the_leading_options_are_skewed() {
        let items: Vec<KeyPlacement> = (0..6)
            .map(|i| KeyPlacement {
                options: 5 + i % 2,
                keys: vec![0, 1, 2],
            })
            .collect();
        let skew = position_skew(&items).expect("items");
        assert_eq!(skew.observed, vec![6, 6, 6, 0, 0, 0]);
        assert!(skew.p < SKEW_P, "{skew:?}");
        assert!(skew
            .describe()
            .contains("expects 3.3, 3.3, 3.3, 3.3, 3.3, 1.5"));
    }

    #[test]
    fn the_longest_option_counts_only_when_lengths_differ() {
        assert!(key_is_longest(&[10, 4, 6], 0));
        assert!(
            key_is_longest(&[10, 10, 6], 1),
            "tied for longest still points at the key"
        );
        assert!(!key_is_longest(&[4, 4, 4], 0), "all alike: no cue");
        assert!(!key_is_longest(&[4, 9, 4], 0));
        assert_eq!(longest_share(&[true; 6]), None, "too few items to judge");
        let mut flags = vec![true; 6];
        flags.extend([false; 4]);
        assert_eq!(longest_share(&flags), Some((6, 10)));
        flags[0] = false;
        assert_eq!(longest_share(&flags), None, "half is not more than half");
    }
}
