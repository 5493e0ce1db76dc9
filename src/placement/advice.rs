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

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;

    const SETTINGS: &str = "format = 1\nmin_items = 2\nmax_items = 10\nlevel_confidence = 0.75\n\
        indifference = 0.35\nalpha = 0.075\nprior_mean = 0.0\nprior_sd = 1.2\nskill_se_limit = 0.6\n\
        skills = { grammar = 1.0 }\n\
        cuts = { below_a1 = -2.8, a1_a2 = -1.8, a2_b1 = -0.7, b1_b2 = 0.4, b2_c1 = 1.5, c1_c2 = 2.5 }\n";

    /// Twelve grammar items whose key sits at `key(i)` of four options, "longer" keyed when `long`.
    fn bank(key: impl Fn(usize) -> usize, long: bool) -> PlacementBank {
        let mut items = String::from("format = 1\n");
        for i in 0..12 {
            let mut options: Vec<String> = (0..4).map(|o| format!("w{o}")).collect();
            if long {
                options[key(i)] = format!("w{} and more", key(i));
            }
            items.push_str(&format!(
                "\n[[items]]\nid = \"a2-g-{i}\"\nlevel = \"A2\"\nskill = \"grammar\"\nb = -1.0\n\
                 stem = \"Item {i} ___.\"\noptions = {options:?}\ncorrect = {:?}\n",
                options[key(i)]
            ));
        }
        super::super::bank::parse(
            (Path::new("placement.toml"), SETTINGS),
            None,
            &[(PathBuf::from("items-a2.toml"), items)],
        )
        .expect("valid bank")
    }

    #[test]
    fn keys_always_first_and_always_longest_are_both_reported_on_their_file() {
        let warnings: Vec<String> = check(&bank(|_| 0, true))
            .iter()
            .map(|d| d.to_string())
            .collect();
        assert_eq!(warnings.len(), 2, "{warnings:?}");
        assert!(warnings[0].starts_with(
            "items-a2.toml:1:1: the keys of 12 items sit in skewed positions, keys by option position 1–4: 12, 0, 0, 0"
        ), "{warnings:?}");
        assert!(warnings[1].starts_with(
            "items-a2.toml:1:1: the key is the longest option in 12 of 12 grammar items"
        ));
    }

    #[test]
    fn balanced_keys_of_even_length_draw_nothing() {
        assert!(check(&bank(|i| i % 4, false)).is_empty());
    }
}
