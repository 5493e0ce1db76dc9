//! QTI items into bank questions, scoring as the item does.
//!
//! A QTI item scores by its response processing: `match_correct` gives 1 when the response equals the
//! correct response as a whole (the whole set or sequence for several values), else 0; `map_response`
//! sums the mapped values of the distinct values given (unlisted values take the mapping's default value)
//! and keeps the sum within the mapping's bounds. Each function below takes one interaction's shape and
//! writes the ispit question that gives every answer the same share of the item's maximum, or says why
//! ispit cannot. The question is worth the item's maximum (`MAXSCORE`, else `SCORE`'s normal maximum;
//! without either, what its best answer earns), so the points a learner earns are the item's `SCORE`.

use toml_edit::{value, Array, InlineTable, Table};

use super::{choice_options, gap_fill, matching, offered, ordering, strings, typed_gap, GapKey};
use crate::bank::pattern::{fold, Folding};
use crate::interchange::model::{
    Answer, Item, ItemType, NumericValue, QtiMapping, QtiResponse, QtiRule, QtiScoring,
};

/// Two scores equal but for floating-point noise.
fn same(a: f64, b: f64) -> bool {
    (a - b).abs() <= 1e-9 * a.abs().max(b.abs()).max(1.0)
}

/// A score as a trainer reads it: `2`, `0.5`, `-1`.
fn num(x: f64) -> String {
    let rounded = (x * 1e6).round() / 1e6;
    format!("{}", if rounded == 0.0 { 0.0 } else { rounded })
}

/// A mapped value kept within the mapping's bounds.
fn bounded(x: f64, mapping: &QtiMapping) -> f64 {
    let x = mapping.lower_bound.map_or(x, |l| x.max(l));
    mapping.upper_bound.map_or(x, |u| x.min(u))
}

/// An ispit question from a QTI item, and the points it is worth.
pub(super) fn qti_question(
    item: &Item,
    qti: &QtiScoring,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<(&'static str, f64), String> {
    if let Some(why) = &qti.unreadable {
        return Err(why.clone());
    }
    for (i, response) in qti.responses.iter().enumerate() {
        match response.rule {
            QtiRule::Unscored => {
                return Err(format!(
                    "its response processing never scores the answer to \"{}\", so QTI gives it no marks",
                    response.identifier
                ))
            }
            QtiRule::MapPoint => {
                return Err(
                    "it scores by points on an image (map_response_point), which ispit does not have"
                        .to_string(),
                )
            }
            _ => {}
        }
        if qti.responses[..i]
            .iter()
            .any(|r| r.identifier == response.identifier)
        {
            return Err(format!(
                "two of its interactions answer to the same response \"{}\": ispit scores each on its own",
                response.identifier
            ));
        }
    }
    let one = || match qti.responses.as_slice() {
        [response] => Ok(response),
        _ => Err("its interactions and responses do not match one to one".to_string()),
    };
    match item.kind {
        ItemType::SingleChoice => qti_single(item, one()?, table, attributes),
        ItemType::MultipleChoice => qti_multiple(item, one()?, table, attributes),
        ItemType::ShortAnswer => qti_short(item, one()?, table),
        ItemType::Numerical => qti_numerical(item, one()?, table),
        ItemType::Matching => qti_matching(item, one()?, table, attributes),
        ItemType::Ordering => qti_ordering(item, one()?, table, attributes),
        ItemType::GapFill => match qti.responses.as_slice() {
            [response] if response.cardinality != "single" => {
                qti_gap_match(item, response, table, attributes)
            }
            _ => qti_inline_gaps(item, &qti.responses, table, attributes),
        },
        _ => Err("a question type ispit does not have".to_string()),
    }
}

/// The item's maximum, checked against `best`, what its best answer earns: ispit's best answer earns the
/// whole question.
fn qti_maximum(item: &Item, best: f64) -> Result<f64, String> {
    let maximum = match item.points {
        Some(declared) if !same(declared, best) => {
            return Err(format!(
                "its best answer earns {}, but the item's maximum score is {}: in ispit the best answer earns the whole question",
                num(best),
                num(declared)
            ))
        }
        Some(declared) => declared,
        None => best,
    };
    if maximum.is_nan() || maximum <= 0.0 {
        return Err("no answer earns any marks".to_string());
    }
    if !same((maximum * 1000.0).round(), maximum * 1000.0) {
        return Err(format!(
            "its maximum score {maximum} has more than three decimals: ispit keeps points in thousandths"
        ));
    }
    Ok(maximum)
}

/// The mapping `response` is scored by.
fn mapping_of(response: &QtiResponse) -> Result<&QtiMapping, String> {
    response.mapping.as_ref().ok_or_else(|| {
        format!(
            "it scores the answer to \"{}\" by its mapping, but the response declares none",
            response.identifier
        )
    })
}

/// The indices of the answers the correct response names.
fn correct_answers(answers: &[Answer]) -> Vec<usize> {
    (0..answers.len())
        .filter(|i| answers[*i].correct == Some(true))
        .collect()
}

/// One choice: `match_correct`, the correct choice as the key; `map_response`, each choice's bounded
/// value over the maximum as its weight, one choice earning the maximum.
fn qti_single(
    item: &Item,
    response: &QtiResponse,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<(&'static str, f64), String> {
    let ids = choice_options(item, table, attributes)?;
    let answers = &item.answers;
    let choice_text = |i: usize| answers[i].text.clone().unwrap_or_default();
    let maximum = match response.rule {
        QtiRule::Correct { score, .. } => {
            let [key] = correct_answers(answers)[..] else {
                return Err("its correct response does not name one choice".to_string());
            };
            let maximum = qti_maximum(item, score)?;
            table.insert("correct", value(ids[key].as_str()));
            maximum
        }
        _ => {
            let mapping = mapping_of(response)?;
            let values: Vec<f64> = answers
                .iter()
                .map(|a| bounded(a.score.unwrap_or(mapping.default_value), mapping))
                .collect();
            let best = values.iter().copied().fold(f64::NEG_INFINITY, f64::max);
            let maximum = qti_maximum(item, best)?;
            let full: Vec<usize> = (0..values.len())
                .filter(|i| same(values[*i], maximum))
                .collect();
            let [key] = full[..] else {
                return Err(format!(
                    "{} choices earn the full {}: ispit's single choice has one right answer",
                    full.len(),
                    num(maximum)
                ));
            };
            if let Some(i) =
                (0..values.len()).find(|i| values[*i] < -maximum && !same(values[*i], -maximum))
            {
                return Err(format!(
                    "choosing \"{}\" costs {}, more than the item's maximum score of {}: in ispit a choice costs at most the whole question",
                    choice_text(i),
                    num(-values[i]),
                    num(maximum)
                ));
            }
            table.insert("correct", value(ids[key].as_str()));
            if (0..values.len()).any(|i| i != key && values[i] != 0.0) {
                let mut weights = InlineTable::new();
                for (i, id) in ids.iter().enumerate() {
                    if i == key {
                        weights.insert(id, 1.0.into());
                    } else if values[i] != 0.0 {
                        weights.insert(id, (values[i] / maximum).into());
                    }
                }
                table.insert("weights", value(weights));
            }
            maximum
        }
    };
    Ok(("single", maximum))
}

/// Several choices: only `map_response`, whose right choices (positive values) together earn the
/// maximum. ispit's own formula (each right choice +1/R of the maximum, each wrong one −1/W) is written
/// as a plain `multiple`, any other values as `weights`. The mapping's lower bound must be 0 (no negative
/// marking) or let the score go down to minus the maximum (negative marking), as ispit's floor does.
fn qti_multiple(
    item: &Item,
    response: &QtiResponse,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<(&'static str, f64), String> {
    if let QtiRule::Correct { .. } = response.rule {
        return Err("it gives marks only when exactly the right choices are chosen (match_correct): ispit's multiple choice gives a share for each right choice".to_string());
    }
    let ids = choice_options(item, table, attributes)?;
    let answers = &item.answers;
    let choice_text = |i: usize| answers[i].text.clone().unwrap_or_default();
    let mapping = mapping_of(response)?;
    // The bounds apply to the sum, not to each value.
    let values: Vec<f64> = answers
        .iter()
        .map(|a| a.score.unwrap_or(mapping.default_value))
        .collect();
    let right: Vec<usize> = (0..values.len()).filter(|i| values[*i] > 0.0).collect();
    let wrong = values.len() - right.len();
    let earned: f64 = right.iter().map(|i| values[*i]).sum();
    let lost: f64 = values.iter().filter(|v| **v < 0.0).sum();
    if right.is_empty() {
        return Err("no choice earns any marks".to_string());
    }
    if wrong == 0 {
        return Err(
            "every choice earns marks: ispit's multiple choice needs a wrong one".to_string(),
        );
    }
    if let Some(limit) = response.max_choices.filter(|m| *m > 0 && *m < right.len()) {
        return Err(format!(
            "a learner may choose at most {limit} of its choices, fewer than its {} right ones: ispit lets a learner choose them all",
            right.len()
        ));
    }
    let maximum = qti_maximum(item, bounded(earned, mapping))?;
    if !same(earned, maximum) {
        return Err(format!(
            "its right choices earn {} together, but its upper bound keeps the score at {}: ispit gives the right choices their whole value",
            num(earned),
            num(maximum)
        ));
    }
    if let Some(i) =
        (0..values.len()).find(|i| values[*i] < -maximum && !same(values[*i], -maximum))
    {
        return Err(format!(
            "choosing \"{}\" costs {}, more than the item's maximum score of {}: in ispit a choice costs at most the whole question",
            choice_text(i),
            num(-values[i]),
            num(maximum)
        ));
    }
    // The lowest score a learner can reach: the lower bound, or what choosing every costly choice loses.
    let floor = |bound: Option<f64>| bound.map_or(lost, |b| b.max(lost));
    let negative_marking = match mapping.lower_bound {
        Some(l) if l > 0.0 && !same(l, 0.0) => {
            return Err(format!(
                "its lower bound of {} gives marks even when no right choice is chosen: ispit gives nothing then",
                num(l)
            ))
        }
        _ if same(floor(mapping.lower_bound), 0.0) => false,
        _ if same(floor(mapping.lower_bound), floor(Some(-maximum))) => true,
        None => {
            return Err(format!(
                "its wrong choices can cost {} together, more than its maximum score of {}, with no lower bound: ispit's multiple choice stops at losing the whole question",
                num(-lost),
                num(maximum)
            ))
        }
        Some(l) => {
            return Err(format!(
                "its lower bound of {} is neither 0 nor minus its maximum score ({}): ispit's multiple choice stops at 0 or at losing the whole question",
                num(l),
                num(-maximum)
            ))
        }
    };
    let fractions: Vec<f64> = values.iter().map(|v| v / maximum).collect();
    let plain = crate::bank::is_unweighted(&fractions, 1e-9);
    table.insert(
        "correct",
        value(strings(right.iter().map(|i| ids[*i].clone()))),
    );
    if negative_marking {
        table.insert("negative_marking", value(true));
    }
    if !plain {
        let mut weights = InlineTable::new();
        for (i, id) in ids.iter().enumerate() {
            if values[i] != 0.0 {
                weights.insert(id, (values[i] / maximum).into());
            }
        }
        table.insert("weights", value(weights));
    }
    Ok(("multiple", maximum))
}

/// An answer that ispit's short answer could not take as QTI gives it: `*` is ispit's wildcard.
fn check_literal(text: &str) -> Result<(), String> {
    if text.contains('*') {
        return Err(format!(
            "the answer `{text}` contains `*`, which ispit reads as \"any text\""
        ));
    }
    Ok(())
}

/// A typed text: `match_correct`, the correct value (compared exactly: with case and accents); a mapping,
/// each listed value by its bounded value: the maximum in `accept`, less in `partial`. Values ispit
/// would read as the same answer (it collapses spaces and reads Cyrillic as Latin) must earn the same.
fn qti_short(
    item: &Item,
    response: &QtiResponse,
    table: &mut Table,
) -> Result<(&'static str, f64), String> {
    if response.cardinality != "single" {
        return Err(
            "its text entry takes several values: ispit's short answer takes one".to_string(),
        );
    }
    let text_of = |a: &Answer| a.text.clone().unwrap_or_default();
    let (maximum, accept, partial, case_sensitive) = match response.rule {
        QtiRule::Correct { score, .. } => {
            let keys: Vec<String> = correct_answers(&item.answers)
                .into_iter()
                .map(|i| text_of(&item.answers[i]))
                .collect();
            if keys.is_empty() {
                return Err("its correct response gives no answer".to_string());
            }
            (qti_maximum(item, score)?, keys, Vec::new(), true)
        }
        _ => {
            let mapping = mapping_of(response)?;
            let (listed, maximum) = qti_mapped(item, mapping)?;
            let case_sensitive = mapping.case_sensitive.ok_or(
                "some of its answers are compared with case and others without: ispit compares all of a question's answers one way",
            )?;
            let folding = Folding {
                case_sensitive,
                diacritics_sensitive: true,
            };
            for (i, (a, x)) in listed.iter().enumerate() {
                for (b, y) in &listed[..i] {
                    if !same(*x, *y) && fold(a, folding) == fold(b, folding) {
                        return Err(format!(
                            "the answers `{b}` and `{a}` earn different marks, but ispit would take them for the same answer (it collapses spaces, reads Cyrillic as Latin{})",
                            if case_sensitive { "" } else { " and ignores case" }
                        ));
                    }
                }
            }
            let mut accept = Vec::new();
            let mut partial = Vec::new();
            for (text, x) in listed {
                if same(x, maximum) {
                    accept.push(text);
                } else if x > 0.0 {
                    partial.push((text, x / maximum));
                }
            }
            (maximum, accept, partial, case_sensitive)
        }
    };
    for text in accept.iter().chain(partial.iter().map(|(t, _)| t)) {
        check_literal(text)?;
    }
    table.insert("accept", value(strings(accept)));
    if !partial.is_empty() {
        let mut entries = Array::new();
        for (text, fraction) in partial {
            let mut entry = InlineTable::new();
            entry.insert("pattern", text.as_str().into());
            entry.insert("fraction", fraction.into());
            entries.push(entry);
        }
        table.insert("partial", value(entries));
    }
    table.insert("case_sensitive", value(case_sensitive));
    table.insert("diacritics_sensitive", value(true));
    Ok(("short", maximum))
}

/// The typed values a mapping lists (by their text, or their number as written) with their bounded
/// values, and the item's maximum. Unlisted values must earn nothing and no value may cost marks, as
/// in ispit's typed answers.
fn qti_mapped(item: &Item, mapping: &QtiMapping) -> Result<(Vec<(String, f64)>, f64), String> {
    let unlisted = bounded(mapping.default_value, mapping);
    if !same(unlisted, 0.0) {
        return Err(format!(
            "any answer it does not list earns {} (its mapping's default value): ispit gives other answers nothing",
            num(unlisted)
        ));
    }
    let listed: Vec<(String, f64)> = item
        .answers
        .iter()
        .filter_map(|a| {
            let text = match a.value {
                Some(NumericValue::Number(x)) => x.to_string(),
                _ => a.text.clone().unwrap_or_default(),
            };
            Some((text, bounded(a.score?, mapping)))
        })
        .collect();
    if let Some((text, x)) = listed.iter().find(|(_, x)| *x < 0.0 && !same(*x, 0.0)) {
        return Err(format!(
            "the answer `{text}` costs {}: ispit's typed answers cannot cost marks",
            num(-x)
        ));
    }
    let best = listed.iter().map(|(_, x)| *x).fold(0.0, f64::max);
    Ok((listed, qti_maximum(item, best)?))
}

/// A typed number: `match_correct` (or `equal` within a tolerance), the correct value; a mapping, the
/// one value earning the maximum as the answer, those earning less as `partial`, all exact.
fn qti_numerical(
    item: &Item,
    response: &QtiResponse,
    table: &mut Table,
) -> Result<(&'static str, f64), String> {
    if response.cardinality != "single" {
        return Err(
            "its text entry takes several values: ispit's numerical question takes one".to_string(),
        );
    }
    let number = |a: &Answer| match a.value {
        Some(NumericValue::Number(x)) => Some(x),
        _ => None,
    };
    let (maximum, answer, tolerance, partial) = match response.rule {
        QtiRule::Correct { score, tolerance } => {
            let keys = correct_answers(&item.answers);
            let [key] = keys[..] else {
                return Err("its correct response does not give one number".to_string());
            };
            let answer = &item.answers[key];
            let value = number(answer).ok_or("its correct response is not a number")?;
            let tolerance = if tolerance {
                answer.tolerance.unwrap_or(0.0)
            } else {
                0.0
            };
            (qti_maximum(item, score)?, value, tolerance, Vec::new())
        }
        _ => {
            let mapping = mapping_of(response)?;
            let (_, maximum) = qti_mapped(item, mapping)?;
            let mut full = Vec::new();
            let mut partial = Vec::new();
            for a in &item.answers {
                let (Some(x), Some(score)) = (number(a), a.score) else {
                    continue;
                };
                let earned = bounded(score, mapping);
                if same(earned, maximum) {
                    full.push(x);
                } else if earned > 0.0 {
                    partial.push((x, earned / maximum));
                }
            }
            let [answer] = full[..] else {
                return Err(format!(
                    "{} values earn full marks: ispit's numerical question has one",
                    full.len()
                ));
            };
            (maximum, answer, 0.0, partial)
        }
    };
    table.insert("answer", value(answer));
    table.insert("tolerance", value(tolerance));
    if !partial.is_empty() {
        let mut entries = Array::new();
        for (answer, fraction) in partial {
            let mut entry = InlineTable::new();
            entry.insert("answer", answer.into());
            entry.insert("tolerance", 0.0.into());
            entry.insert("fraction", fraction.into());
            entries.push(entry);
        }
        table.insert("partial", value(entries));
    }
    Ok(("numerical", maximum))
}

/// Inline choices, one response per gap, each scored on its own (`match_correct` on a single inline
/// choice, or a written-out sum): each gap's right choice must earn the same share of the maximum and
/// its other choices nothing, as ispit shares a gap fill's marks equally between right-or-wrong gaps.
fn qti_inline_gaps(
    item: &Item,
    responses: &[QtiResponse],
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<(&'static str, f64), String> {
    if responses.len() != item.gaps.len() {
        return Err("its interactions and responses do not match one to one".to_string());
    }
    let mut keys = Vec::new();
    let mut shares = Vec::new();
    for (n, (gap, response)) in item.gaps.iter().zip(responses).enumerate() {
        if offered(item, gap).is_empty() {
            // A text entry: scored as a text entry item of its own would be.
            let (key, share) = typed_gap(n, item, gap, |sub, table| {
                let (_, maximum) = if sub.kind == ItemType::Numerical {
                    qti_numerical(sub, response, table)?
                } else {
                    qti_short(sub, response, table)?
                };
                Ok(maximum)
            })?;
            keys.push(Some(key));
            shares.push(share);
            continue;
        }
        let (key, share) = match response.rule {
            QtiRule::Correct { score, .. } => {
                let [key] = correct_answers(&gap.answers)[..] else {
                    return Err(format!(
                        "the correct response of gap {} does not name one choice",
                        n + 1
                    ));
                };
                (gap.answers[key].text.clone().unwrap_or_default(), score)
            }
            _ => {
                let mapping = mapping_of(response)?;
                let values: Vec<(&String, f64)> = offered(item, gap)
                    .into_iter()
                    .map(|option| {
                        let score = gap
                            .answers
                            .iter()
                            .find(|a| a.text.as_ref() == Some(option))
                            .and_then(|a| a.score);
                        (
                            option,
                            bounded(score.unwrap_or(mapping.default_value), mapping),
                        )
                    })
                    .collect();
                let best = values.iter().map(|(_, x)| *x).fold(0.0, f64::max);
                let full: Vec<&String> = values
                    .iter()
                    .filter(|(_, x)| *x > 0.0 && same(*x, best))
                    .map(|(t, _)| *t)
                    .collect();
                let [key] = full[..] else {
                    return Err(format!(
                        "gap {} has {} right choices: ispit's gaps have one",
                        n + 1,
                        full.len()
                    ));
                };
                if let Some((text, x)) = values.iter().find(|(t, x)| *t != key && *x != 0.0) {
                    return Err(format!(
                        "in gap {}, \"{text}\" earns {}: ispit's gaps are right or wrong",
                        n + 1,
                        num(*x)
                    ));
                }
                (key.clone(), best)
            }
        };
        keys.push(Some(GapKey::Choice(key)));
        shares.push(share);
    }
    let maximum = qti_maximum(item, equal_shares(&shares, "gap")?)?;
    let kind = gap_fill(
        item,
        |n, _, _| keys[n].take().ok_or_else(|| "a gap read twice".to_string()),
        table,
        attributes,
    )?;
    Ok((kind, maximum))
}

/// What equal `shares` (of gaps or pairs) earn together; refused when they differ.
fn equal_shares(shares: &[f64], what: &str) -> Result<f64, String> {
    let first = shares.first().copied().unwrap_or(0.0);
    if let Some(k) = shares.iter().position(|s| !same(*s, first)) {
        return Err(format!(
            "{what} {} earns {} where {what} 1 earns {}: ispit shares a question's marks equally between its {what}s",
            k + 1,
            num(shares[k]),
            num(first)
        ));
    }
    Ok(first * shares.len() as f64)
}

/// The sum of a mapping over pairs or gaps runs from 0 to `top`: the bounds must not cut into it.
fn check_bounds(mapping: &QtiMapping, top: f64) -> Result<(), String> {
    if !same(bounded(0.0, mapping), 0.0) {
        return Err(format!(
            "its lower bound gives {} even to a wrong answer: ispit gives it nothing",
            num(bounded(0.0, mapping))
        ));
    }
    if !same(bounded(top, mapping), top) {
        return Err(format!(
            "its upper bound keeps the score at {}, below the {} its right answers earn together",
            num(bounded(top, mapping)),
            num(top)
        ));
    }
    Ok(())
}

/// A gap match (one response of word–gap pairs): `match_correct` only with one gap (with several it is
/// all or nothing); a mapping, each gap's right word earning the same share and any other word nothing.
fn qti_gap_match(
    item: &Item,
    response: &QtiResponse,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<(&'static str, f64), String> {
    let mut keys = Vec::new();
    let maximum = match response.rule {
        QtiRule::Correct { score, .. } => {
            if item.gaps.len() > 1 {
                return Err("it gives marks only when every gap is right (match_correct): ispit's gap fill gives a share for each right gap".to_string());
            }
            for (n, gap) in item.gaps.iter().enumerate() {
                let [key] = correct_answers(&gap.answers)[..] else {
                    return Err(format!(
                        "the correct response does not name one word for gap {}",
                        n + 1
                    ));
                };
                keys.push(gap.answers[key].text.clone().unwrap_or_default());
            }
            qti_maximum(item, score)?
        }
        _ => {
            let mapping = mapping_of(response)?;
            let mut shares = Vec::new();
            for n in 0..item.gaps.len() {
                let marker = format!("[[{}]]", n + 1);
                let values: Vec<(&String, f64)> = item
                    .choices
                    .iter()
                    .map(|word| {
                        let mapped = mapping
                            .pairs
                            .iter()
                            .find(|p| &p.left == word && p.right == marker)
                            .map_or(mapping.default_value, |p| p.value);
                        (word, mapped)
                    })
                    .collect();
                let right: Vec<&(&String, f64)> = values.iter().filter(|(_, x)| *x > 0.0).collect();
                let [(key, share)] = right[..] else {
                    return Err(format!(
                        "{} words earn marks in gap {}: ispit's gaps have one right word",
                        right.len(),
                        n + 1
                    ));
                };
                if let Some((word, x)) = values.iter().find(|(_, x)| *x < 0.0) {
                    return Err(format!(
                        "\"{word}\" in gap {} costs {}: ispit's gaps are right or wrong",
                        n + 1,
                        num(-x)
                    ));
                }
                keys.push((*key).clone());
                shares.push(*share);
            }
            let top = equal_shares(&shares, "gap")?;
            check_bounds(mapping, top)?;
            qti_maximum(item, top)?
        }
    };
    let kind = gap_fill(
        item,
        |n, _, _| Ok(GapKey::Choice(keys[n].clone())),
        table,
        attributes,
    )?;
    Ok((kind, maximum))
}

/// A match: only a mapping giving each right pair the same share and any other pair nothing
/// (`match_correct` is all or nothing).
fn qti_matching(
    item: &Item,
    response: &QtiResponse,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<(&'static str, f64), String> {
    let maximum = match response.rule {
        QtiRule::Correct { score, .. } => {
            if item.pairs.len() > 1 {
                return Err("it gives marks only when every pair is right (match_correct): ispit's matching gives a share for each right pair".to_string());
            }
            qti_maximum(item, score)?
        }
        _ => {
            let mapping = mapping_of(response)?;
            let value_of = |left: &str, right: &str| {
                mapping
                    .pairs
                    .iter()
                    .find(|p| p.left == left && p.right == right)
                    .map_or(mapping.default_value, |p| p.value)
            };
            let shares: Vec<f64> = item
                .pairs
                .iter()
                .map(|p| value_of(&p.left, &p.right))
                .collect();
            let top = equal_shares(&shares, "pair")?;
            let is_right =
                |l: &str, r: &str| item.pairs.iter().any(|p| p.left == l && p.right == r);
            if let Some(p) = mapping
                .pairs
                .iter()
                .find(|p| p.value != 0.0 && !is_right(&p.left, &p.right))
            {
                return Err(format!(
                    "the pair \"{}\" – \"{}\" earns {} though it is not a right pair: ispit's other pairs earn nothing",
                    p.left,
                    p.right,
                    num(p.value)
                ));
            }
            if mapping.default_value != 0.0 {
                return Err(format!(
                    "any pair it does not list earns {} (its mapping's default value): ispit's other pairs earn nothing",
                    num(mapping.default_value)
                ));
            }
            check_bounds(mapping, top)?;
            qti_maximum(item, top)?
        }
    };
    Ok((matching(item, table, attributes)?, maximum))
}

/// An order: `match_correct` is ispit's all-or-nothing ordering; a mapping adds up the items placed
/// whatever their order.
fn qti_ordering(
    item: &Item,
    response: &QtiResponse,
    table: &mut Table,
    attributes: &mut Vec<(String, String)>,
) -> Result<(&'static str, f64), String> {
    let QtiRule::Correct { score, .. } = response.rule else {
        return Err("it scores the order by a mapping (map_response), which adds up the items placed whatever their order: ispit scores the order itself".to_string());
    };
    let maximum = qti_maximum(item, score)?;
    let kind = ordering(item, table, attributes)?;
    table.insert("ordering_scoring", value("all-or-nothing"));
    Ok((kind, maximum))
}
