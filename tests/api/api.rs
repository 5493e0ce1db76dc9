//! The JSON API mirrors the learner flow; the paper never carries the key.

use ispit::i18n::Locale;
use rocket::http::Status;
use serde_json::json;

use crate::helpers::{answer_json, question_number, right_answers, TestApp};

const GENDER: &str = "migration-gender-final";

async fn token(app: &TestApp, email: &str) -> String {
    app.api_token(email).await
}

#[rocket::async_test]
async fn the_whole_flow_through_the_api() {
    let app = TestApp::spawn().await;
    app.add_user("api@example.org", None).await;
    let t = token(&app, "api@example.org").await;

    let (status, list) = app.json("GET", "/api/v1/quizzes?lang=sq", &t, None).await;
    assert_eq!(status, Status::Ok);
    assert_eq!(list["locale"], "sq");
    assert!(list["quizzes"]
        .as_array()
        .expect("array")
        .iter()
        .any(|q| q["id"] == GENDER));

    let (status, paper) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{GENDER}/attempts"),
            &t,
            Some(json!({"locale": "en"})),
        )
        .await;
    assert_eq!(status, Status::Created, "{paper}");
    let id = paper["id"].as_i64().expect("id");
    let text = paper.to_string();
    assert!(
        !text.contains("\"correct\":true") && !text.contains("\"correct\":false"),
        "no key in the paper"
    );
    assert!(
        !text.contains("\"feedback\":\""),
        "no feedback before submission"
    );
    assert_eq!(paper["questions"].as_array().expect("questions").len(), 20);

    let attempt = app.attempt(ispit::ids::AttemptId(id)).await;
    let answers = right_answers(app.bank(), GENDER, &attempt.paper, Locale::En);
    for (q, a) in &answers {
        let (status, body) = app
            .json(
                "PUT",
                &format!("/api/v1/attempts/{id}/answers/{}", question_number(q)),
                &t,
                Some(answer_json(app.bank(), GENDER, q, a)),
            )
            .await;
        assert_eq!(status, Status::NoContent, "{q}: {body}");
    }
    let (status, err) = app
        .json("GET", &format!("/api/v1/attempts/{id}/result"), &t, None)
        .await;
    assert_eq!(status, Status::Conflict);
    assert_eq!(err["error"]["code"], "attempt-open");

    let (status, result) = app
        .json("POST", &format!("/api/v1/attempts/{id}/submit"), &t, None)
        .await;
    assert_eq!(status, Status::Ok);
    assert_eq!(result["passed"], true);
    assert_eq!(result["percent"], "100");
    let closed = app.attempt(ispit::ids::AttemptId(id)).await;
    assert!(
        closed.closed_at.is_some() && !result["closed"].is_null(),
        "{result}"
    );
    // A minute later a second submit changes nothing: the same result, closed when it first was.
    app.clock.advance(60);
    let (status, again) = app
        .json("POST", &format!("/api/v1/attempts/{id}/submit"), &t, None)
        .await;
    assert_eq!(status, Status::Ok, "{again}");
    assert!(
        again == result,
        "a second submit changed the result: closed {} → {}, score {} → {}",
        result["closed"],
        again["closed"],
        result["score"],
        again["score"]
    );
    let still = app.attempt(ispit::ids::AttemptId(id)).await;
    assert_eq!(
        (still.closed_at, still.score_milli),
        (closed.closed_at, closed.score_milli)
    );

    let (status, err) = app
        .json(
            "PUT",
            &format!(
                "/api/v1/attempts/{id}/answers/{}",
                question_number(answers.keys().next().expect("q"))
            ),
            &t,
            Some(json!(null)),
        )
        .await;
    assert_eq!(status, Status::Conflict);
    assert_eq!(err["error"]["code"], "attempt-submitted");
}

#[rocket::async_test]
async fn the_api_refuses_strangers_and_bad_bodies() {
    let app = TestApp::spawn().await;
    app.add_user("a@example.org", None).await;
    app.add_user("b@example.org", None).await;
    let (a, b) = (
        token(&app, "a@example.org").await,
        token(&app, "b@example.org").await,
    );
    let (status, body) = app.json("GET", "/api/v1/quizzes", "", None).await;
    assert_eq!(status, Status::Unauthorized);
    assert_eq!(body["error"]["code"], "unauthorized");
    assert_eq!(
        app.json("GET", "/api/v1/quizzes", "nonsense", None).await.0,
        Status::Unauthorized
    );
    let (status, _) = app
        .json(
            "POST",
            "/api/v1/tokens",
            "",
            Some(json!({"email": "a@example.org", "password": "wrong"})),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity);

    let (_, paper) = app
        .json(
            "POST",
            &format!("/api/v1/quizzes/{GENDER}/attempts"),
            &a,
            None,
        )
        .await;
    let id = paper["id"].as_i64().expect("id");
    let (status, body) = app
        .json("GET", &format!("/api/v1/attempts/{id}"), &b, None)
        .await;
    assert_eq!(status, Status::NotFound);
    assert_eq!(body["error"]["code"], "not-found");

    let q = paper["questions"][0]["number"]
        .as_u64()
        .expect("question number");
    let (status, body) = app
        .json(
            "PUT",
            &format!("/api/v1/attempts/{id}/answers/{q}"),
            &a,
            Some(json!({"type": "nonsense"})),
        )
        .await;
    assert_eq!(status, Status::UnprocessableEntity, "{body}");
    // A true/false answer to a question of another type does not fit and is refused; to a true/false
    // question (when the paper has one) it is saved.
    let attempt = app.attempt(ispit::ids::AttemptId(id)).await;
    let (course, _) = app.bank().quiz(&attempt.quiz_id).expect("quiz");
    let kind_of = |n: usize| {
        course
            .question(&attempt.paper.questions[n - 1].id)
            .expect("question")
            .kind
            .type_name()
    };
    let other = (1..=20)
        .find(|n| kind_of(*n) != "true-false")
        .expect("a question that is not true/false");
    let true_false = (1..=20).find(|n| kind_of(*n) == "true-false");
    let paths: Vec<String> = (0..=20)
        .map(|n| format!("/api/v1/attempts/{id}/answers/{n}"))
        .collect();
    let put_true = |n: usize| {
        app.json(
            "PUT",
            &paths[n],
            &a,
            Some(json!({"type": "true-false", "value": true})),
        )
    };
    let (status, body) = put_true(other).await;
    assert_eq!(status, Status::UnprocessableEntity, "{body}");
    if let Some(n) = true_false {
        assert_eq!(put_true(n).await.0, Status::NoContent);
    }
    let stored = ispit::db::attempts::find_responses(&app.app().db, attempt.id)
        .await
        .expect("responses");
    let expected: Vec<String> = true_false
        .map(|n| attempt.paper.questions[n - 1].id.to_string())
        .into_iter()
        .collect();
    assert_eq!(
        stored.keys().map(|k| k.to_string()).collect::<Vec<_>>(),
        expected,
        "only the fitting answer is stored"
    );
    for not_on_paper in ["0", "21", "not-on-paper"] {
        let (status, _) = app
            .json(
                "PUT",
                &format!("/api/v1/attempts/{id}/answers/{not_on_paper}"),
                &a,
                Some(json!(null)),
            )
            .await;
        assert_eq!(status, Status::NotFound, "{not_on_paper}");
    }
    let (status, _) = app
        .json("POST", "/api/v1/quizzes/nope/attempts", &a, None)
        .await;
    assert_eq!(status, Status::NotFound);
}

#[rocket::async_test]
async fn the_openapi_document_lists_every_api_route() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/openapi.json").await;
    assert_eq!(r.status, Status::Ok);
    let doc: serde_json::Value = serde_json::from_str(&r.body).expect("valid JSON");
    assert!(doc["openapi"].as_str().expect("version").starts_with("3."));
    let paths = doc["paths"].as_object().expect("paths");
    for route in app.client.rocket().routes() {
        let uri = route.uri.path().to_string();
        if !uri.starts_with("/api/v1") {
            continue;
        }
        // Rocket's `<name>` segments are OpenAPI's `{name}`.
        let documented = uri.replace('<', "{").replace('>', "}");
        let entry = paths
            .get(&documented)
            .unwrap_or_else(|| panic!("{documented} is not documented"));
        let method = route.method.as_str().to_lowercase();
        assert!(
            entry.get(&method).is_some(),
            "{method} {documented} is not documented"
        );
    }
}

/// Every operation has an id, and every link (what lets a fuzzer follow a started attempt into its
/// answers, submission and result) names an existing operation and its real parameters.
#[rocket::async_test]
async fn the_openapi_links_name_real_operations_and_parameters() {
    let app = TestApp::spawn().await;
    let r = app.get("/api/openapi.json").await;
    let doc: serde_json::Value = serde_json::from_str(&r.body).expect("valid JSON");
    let mut operations = std::collections::BTreeMap::new();
    for (path, methods) in doc["paths"].as_object().expect("paths") {
        for (method, op) in methods.as_object().expect("methods") {
            let id = op["operationId"]
                .as_str()
                .unwrap_or_else(|| panic!("{method} {path} has no operationId"));
            assert!(
                operations.insert(id.to_string(), path.clone()).is_none(),
                "{id} twice"
            );
        }
    }
    let mut links = 0;
    for methods in doc["paths"].as_object().expect("paths").values() {
        for op in methods.as_object().expect("methods").values() {
            for response in op["responses"].as_object().expect("responses").values() {
                let Some(ls) = response.get("links").and_then(|l| l.as_object()) else {
                    continue;
                };
                for (name, link) in ls {
                    links += 1;
                    let target = link["operationId"].as_str().expect("operationId");
                    let path = operations
                        .get(target)
                        .unwrap_or_else(|| panic!("link {name} names unknown {target}"));
                    for param in link["parameters"].as_object().expect("parameters").keys() {
                        assert!(
                            path.contains(&format!("{{{param}}}")),
                            "link {name}: {target} ({path}) has no parameter {param}"
                        );
                    }
                }
            }
        }
    }
    assert!(links >= 8, "{links} links");
}
