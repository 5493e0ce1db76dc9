//! Round trips of the bundled courses: ispit → Moodle XML → ispit gives back every question, key, score
//! and feedback in every locale. Questions are compared by what a learner and the scorer see (texts, marks
//! per answer), not by internal option ids, which Moodle XML has no place for.

use std::collections::BTreeMap;
use std::path::Path;

use fluent_bundle::FluentArgs;
use serde_json::{json, Value};

use super::from_bank::{export, EXTENSION_KEYS};
use super::moodle_xml;
use super::to_bank::{convert_translated, new_course, Translation};
use super::to_moodle_xml::{moodle_lang, write};
use super::{read_in, to_qti, Format, Item, Reading};
use crate::bank::parse::parse_course;
use crate::bank::{load_banks, Course, Gap, OrderingScoring, Question, QuestionKind};
use crate::i18n::{Locale, Source};

fn banks() -> crate::bank::Bank {
    load_banks(&Path::new(env!("CARGO_MANIFEST_DIR")).join("question-banks"))
        .expect("bundled banks load")
        .bank
}

/// Fractions to six decimals: Moodle writes grades to seven decimals of a percent.
fn round(f: f64) -> Value {
    json!(format!("{:.6}", f))
}

/// What a learner and the scorer get of a question in `locale`, without ids.
fn describe(course: &Course, q: &Question, locale: Locale) -> Value {
    let texts = &course.texts;
    let msg = q.message_id();
    let t = |attr: &str| texts.try_format(locale, &msg, Some(attr), None);
    let opt = |prefix: &str, id: &str| t(&format!("{prefix}-{id}"));
    let mut d = json!({
        "id": q.id.to_string(),
        "type": q.kind.type_name(),
        "points": q.points.0,
        "category": q.category,
        "tags": q.tags,
        "stem": texts.try_format(locale, &msg, None, None),
        "feedback": t("feedback"),
    });
    d["key"] = match &q.kind {
        QuestionKind::Single {
            options,
            correct,
            weights,
        } => json!(options
            .iter()
            .map(|o| json!([
                opt("opt", o.as_str()),
                round(match weights {
                    Some(w) => w.of(o),
                    None => f64::from(u8::from(o == correct)),
                }),
                opt("opt", &format!("{o}-feedback"))
            ]))
            .collect::<Vec<_>>()),
        QuestionKind::Multiple {
            options,
            correct,
            negative_marking,
            weights,
        } => {
            let wrong = (options.len() - correct.len()).max(1) as f64;
            json!({
                "negative_marking": negative_marking,
                "options": options.iter().map(|o| json!([
                    opt("opt", o.as_str()),
                    round(match weights {
                        Some(w) => w.of(o),
                        None if correct.contains(o) => 1.0 / correct.len() as f64,
                        None => -1.0 / wrong,
                    }),
                    opt("opt", &format!("{o}-feedback"))
                ])).collect::<Vec<_>>(),
            })
        }
        QuestionKind::TrueFalse { correct } => json!(correct),
        QuestionKind::Short {
            accept,
            accept_by_locale,
            folding,
            partial,
        } => json!({
            "accept": accept.iter().map(|p| p.source()).collect::<Vec<_>>(),
            "by_locale": accept_by_locale.iter().map(|(l, ps)| (l.tag().to_string(),
                ps.iter().map(|p| p.source()).collect::<Vec<_>>())).collect::<BTreeMap<_, _>>(),
            "case": folding.case_sensitive,
            "diacritics": folding.diacritics_sensitive,
            "partial": partial.iter().map(|p| json!([p.pattern.source(), round(p.fraction)])).collect::<Vec<_>>(),
        }),
        QuestionKind::Numerical {
            answer,
            tolerance,
            partial,
        } => json!({
            "answer": answer,
            "tolerance": tolerance,
            "partial": partial.iter().map(|p| json!([p.answer, p.tolerance, round(p.fraction)])).collect::<Vec<_>>(),
        }),
        QuestionKind::Matching { left, right, pairs } => {
            let mut rights: Vec<Option<String>> =
                right.iter().map(|r| opt("right", r.as_str())).collect();
            rights.sort();
            json!({
                "pairs": left.iter().map(|l| json!([opt("left", l.as_str()),
                    pairs.get(l).and_then(|r| opt("right", r.as_str()))])).collect::<Vec<_>>(),
                "right": rights,
            })
        }
        QuestionKind::GapFill { gaps } => {
            let mut args = FluentArgs::new();
            for (g, gap) in gaps {
                let shown: Vec<String> = match gap {
                    Gap::Choice { options, correct } => options
                        .iter()
                        .map(|o| {
                            let text = opt("opt", o.as_str()).unwrap_or_default();
                            if o == correct {
                                format!("*{text}")
                            } else {
                                text
                            }
                        })
                        .collect(),
                    Gap::Text {
                        accept,
                        accept_by_locale,
                        folding,
                    } => accept
                        .iter()
                        .map(|p| format!("~{}", p.source()))
                        .chain(accept_by_locale.iter().flat_map(|(l, ps)| {
                            ps.iter()
                                .map(move |p| format!("~{}:{}", l.tag(), p.source()))
                        }))
                        .chain([format!(
                            "case={} diacritics={}",
                            folding.case_sensitive, folding.diacritics_sensitive
                        )])
                        .collect(),
                    Gap::Number { answer, tolerance } => vec![format!("#{answer}±{tolerance}")],
                };
                args.set(g.as_str(), format!("[{}]", shown.join("|")));
            }
            json!(texts.try_format(locale, &msg, Some("text"), Some(&args)))
        }
        QuestionKind::Ordering { items, scoring } => json!({
            "items": items.iter().map(|i| opt("item", i.as_str())).collect::<Vec<_>>(),
            "all_or_nothing": *scoring == OrderingScoring::AllOrNothing,
        }),
        QuestionKind::Description | QuestionKind::Essay => Value::Null,
    };
    d
}

/// The settings only ispit has, as the course.toml writes them.
fn extension_settings(toml: &str) -> BTreeMap<String, BTreeMap<String, toml::Value>> {
    let doc: toml::Table = toml::from_str(toml).expect("course.toml");
    doc.get("questions")
        .and_then(toml::Value::as_array)
        .into_iter()
        .flatten()
        .filter_map(|q| {
            let q = q.as_table()?;
            let id = q.get("id")?.as_str()?.to_string();
            // A default said outright is the same setting.
            let kept = EXTENSION_KEYS
                .iter()
                .filter_map(|k| Some((k.to_string(), q.get(*k)?.clone())))
                .filter(|(_, v)| v.as_bool() != Some(false))
                .collect();
            Some((id, kept))
        })
        .collect()
}

#[test]
fn bundled_courses_come_back_from_moodle_xml_unchanged_in_every_locale() {
    round_trips(&bundled(), through_moodle_xml);
}

#[test]
fn bundled_courses_come_back_from_a_qti3_package_unchanged_in_every_locale() {
    let ui =
        crate::i18n::load::load_ui_texts(&Path::new(env!("CARGO_MANIFEST_DIR")).join("locales"))
            .expect("UI texts load");
    let labels = move |l| to_qti::ui_true_false(&ui, l);
    round_trips(&bundled(), through_qti3(&labels));
}

/// Moodle XML written in every locale, read back as `ispit import --locale en,sr-Cyrl,…` does: once per
/// stored locale.
fn through_moodle_xml(
    course: &Course,
    toml: &str,
    locales: &[Locale],
) -> Box<dyn Fn(Locale) -> Reading> {
    let xml = write(&export(course, toml, locales));
    Box::new(move |l: Locale| moodle_xml::read(&xml, Some(moodle_lang(l))))
}

/// A QTI 3 package of every locale, read as `ispit import --from qti3 --locale en,sr-Cyrl,…` does: the
/// items of each language.
fn through_qti3(
    labels: to_qti::TrueFalseLabels<'_>,
) -> impl Fn(&Course, &str, &[Locale]) -> Box<dyn Fn(Locale) -> Reading> + '_ {
    move |course, toml, locales| {
        let zip = to_qti::write_package(course.id.as_str(), &export(course, toml, locales), labels)
            .expect("package written");
        Box::new(move |l: Locale| read_in(Format::Qti3, &zip, l))
    }
}

/// The bundled courses with the text of their course.toml.
fn bundled() -> Vec<(Course, String)> {
    let bank = banks();
    assert_eq!(bank.courses.len(), 3, "the three bundled courses");
    bank.courses
        .into_iter()
        .map(|course| {
            let toml =
                std::fs::read_to_string(course.dir.join("course.toml")).expect("course.toml");
            assert_eq!(
                course.texts.locales().len(),
                8,
                "{}: every locale",
                course.id
            );
            (course, toml)
        })
        .collect()
}

/// A new course `id` of the items read (English first, then each translation), as `ispit import` writes
/// it and the bank parses it, with its course.toml; every item must be added.
fn imported(id: &str, english: &[Item], translated: &[(Locale, Vec<Item>)]) -> (Course, String) {
    let (toml, ftl) = new_course(id, "title").expect("new course");
    let translations: Vec<Translation> = translated
        .iter()
        .map(|(l, items)| Translation {
            locale: l.tag(),
            items,
            ftl: &ftl,
        })
        .collect();
    let converted =
        convert_translated(english, &translations, &toml, &ftl, None).expect("converted");
    let refused: Vec<_> = converted
        .questions
        .iter()
        .filter(|q| matches!(q.fate, super::to_bank::Fate::Refused(_)))
        .collect();
    assert!(refused.is_empty(), "{id}: {refused:?}");
    let dir = Path::new("/round-trip").join(id);
    let sources: BTreeMap<Locale, Source> = std::iter::once((Locale::En, &converted.ftl))
        .chain(
            translated
                .iter()
                .map(|(l, _)| *l)
                .zip(&converted.translations),
        )
        .map(|(l, text)| {
            let path = dir.join(format!("{}.ftl", l.tag()));
            (
                l,
                Source {
                    path,
                    text: text.clone(),
                },
            )
        })
        .collect();
    let course = parse_course(&dir, &dir.join("course.toml"), &converted.toml, &sources)
        .unwrap_or_else(|problems| {
            let problems: Vec<String> = problems.iter().map(ToString::to_string).collect();
            panic!("{id}: {}", problems.join("\n"))
        })
        .course;
    (course, converted.toml)
}

/// A file written from each course in every locale it has (`write`), read back in each stored locale (by
/// what `write` returns) and imported, gives back every question as it was.
fn round_trips(
    courses: &[(Course, String)],
    write: impl Fn(&Course, &str, &[Locale]) -> Box<dyn Fn(Locale) -> Reading>,
) {
    for (course, original_toml) in courses {
        let locales: Vec<Locale> = Locale::ALL
            .into_iter()
            .filter(|l| course.texts.locales().contains(l))
            .collect();
        let read = write(course, original_toml, &locales);
        let english = read(Locale::En);
        assert!(english.problems.is_empty(), "{:?}", english.problems);
        assert_eq!(english.items.len(), course.questions.len(), "{}", course.id);
        let translated: Vec<(Locale, Vec<Item>)> = locales
            .iter()
            .copied()
            .filter(|l| *l != Locale::En && l.source() == *l)
            .map(|l| (l, read(l).items))
            .collect();
        let (back, toml) = imported(course.id.as_str(), &english.items, &translated);
        assert_eq!(
            back.questions.len(),
            course.questions.len(),
            "{}",
            course.id
        );
        for (before, after) in course.questions.iter().zip(&back.questions) {
            for &locale in &locales {
                assert_eq!(
                    describe(&back, after, locale),
                    describe(course, before, locale),
                    "{} in {}",
                    before.id,
                    locale.tag()
                );
            }
        }
        assert_eq!(
            extension_settings(&toml),
            extension_settings(original_toml),
            "{}: the settings only ispit has",
            course.id
        );
    }
}

/// The file Moodle gets is what Moodle's own importer takes: a category before each category's questions,
/// one `<question>` per bank question, each language in its multilang span, grades in percent.
#[test]
fn the_written_file_is_moodle_xml_with_multilang_spans() {
    let bank = banks();
    let course = &bank.courses[0];
    let toml = std::fs::read_to_string(course.dir.join("course.toml")).expect("course.toml");
    let xml = write(&export(course, &toml, &[Locale::En, Locale::Mk]));
    let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
    let questions: Vec<_> = doc
        .root_element()
        .children()
        .filter(|n| n.has_tag_name("question"))
        .collect();
    let categories = questions
        .iter()
        .filter(|q| q.attribute("type") == Some("category"))
        .count();
    let distinct: std::collections::BTreeSet<&str> = course
        .questions
        .iter()
        .map(|q| q.category.as_str())
        .collect();
    assert_eq!(categories, distinct.len());
    assert_eq!(questions.len() - categories, course.questions.len());
    assert!(xml.contains("<span lang=\"mk\" class=\"multilang\">"));
    assert!(!xml.contains("lang=\"sq\""), "only the locales asked for");
}

/// The courses of the walk (issue 15's Done-when): a real quiz's Moodle XML export and a GIFT file, less
/// the questions ispit cannot take; and a Moodle XML file in English and Macedonian. Imported, then
/// exported to Moodle XML and to QTI 3 and imported again, they come back unchanged.
#[test]
fn imported_courses_come_back_from_moodle_xml_and_qti3_unchanged() {
    let fixture = |name: &str| {
        std::fs::read(
            Path::new(env!("CARGO_MANIFEST_DIR"))
                .join("tests/fixtures/import")
                .join(name),
        )
        .expect("fixture")
    };
    let (toml, ftl) = new_course("walk", "title").expect("new course");
    let takes = |item: &Item| {
        let one = convert_translated(std::slice::from_ref(item), &[], &toml, &ftl, None);
        one.is_ok_and(|c| matches!(c.questions[0].fate, super::to_bank::Fate::Added { .. }))
    };
    let mut trainer = super::read(Format::MoodleXml, &fixture("moodlexml/real-quiz.xml")).items;
    trainer.extend(super::read(Format::Gift, &fixture("page/asylum-basics.gift")).items);
    let read = trainer.len();
    trainer.retain(takes);
    assert_eq!(read, trainer.len(), "every question read is added");
    // The Cloze question that mixes a chosen and a typed gap is among them.
    assert!(trainer
        .iter()
        .any(|i| i.gaps.iter().any(|g| g.options.is_empty())
            && i.gaps.iter().any(|g| !g.options.is_empty())));
    let palermo = fixture("page/palermo-mk.xml");
    let english = read_in(Format::MoodleXml, &palermo, Locale::En).items;
    let macedonian = read_in(Format::MoodleXml, &palermo, Locale::Mk).items;
    let courses = [
        imported("refugee-law-intro", &trainer, &[]),
        imported("palermo-protocol-mk", &english, &[(Locale::Mk, macedonian)]),
    ];
    round_trips(&courses, through_moodle_xml);
    let labels = |l: Locale| {
        [
            format!("true ({})", l.tag()),
            format!("false ({})", l.tag()),
        ]
    };
    round_trips(&courses, through_qti3(&labels));
}
