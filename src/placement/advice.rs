//! Advice for the placement bank's item writers (see `crate::bank::advice`): per items file, whether the
//! keys sit in skewed option positions, and per items file and skill, whether the key is the longest
//! option in more than half of the items. Pure; `ispit validate` prints the findings as warnings.

use std::collections::BTreeMap;
use std::path::PathBuf;

use super::bank::PlacementBank;
use crate::bank::advice::{
    key_is_longest, longest_share, longest_warning, prose_length, skew_warning, KeyPlacement,
};
use crate::diagnostic::Diagnostic;

/// Findings on the bank, each reported on the first line of the items file it is about.
pub fn check(bank: &PlacementBank) -> Vec<Diagnostic> {
    let mut positions: BTreeMap<&PathBuf, Vec<KeyPlacement>> = BTreeMap::new();
    // Per file and skill: a learner at one level meets that file's items, and writers write a skill's
    // items together (reading items around their passages), so a habit shows there.
    let mut longest: BTreeMap<(&PathBuf, &str), Vec<bool>> = BTreeMap::new();
    for (text, item) in bank.texts.iter().zip(&bank.pool.items) {
        positions.entry(&text.file).or_default().push(KeyPlacement {
            options: text.options.len(),
            keys: vec![text.correct],
        });
        let lengths: Vec<usize> = text.options.iter().map(|o| prose_length(o)).collect();
        longest
            .entry((&text.file, item.skill.as_str()))
            .or_default()
            .push(key_is_longest(&lengths, text.correct));
    }
    let mut out = Vec::new();
    for (file, items) in &positions {
        out.extend(skew_warning(file, &format!("{} items", items.len()), items));
    }
    for ((file, skill), flags) in &longest {
        if let Some((n, of)) = longest_share(flags) {
            out.push(longest_warning(file, &format!("{n} of {of} {skill} items")));
        }
    }
    out
}
