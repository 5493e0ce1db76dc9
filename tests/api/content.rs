//! The bundled content: banks and locales load, every quiz is offered in all eight locales, and templates
//! carry no literal interface text.

use ispit::i18n::Locale;

#[test]
fn bundled_banks_and_locales_are_valid_and_complete() {
    let (loaded, _ui) = ispit::web::load_content("question-banks".as_ref(), "locales".as_ref())
        .unwrap_or_else(|p| panic!("invalid content:\n{p}"));
    assert!(
        loaded.warnings.is_empty(),
        "incomplete translations: {:?}",
        loaded.warnings
    );
    let bank = loaded.bank;
    for id in [
        "migration-governance-final",
        "migration-development-final",
        "migration-gender-final",
    ] {
        let (course, quiz) = bank.quiz(&id.parse().expect("id")).expect("quiz exists");
        assert!(
            course.questions.len() >= 40,
            "{id}: {} questions",
            course.questions.len()
        );
        assert_eq!(quiz.question_count(), 20, "{id} draws 20");
        for l in Locale::ALL {
            assert!(quiz.offered_in(l), "{id} not offered in {l}");
        }
        let types: std::collections::BTreeSet<&str> = course
            .questions
            .iter()
            .map(|q| q.kind.type_name())
            .collect();
        assert_eq!(types.len(), 8, "{id} uses every question type: {types:?}");
    }
}

#[test]
fn a_locale_missing_a_message_fails_validation() {
    let dir = tempfile::tempdir().expect("tempdir");
    crate::helpers::copy_dir("locales".as_ref(), dir.path());
    let file = dir.path().join("mk/session.ftl");
    let text = std::fs::read_to_string(&file).expect("read");
    let without: String = text
        .lines()
        .filter(|l| !l.starts_with("login-button"))
        .map(|l| format!("{l}\n"))
        .collect();
    std::fs::write(&file, without).expect("write");
    let extra = dir.path().join("hr/session.ftl");
    let mut text = std::fs::read_to_string(&extra).expect("read");
    text.push_str("login-obsolete = Stari tekst\n");
    std::fs::write(&extra, text).expect("write");
    let problems = ispit::i18n::load::load_ui_texts(dir.path()).expect_err("must fail");
    let all: Vec<String> = problems.iter().map(|p| p.to_string()).collect();
    assert!(
        all.iter()
            .any(|p| p.contains("mk") && p.contains("`login-button` is missing")),
        "{all:?}"
    );
    assert!(
        all.iter()
            .any(|p| p.contains("hr/session.ftl:")
                && p.contains("`login-obsolete` is not in English")),
        "{all:?}"
    );
}

/// Interface text belongs in Fluent files: outside `{{…}}` and tags, templates hold only punctuation.
#[test]
fn templates_carry_no_literal_text() {
    let mut checked = 0;
    for entry in walk("templates".as_ref()) {
        if entry.extension().and_then(|e| e.to_str()) != Some("hbs") {
            continue;
        }
        let text = std::fs::read_to_string(&entry).expect("read");
        let stripped = strip(&text);
        let letters: String = stripped.chars().filter(|c| c.is_alphabetic()).collect();
        assert!(
            letters.is_empty(),
            "{}: literal text `{}`",
            entry.display(),
            stripped.trim()
        );
        checked += 1;
    }
    assert!(checked >= 8, "templates found: {checked}");
}

fn strip(text: &str) -> String {
    let mut out = String::new();
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        if rest.starts_with("{{") {
            rest = rest.find("}}").map_or("", |i| &rest[i + 2..]);
        } else if rest.starts_with("<!--") {
            rest = rest.find("-->").map_or("", |i| &rest[i + 3..]);
        } else if c == '<' {
            // Skip the tag, but not handlebars expressions inside attribute values (already text-free).
            let mut depth = 0;
            let mut end = rest.len();
            let bytes = rest.as_bytes();
            let mut i = 0;
            while i < bytes.len() {
                if rest[i..].starts_with("{{") {
                    depth += 1;
                    i += 2;
                } else if rest[i..].starts_with("}}") {
                    depth -= 1;
                    i += 2;
                } else if bytes[i] == b'>' && depth == 0 {
                    end = i + 1;
                    break;
                } else {
                    i += 1;
                }
            }
            rest = &rest[end..];
        } else {
            out.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    out
}

fn walk(dir: &std::path::Path) -> Vec<std::path::PathBuf> {
    let mut out = Vec::new();
    for entry in std::fs::read_dir(dir).expect("read dir") {
        let path = entry.expect("entry").path();
        if path.is_dir() {
            out.extend(walk(&path));
        } else {
            out.push(path);
        }
    }
    out
}

/// A reviewer found the typed refugee-definition article refusing the region's own ways of writing it
/// ("članak 1.A stavak 2.", "neni 1 A, paragrafi 2") and accepting "11A(2)": it is now a choice, keyed to
/// Article 1A(2) of the 1951 Convention, with the other options real articles that are not the definition.
#[test]
fn the_refugee_definition_is_keyed_to_article_1a2() {
    use ispit::assessment::{answer::Answer, scoring::fraction};
    let (loaded, _) =
        ispit::web::load_content("question-banks".as_ref(), "locales".as_ref()).expect("content");
    let (course, _) = loaded
        .bank
        .quiz(&"migration-gender-final".parse().expect("id"))
        .expect("quiz");
    let q = course
        .question(&"refugee-definition-article".parse().expect("id"))
        .expect("question");
    // Option ids and what the English prose shows for each (en.ftl), the key from the Convention itself.
    for (option, article, right) in [
        ("a", "Article 1A(2)", 1.0),
        ("b", "Article 1F", 0.0),
        ("c", "Article 31", 0.0),
        ("d", "Article 33(1)", 0.0),
    ] {
        let attribute = format!("opt-{option}");
        let shown = course.texts.try_format(
            Locale::En,
            "q-refugee-definition-article",
            Some(&attribute),
            None,
        );
        assert_eq!(shown.as_deref(), Some(article));
        let chosen = Answer::Single(option.parse().expect("option id"));
        assert_eq!(fraction(q, Some(&chosen), Locale::En), right, "{article}");
    }
}

#[rocket::async_test]
async fn the_site_icon_answers_where_browsers_ask_and_pages_link_it() {
    let app = crate::helpers::TestApp::spawn().await;
    for path in ["/favicon.ico", "/static/favicon.svg"] {
        let r = app.get(path).await;
        assert_eq!(r.status, rocket::http::Status::Ok, "{path}");
        assert!(r.body.starts_with("<svg"), "{path}: {}", r.body);
    }
    let page = app.get("/login").await;
    assert!(page
        .body
        .contains(r#"<link rel="icon" href="/static/favicon.svg" type="image/svg+xml">"#));
}
