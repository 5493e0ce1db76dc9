//! A learner's answer to one question, parsed from a form or JSON and checked against the question,
//! so nothing malformed is ever stored or scored.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::paper::PaperQuestion;
use super::shown::{ShownAnswer, ShownGap};
use crate::bank::pattern::Pattern;
use crate::bank::{Gap, Question, QuestionKind};
use crate::i18n::format::{format_decimal, parse_decimal};
use crate::i18n::Locale;
use crate::ids::ChoiceId;

/// Longest short answer kept; anything longer is refused rather than cut.
pub const MAX_TEXT_CHARS: usize = 500;
/// Longest essay kept (some 3,000 words); anything longer is refused rather than cut.
pub const MAX_ESSAY_CHARS: usize = 20_000;

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(tag = "type", content = "value", rename_all = "kebab-case")]
pub enum Answer {
    Single(ChoiceId),
    Multiple(BTreeSet<ChoiceId>),
    TrueFalse(bool),
    Short(String),
    /// The number as typed (shown back to the learner) and its value.
    Numerical {
        text: String,
        value: f64,
    },
    Matching(BTreeMap<ChoiceId, ChoiceId>),
    GapFill(BTreeMap<ChoiceId, GapAnswer>),
    /// Item ids in the learner's order.
    Ordering(Vec<ChoiceId>),
    /// An essay's text, as typed.
    Essay(String),
}

/// What a learner put in one gap: the id of a choice, or what was typed (words, or a number read in the
/// attempt's locale when scored). Untagged so that answers stored before typed gaps (`"g1": "b"`) read the
/// same.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum GapAnswer {
    Choice(ChoiceId),
    Typed { text: String },
}

/// Longest number typed in a numerical question or gap.
pub const MAX_NUMBER_CHARS: usize = 64;

/// Why an answer was refused; each maps to a localized message.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum AnswerError {
    #[error("the answer does not fit this question's type")]
    WrongType,
    #[error("a choice that this question does not offer")]
    UnknownChoice,
    #[error("not a number")]
    NotANumber,
    #[error("the answer is too long")]
    TooLong,
    #[error("each position must be used once")]
    BadOrder,
}

impl AnswerError {
    /// The Fluent message id explaining this error to a learner.
    pub fn message_id(self) -> &'static str {
        match self {
            AnswerError::WrongType | AnswerError::UnknownChoice => "answer-error-invalid-choice",
            AnswerError::NotANumber => "answer-error-not-a-number",
            AnswerError::TooLong => "answer-error-too-long",
            AnswerError::BadOrder => "answer-error-bad-order",
        }
    }
}

impl Answer {
    /// Whether `answer` is an essay with something written in it: only those await an instructor's grade
    /// (a blank essay scores 0, as in Moodle).
    pub fn is_written_essay(answer: Option<&Answer>) -> bool {
        matches!(answer, Some(Answer::Essay(t)) if !t.trim().is_empty())
    }

    /// Checks an answer (e.g. from the JSON API) against its question.
    pub fn check(&self, question: &Question) -> Result<(), AnswerError> {
        let known = |ids: &[ChoiceId], id: &ChoiceId| {
            if ids.contains(id) {
                Ok(())
            } else {
                Err(AnswerError::UnknownChoice)
            }
        };
        match (&question.kind, self) {
            (QuestionKind::Single { options, .. }, Answer::Single(c)) => known(options, c),
            (QuestionKind::Multiple { options, .. }, Answer::Multiple(set)) => {
                set.iter().try_for_each(|c| known(options, c))
            }
            (QuestionKind::TrueFalse { .. }, Answer::TrueFalse(_)) => Ok(()),
            (QuestionKind::Short { .. }, Answer::Short(text)) => at_most(text, MAX_TEXT_CHARS),
            (QuestionKind::Numerical { .. }, Answer::Numerical { text, value }) => {
                if !value.is_finite() {
                    Err(AnswerError::NotANumber)
                } else {
                    at_most(text, MAX_NUMBER_CHARS)
                }
            }
            (QuestionKind::Matching { left, right, .. }, Answer::Matching(map)) => map
                .iter()
                .try_for_each(|(l, r)| known(left, l).and(known(right, r))),
            (QuestionKind::GapFill { gaps }, Answer::GapFill(map)) => {
                map.iter()
                    .try_for_each(|(g, given)| match (gaps.get(g), given) {
                        (Some(Gap::Choice { options, .. }), GapAnswer::Choice(c)) => {
                            known(options, c)
                        }
                        (Some(Gap::Text { .. }), GapAnswer::Typed { text }) => {
                            at_most(text, MAX_TEXT_CHARS)
                        }
                        (Some(Gap::Number { .. }), GapAnswer::Typed { text }) => {
                            at_most(text, MAX_NUMBER_CHARS)
                        }
                        (Some(_), _) => Err(AnswerError::WrongType),
                        (None, _) => Err(AnswerError::UnknownChoice),
                    })
            }
            (QuestionKind::Essay, Answer::Essay(text)) => at_most(text, MAX_ESSAY_CHARS),
            (QuestionKind::Ordering { items, .. }, Answer::Ordering(order)) => {
                let mut a = order.clone();
                a.sort();
                let mut b = items.clone();
                b.sort();
                if a == b {
                    Ok(())
                } else {
                    Err(AnswerError::BadOrder)
                }
            }
            _ => Err(AnswerError::WrongType),
        }
    }

    /// Parses the form fields of one question (`a.<number>` and `a.<number>.<part>` values, keys already
    /// stripped to the part) and maps the shown positions they carry back through the paper question.
    /// `Ok(None)` means left unanswered.
    pub fn from_form(
        question: &Question,
        pq: &PaperQuestion,
        values: &[(&str, &str)],
        locale: Locale,
    ) -> Result<Option<Answer>, AnswerError> {
        ShownAnswer::from_form(question, values, locale)?
            .map(|shown| shown.resolve(question, pq, locale))
            .transpose()
    }
}

/// Refuses text longer than `limit` characters.
fn at_most(text: &str, limit: usize) -> Result<(), AnswerError> {
    if text.chars().count() > limit {
        Err(AnswerError::TooLong)
    } else {
        Ok(())
    }
}

impl ShownAnswer {
    /// Reads one question's form fields as shown positions (or text), without the paper.
    pub fn from_form(
        question: &Question,
        values: &[(&str, &str)],
        locale: Locale,
    ) -> Result<Option<ShownAnswer>, AnswerError> {
        let whole: Vec<&str> = values
            .iter()
            .filter(|(part, _)| part.is_empty())
            .map(|(_, v)| *v)
            .filter(|v| !v.trim().is_empty())
            .collect();
        let number = |v: &str| {
            v.trim()
                .parse::<usize>()
                .map_err(|_| AnswerError::UnknownChoice)
        };
        // Parts by number; an empty value is a part left unanswered.
        let parts = || -> Result<BTreeMap<usize, &str>, AnswerError> {
            let mut out = BTreeMap::new();
            for (part, v) in values.iter().filter(|(p, _)| !p.is_empty()) {
                let n = number(part)?;
                if !v.is_empty() {
                    out.insert(n, *v);
                }
            }
            Ok(out)
        };
        let pairs = || -> Result<BTreeMap<usize, usize>, AnswerError> {
            parts()?
                .into_iter()
                .map(|(k, v)| Ok((k, number(v)?)))
                .collect()
        };
        let answer = match &question.kind {
            QuestionKind::Single { .. } => match whole.as_slice() {
                [] => None,
                [v] => Some(ShownAnswer::Single(number(v)?)),
                _ => return Err(AnswerError::WrongType),
            },
            QuestionKind::Multiple { .. } => {
                let set = whole
                    .iter()
                    .map(|v| number(v))
                    .collect::<Result<BTreeSet<_>, _>>()?;
                (!set.is_empty()).then_some(ShownAnswer::Multiple(set))
            }
            QuestionKind::TrueFalse { .. } => match whole.as_slice() {
                [] => None,
                ["true"] => Some(ShownAnswer::TrueFalse(true)),
                ["false"] => Some(ShownAnswer::TrueFalse(false)),
                _ => return Err(AnswerError::WrongType),
            },
            QuestionKind::Short { .. } => match whole.as_slice() {
                [] => None,
                [v] => Some(ShownAnswer::Short(v.trim().to_string())),
                _ => return Err(AnswerError::WrongType),
            },
            QuestionKind::Numerical { .. } => match whole.as_slice() {
                [] => None,
                [v] => {
                    let value = parse_decimal(v, locale).ok_or(AnswerError::NotANumber)?;
                    Some(ShownAnswer::Numerical {
                        text: v.trim().to_string(),
                        value,
                    })
                }
                _ => return Err(AnswerError::WrongType),
            },
            QuestionKind::Matching { .. } => {
                let map = pairs()?;
                (!map.is_empty()).then_some(ShownAnswer::Matching(map))
            }
            QuestionKind::GapFill { gaps } => {
                // A typed gap's text is kept as typed (trimmed); a chosen gap's value is a position.
                let typed: Vec<bool> = gaps.values().map(Gap::is_typed).collect();
                let mut map = BTreeMap::new();
                for (gap, v) in parts()? {
                    let shown = match typed.get(gap.wrapping_sub(1)) {
                        Some(true) if v.trim().is_empty() => continue,
                        Some(true) => ShownGap::Typed(v.trim().to_string()),
                        _ => ShownGap::Choice(number(v)?),
                    };
                    map.insert(gap, shown);
                }
                (!map.is_empty()).then_some(ShownAnswer::GapFill(map))
            }
            QuestionKind::Ordering { items, .. } => {
                // Item number → the place the learner gave it.
                let places = parts()?;
                if places.is_empty() {
                    None
                } else {
                    let mut ranked = Vec::new();
                    for (item, v) in places {
                        let place: usize = v.trim().parse().map_err(|_| AnswerError::BadOrder)?;
                        ranked.push((place, item));
                    }
                    ranked.sort();
                    let valid = ranked.len() == items.len()
                        && ranked.iter().enumerate().all(|(i, (p, _))| *p == i + 1);
                    if !valid {
                        return Err(AnswerError::BadOrder);
                    }
                    Some(ShownAnswer::Ordering(
                        ranked.into_iter().map(|(_, item)| item).collect(),
                    ))
                }
            }
            // Kept as typed (line breaks and all); only blank text is no answer.
            QuestionKind::Essay => match whole.as_slice() {
                [] => None,
                [v] => Some(ShownAnswer::Essay(v.replace("\r\n", "\n"))),
                _ => return Err(AnswerError::WrongType),
            },
            // Nothing to answer: any value sent is refused.
            QuestionKind::Description => match whole.as_slice() {
                [] if values.iter().all(|(part, _)| part.is_empty()) => None,
                _ => return Err(AnswerError::WrongType),
            },
        };
        Ok(answer)
    }
}

/// The answer the key expects: shown beside the learner's when the review allows it. For a short answer,
/// the first pattern (for the locale, else general) without its wildcards; in a Cyrillic locale, a locale
/// pattern with no Cyrillic letter is skipped: it exists only to accept Cyrillic typing after
/// transliteration (`CMV` for ЦМВ when the key is CMW) and is never the answer to show.
pub fn key_answer(question: &Question) -> Option<Answer> {
    key_answer_in(question, Locale::En)
}

/// `None` for a description, which has nothing to answer, and an essay, which has no key.
pub fn key_answer_in(question: &Question, locale: Locale) -> Option<Answer> {
    Some(match &question.kind {
        QuestionKind::Single { correct, .. } => Answer::Single(correct.clone()),
        QuestionKind::Multiple { correct, .. } => Answer::Multiple(correct.clone()),
        QuestionKind::TrueFalse { correct } => Answer::TrueFalse(*correct),
        QuestionKind::Short {
            accept,
            accept_by_locale,
            ..
        } => Answer::Short(key_pattern(accept, accept_by_locale, locale)),
        QuestionKind::Numerical { answer, .. } => Answer::Numerical {
            text: answer.to_string(),
            value: *answer,
        },
        QuestionKind::Matching { pairs, .. } => Answer::Matching(pairs.clone()),
        QuestionKind::GapFill { gaps } => Answer::GapFill(
            gaps.iter()
                .map(|(g, gap)| {
                    let key = match gap {
                        Gap::Choice { correct, .. } => GapAnswer::Choice(correct.clone()),
                        Gap::Text {
                            accept,
                            accept_by_locale,
                            ..
                        } => GapAnswer::Typed {
                            text: key_pattern(accept, accept_by_locale, locale),
                        },
                        Gap::Number { answer, .. } => GapAnswer::Typed {
                            text: format_decimal(*answer, 4, locale),
                        },
                    };
                    (g.clone(), key)
                })
                .collect(),
        ),
        QuestionKind::Ordering { items, .. } => Answer::Ordering(items.clone()),
        QuestionKind::Description | QuestionKind::Essay => return None,
    })
}

/// The words a key shows: the first pattern (for the locale, else general) without its wildcards. In a
/// Cyrillic locale, a locale pattern with no Cyrillic letter is skipped (it only accepts Cyrillic typing
/// after transliteration).
fn key_pattern(
    accept: &[Pattern],
    accept_by_locale: &BTreeMap<Locale, Vec<Pattern>>,
    locale: Locale,
) -> String {
    accept_by_locale
        .get(&locale.source())
        .into_iter()
        .flatten()
        .filter(|p| !locale.source().writes_cyrillic() || p.source().chars().any(is_cyrillic))
        .chain(accept)
        .next()
        .map(|p| p.source().replace('*', "").trim().to_string())
        .unwrap_or_default()
}

fn is_cyrillic(c: char) -> bool {
    matches!(c, '\u{0400}'..='\u{04FF}')
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assessment::test_support::{demo_course, question};

    /// The question as drawn without shuffling: shown positions are bank positions.
    fn unshuffled(q: &Question) -> PaperQuestion {
        PaperQuestion {
            id: q.id.clone(),
            order: Vec::new(),
            gap_orders: BTreeMap::new(),
        }
    }

    fn from_form(
        q: &Question,
        values: &[(&str, &str)],
        locale: Locale,
    ) -> Result<Option<Answer>, AnswerError> {
        Answer::from_form(q, &unshuffled(q), values, locale)
    }

    #[test]
    fn parses_each_type_from_form_fields() {
        let course = demo_course();
        let q = |id| question(&course, id);
        assert_eq!(
            from_form(q("single"), &[("", "2")], Locale::En),
            Ok(Some(Answer::Single("b".parse().expect("id"))))
        );
        assert_eq!(from_form(q("single"), &[], Locale::En), Ok(None));
        assert_eq!(
            from_form(q("single"), &[("", "9")], Locale::En),
            Err(AnswerError::UnknownChoice)
        );
        let multi = from_form(q("multiple"), &[("", "1"), ("", "3")], Locale::En);
        assert!(matches!(multi, Ok(Some(Answer::Multiple(s))) if s.len() == 2));
        assert_eq!(
            from_form(q("truefalse"), &[("", "false")], Locale::En),
            Ok(Some(Answer::TrueFalse(false)))
        );
        assert_eq!(
            from_form(q("numerical"), &[("", "1951,5")], Locale::Hr),
            Ok(Some(Answer::Numerical {
                text: "1951,5".into(),
                value: 1951.5
            }))
        );
        assert_eq!(
            from_form(q("numerical"), &[("", "nineteen")], Locale::En),
            Err(AnswerError::NotANumber)
        );
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            from_form(q("short"), &[("", long.as_str())], Locale::En),
            Err(AnswerError::TooLong)
        );
        let m = from_form(q("matching"), &[("1", "2"), ("2", "")], Locale::En);
        assert!(matches!(m, Ok(Some(Answer::Matching(map))) if map.len() == 1));
        assert_eq!(
            from_form(q("matching"), &[("9", "2")], Locale::En),
            Err(AnswerError::UnknownChoice)
        );
        let g = from_form(q("gapfill"), &[("1", "1"), ("2", "1")], Locale::En);
        assert!(matches!(g, Ok(Some(Answer::GapFill(map))) if map.len() == 2));
    }

    #[test]
    fn a_cyrillic_locale_never_shows_a_latin_pattern_kept_for_transliterated_typing() {
        use crate::bank::pattern::Pattern;
        let course = demo_course();
        let mut q = question(&course, "short").clone();
        let QuestionKind::Short {
            accept_by_locale,
            folding,
            ..
        } = &mut q.kind
        else {
            panic!("a short question");
        };
        let p = |s: &str| Pattern::new(s, *folding);
        accept_by_locale.insert(Locale::SrCyrl, vec![p("UNHCR-a"), p("Високи комесаријат*")]);
        accept_by_locale.insert(Locale::Mk, vec![p("*UNHCR-ot*")]);
        accept_by_locale.insert(Locale::Hr, vec![p("UNHCR-a")]);
        let shown = |l| match key_answer_in(&q, l) {
            Some(Answer::Short(s)) => s,
            other => panic!("{other:?}"),
        };
        assert_eq!(shown(Locale::SrCyrl), "Високи комесаријат");
        assert_eq!(
            shown(Locale::SrLatn),
            "Високи комесаријат",
            "from sr-Cyrl, transliterated when shown"
        );
        assert_eq!(
            shown(Locale::Mk),
            "UNHCR",
            "only a Latin helper: the general key"
        );
        assert_eq!(
            shown(Locale::Hr),
            "UNHCR-a",
            "a Latin locale shows its own first pattern"
        );
        assert_eq!(shown(Locale::En), "UNHCR");
    }

    /// An essay is kept as typed, line breaks as the browser sends them made plain; a blank one is no
    /// answer. A description takes no value at all.
    #[test]
    fn essays_and_descriptions_from_form_fields() {
        let course = demo_course();
        let mut essay = question(&course, "short").clone();
        essay.kind = QuestionKind::Essay;
        let en = Locale::En;
        assert_eq!(from_form(&essay, &[], en), Ok(None));
        assert_eq!(from_form(&essay, &[("", " \r\n ")], en), Ok(None));
        assert_eq!(
            from_form(
                &essay,
                &[("", "Not binding.\r\nBut it adds a review forum.")],
                en
            ),
            Ok(Some(Answer::Essay(
                "Not binding.\nBut it adds a review forum.".to_string()
            )))
        );
        assert_eq!(
            from_form(&essay, &[("", "one"), ("", "two")], en),
            Err(AnswerError::WrongType)
        );
        let mut description = essay.clone();
        description.kind = QuestionKind::Description;
        assert_eq!(from_form(&description, &[], en), Ok(None));
        assert_eq!(from_form(&description, &[("", " ")], en), Ok(None));
        for sent in [&[("", "x")][..], &[("1", "")][..]] {
            assert_eq!(
                from_form(&description, sent, en),
                Err(AnswerError::WrongType),
                "{sent:?}"
            );
        }
    }

    #[test]
    fn ordering_needs_each_position_once() {
        let course = demo_course();
        let q = question(&course, "ordering");
        let ok = from_form(q, &[("1", "2"), ("2", "3"), ("3", "1")], Locale::En);
        assert_eq!(
            ok,
            Ok(Some(Answer::Ordering(vec![
                "i3".parse().expect("id"),
                "i1".parse().expect("id"),
                "i2".parse().expect("id")
            ])))
        );
        for bad in [
            vec![("1", "1"), ("2", "1"), ("3", "2")],
            vec![("1", "1"), ("2", "2")],
            vec![("1", "1"), ("2", "2"), ("3", "9")],
            vec![("1", "x"), ("2", "2"), ("3", "3")],
        ] {
            assert_eq!(from_form(q, &bad, Locale::En), Err(AnswerError::BadOrder));
        }
    }

    #[test]
    fn json_answers_are_checked_against_the_question() {
        let course = demo_course();
        let single = question(&course, "single");
        assert_eq!(
            Answer::TrueFalse(true).check(single),
            Err(AnswerError::WrongType)
        );
        assert_eq!(
            Answer::Single("q".parse().expect("id")).check(single),
            Err(AnswerError::UnknownChoice)
        );
        let json = serde_json::json!({"type": "single", "value": "b"});
        let a: Answer = serde_json::from_value(json).expect("decodes");
        assert_eq!(a.check(single), Ok(()));
    }

    #[test]
    fn each_error_names_its_learner_message() {
        let en = include_str!("../../locales/en/learner.ftl");
        for (error, id) in [
            (AnswerError::WrongType, "answer-error-invalid-choice"),
            (AnswerError::UnknownChoice, "answer-error-invalid-choice"),
            (AnswerError::NotANumber, "answer-error-not-a-number"),
            (AnswerError::TooLong, "answer-error-too-long"),
            (AnswerError::BadOrder, "answer-error-bad-order"),
        ] {
            assert_eq!(error.message_id(), id);
            assert!(
                en.contains(&format!("\n{id} = ")),
                "{id} missing from en/learner.ftl"
            );
        }
    }

    #[test]
    fn length_limits_count_characters_and_include_the_limit() {
        let course = demo_course();
        let short = question(&course, "short");
        // 500 Cyrillic letters (1,000 bytes) is the most a short answer may be.
        let at_limit = "ш".repeat(MAX_TEXT_CHARS);
        assert_eq!(Answer::Short(at_limit.clone()).check(short), Ok(()));
        assert_eq!(
            Answer::Short(at_limit + "ш").check(short),
            Err(AnswerError::TooLong)
        );
        // A number as typed may be 64 characters long.
        let numerical = question(&course, "numerical");
        let typed = |n: usize| Answer::Numerical {
            text: "1".repeat(n),
            value: 1951.0,
        };
        assert_eq!(typed(64).check(numerical), Ok(()));
        assert_eq!(typed(65).check(numerical), Err(AnswerError::TooLong));
        assert_eq!(typed(100).check(numerical), Err(AnswerError::TooLong));
        let nan = Answer::Numerical {
            text: "1".into(),
            value: f64::NAN,
        };
        assert_eq!(nan.check(numerical), Err(AnswerError::NotANumber));
        // An essay may be 20,000 characters long.
        let mut essay = short.clone();
        essay.kind = QuestionKind::Essay;
        let at_limit = "ш".repeat(MAX_ESSAY_CHARS);
        assert_eq!(Answer::Essay(at_limit.clone()).check(&essay), Ok(()));
        assert_eq!(
            Answer::Essay(at_limit + "ш").check(&essay),
            Err(AnswerError::TooLong)
        );
        assert_eq!(
            Answer::Short("x".into()).check(&essay),
            Err(AnswerError::WrongType)
        );
    }

    #[test]
    fn blank_and_stray_form_values() {
        let course = demo_course();
        let q = |id| question(&course, id);
        let en = Locale::En;
        // Nothing given, or only blanks: unanswered.
        for id in ["single", "multiple", "truefalse", "short", "numerical"] {
            assert_eq!(from_form(q(id), &[], en), Ok(None), "{id}");
            assert_eq!(from_form(q(id), &[("", "  ")], en), Ok(None), "{id}");
        }
        for id in ["matching", "gapfill", "ordering"] {
            assert_eq!(
                from_form(q(id), &[("1", ""), ("2", "")], en),
                Ok(None),
                "{id}"
            );
        }
        // Two values where one is expected.
        for id in ["single", "truefalse", "short", "numerical"] {
            let two = [("", "1"), ("", "2")];
            assert_eq!(
                from_form(q(id), &two, en),
                Err(AnswerError::WrongType),
                "{id}"
            );
        }
        assert_eq!(
            from_form(q("truefalse"), &[("", "true")], en),
            Ok(Some(Answer::TrueFalse(true)))
        );
        assert_eq!(
            from_form(q("truefalse"), &[("", "maybe")], en),
            Err(AnswerError::WrongType)
        );
        assert_eq!(
            from_form(q("short"), &[("", "  Geneva ")], en),
            Ok(Some(Answer::Short("Geneva".into())))
        );
        assert_eq!(
            from_form(q("numerical"), &[("", " 3,5 ")], en),
            Ok(Some(Answer::Numerical {
                text: "3,5".into(),
                value: 3.5
            }))
        );
        assert_eq!(
            from_form(q("multiple"), &[("", "1"), ("", "x")], en),
            Err(AnswerError::UnknownChoice)
        );
        assert_eq!(
            from_form(q("gapfill"), &[("1", "2"), ("x", "1")], en),
            Err(AnswerError::UnknownChoice)
        );
    }

    /// A typed gap's field is its text (trimmed; blank is no answer); a chosen gap's is a position; a
    /// number is read in the locale. Stored answers from before typed gaps (`"g1": "y"`) still read.
    #[test]
    fn typed_gaps_from_form_fields_and_stored_json() {
        let course = demo_course();
        let q = question(&course, "gapfill-typed");
        let pq = unshuffled(q);
        let id = |s: &str| -> ChoiceId { s.parse().expect("id") };
        let typed = |t: &str| GapAnswer::Typed {
            text: t.to_string(),
        };
        // Gap addresses follow the gap ids: article (1), crime (2), year (3).
        let read = |values: &[(&str, &str)], locale| Answer::from_form(q, &pq, values, locale);
        let got = read(
            &[("1", "2"), ("2", " Transnational "), ("3", "2000,5")],
            Locale::Hr,
        );
        let want: BTreeMap<ChoiceId, GapAnswer> = [
            (id("article"), GapAnswer::Choice(id("three"))),
            (id("crime"), typed("Transnational")),
            (id("year"), typed("2000,5")),
        ]
        .into();
        assert_eq!(got, Ok(Some(Answer::GapFill(want))));
        let only_year = [(id("year"), typed("2000"))].into();
        assert_eq!(
            read(&[("1", ""), ("2", "   "), ("3", "2000")], Locale::En),
            Ok(Some(Answer::GapFill(only_year)))
        );
        assert_eq!(read(&[("1", ""), ("2", " ")], Locale::En), Ok(None));
        assert_eq!(
            read(&[("3", "MM")], Locale::En),
            Err(AnswerError::NotANumber)
        );
        assert_eq!(
            read(&[("1", "three")], Locale::En),
            Err(AnswerError::UnknownChoice)
        );
        assert_eq!(
            read(&[("1", "4")], Locale::En),
            Err(AnswerError::UnknownChoice)
        );
        let long = "x".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(read(&[("2", &long)], Locale::En), Err(AnswerError::TooLong));
        assert_eq!(
            read(&[("4", "x")], Locale::En),
            Err(AnswerError::UnknownChoice)
        );

        // The stored form: a choice is its id, typed text an object.
        let stored: Answer = serde_json::from_str(
            r#"{"type":"gap-fill","value":{"article":"three","crime":{"text":"Transnational"}}}"#,
        )
        .expect("stored answer");
        let both = [
            (id("article"), GapAnswer::Choice(id("three"))),
            (id("crime"), typed("Transnational")),
        ]
        .into();
        assert_eq!(stored, Answer::GapFill(both));
        assert_eq!(
            serde_json::to_value(&stored).expect("json")["value"]["crime"],
            serde_json::json!({"text": "Transnational"})
        );
    }
}
