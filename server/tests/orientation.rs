//! The orientation questions, their destinations and the information
//! pages, through HTTP like a browser without script: every answer path
//! lands where it should, errors keep the answers, the forms refuse a
//! missing or foreign token, and no answer ever appears in a URL.

mod common;

use common::*;

/// Every way through the questions (`question=answer`, in order) and the
/// destination it leads to.
#[rustfmt::skip]
const PATHS: &[(&str, &str)] = &[
    ("danger=yes", "emergency"),
    ("danger=no what=property internet=yes", "internet"),
    ("danger=no what=property internet=no known=yes", "station-known-author"),
    ("danger=no what=property internet=no known=no identity=yes", "online-complaint"),
    ("danger=no what=property internet=no known=no identity=no", "pre-complaint"),
    ("danger=no what=property internet=no known=no identity=not-sure", "pre-complaint"),
    ("danger=no what=violence", "station-violence"),
    ("danger=no what=sexual-violence", "support"),
    ("danger=no what=discrimination", "discrimination"),
    ("danger=no what=public-service", "defenseur-des-droits"),
    ("danger=no what=other", "station-other"),
];

/// The `(question, answer)` pairs of a path.
fn pairs(path: &'static str) -> Vec<(&'static str, &'static str)> {
    path.split(' ')
        .filter_map(|pair| pair.split_once('='))
        .collect()
}

/// Opens the first question and keeps its form token.
async fn open_orientation(app: &mut TestApp) -> Page {
    let page = app.get("/orientation").await.expect(200);
    app.csrf = csrf_of(&page.body);
    page
}

/// Posts the answer to `question`, with `earlier` answers as hidden fields.
async fn answer(
    app: &TestApp,
    earlier: &[(&str, &str)],
    question: &str,
    value: Option<&str>,
) -> Page {
    let mut fields: Vec<(&str, &str)> = earlier.to_vec();
    fields.push(("question", question));
    if let Some(value) = value {
        fields.push((question, value));
    }
    app.post("/orientation", &fields).await
}

/// Fails when a URL the page links or posts to carries a query string on
/// the orientation's own paths (where answers could leak).
fn assert_no_answer_in_urls(html: &str) {
    for attribute in ["href=\"", "action=\""] {
        for url in html.split(attribute).skip(1) {
            let url = url.split('"').next().unwrap_or_default();
            if url.starts_with("/orientation") || url.starts_with("/guide") {
                assert!(!url.contains('?'), "{url}");
            }
        }
    }
}

#[tokio::test]
async fn every_answer_path_lands_on_its_destination() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    let first = open_orientation(&mut app).await;
    assert!(first.body.contains("name=\"question\" value=\"danger\""));
    for (path, destination) in PATHS {
        let path = pairs(path);
        for (i, (question, value)) in path.iter().enumerate() {
            let page = answer(&app, &path[..i], question, Some(value)).await;
            assert_no_answer_in_urls(&page.body);
            if i + 1 < path.len() {
                let page = page.expect(200);
                let next = path[i + 1].0;
                assert!(
                    page.body
                        .contains(&format!("name=\"question\" value=\"{next}\"")),
                    "after {question}={value}: {}",
                    page.body
                );
                for (earlier, value) in &path[..=i] {
                    let hidden = format!("type=\"hidden\" name=\"{earlier}\" value=\"{value}\"");
                    assert!(page.body.contains(&hidden), "{hidden}");
                }
            } else {
                let target = format!("/orientation/result/{destination}");
                let page = page.expect_redirect(&target);
                let location = page.location.unwrap_or_default();
                for (_, value) in path.iter() {
                    assert!(
                        !location.contains(&format!("={value}")),
                        "{location} carries an answer"
                    );
                }
                assert!(!location.contains('?'), "{location}");
                let landed = app.get(&target).await.expect(200);
                assert_no_answer_in_urls(&landed.body);
            }
        }
    }
}

#[tokio::test]
async fn a_missing_or_unknown_answer_shows_the_question_again_with_the_answers_kept() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    open_orientation(&mut app).await;
    let earlier = [("danger", "no"), ("what", "property")];
    for value in [None, Some("maybe"), Some("")] {
        let page = answer(&app, &earlier, "internet", value).await.expect(422);
        assert!(
            page.body.contains("class=\"error-summary\""),
            "{}",
            page.body
        );
        assert!(page.body.contains("href=\"#internet\""));
        assert!(page
            .body
            .contains("Say whether it happened on the internet."));
        assert!(page.body.contains("<title>Error: "));
        assert!(page
            .body
            .contains("type=\"hidden\" name=\"what\" value=\"property\""));
    }
    let page = answer(&app, &[], "danger", None).await.expect(422);
    assert!(page
        .body
        .contains("Say whether anyone is in danger right now."));
}

#[tokio::test]
async fn going_back_reopens_the_previous_question_with_its_answer() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    open_orientation(&mut app).await;
    let page = app
        .post(
            "/orientation",
            &[("go", "back"), ("danger", "no"), ("what", "property")],
        )
        .await
        .expect(200);
    assert!(page.body.contains("name=\"question\" value=\"what\""));
    assert!(
        page.body.contains("value=\"property\" checked"),
        "{}",
        page.body
    );
    assert!(page
        .body
        .contains("type=\"hidden\" name=\"danger\" value=\"no\""));
    let first = app
        .post("/orientation", &[("go", "back"), ("danger", "no")])
        .await
        .expect(200);
    assert!(first.body.contains("name=\"question\" value=\"danger\""));
    assert!(first.body.contains("href=\"/\" class=\"back-link\""));
}

#[tokio::test]
async fn a_missing_or_foreign_token_is_refused() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    let first = app.get("/orientation").await.expect(200);
    let cookie = first.headers["set-cookie"].to_str().unwrap().to_string();
    assert!(cookie.starts_with("portal_orientation="), "{cookie}");
    for attribute in ["HttpOnly", "SameSite=Strict", "Path=/orientation"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(!cookie.contains("Max-Age"), "{cookie}");
    app.csrf = String::new();
    answer(&app, &[], "danger", Some("no")).await.expect(403);

    let mut other = TestApp::spawn(Backend::Sqlite).await;
    open_orientation(&mut other).await;
    app.csrf = other.csrf.clone();
    answer(&app, &[], "danger", Some("no")).await.expect(403);

    // A token without its cookie (a forged cross-site form) is refused too.
    let mut stranger = TestApp::spawn(Backend::Sqlite).await;
    stranger.base = app.base.clone();
    stranger.csrf = csrf_of(&first.body);
    answer(&stranger, &[], "danger", Some("no"))
        .await
        .expect(403);

    // The same browser keeps its token on the first question.
    app.csrf = csrf_of(&first.body);
    let again = app.get("/orientation").await.expect(200);
    assert_eq!(csrf_of(&again.body), app.csrf);
    answer(&app, &[], "danger", Some("no")).await.expect(200);
}

/// Destination, then what its page must say in English and in French.
#[rustfmt::skip]
const DESTINATIONS: &[(&str, &[&str], &[&str])] = &[
    ("emergency", &["tel:17", "tel:112", "sms:114", "tel:15", "tel:18", "Call for help now"], &["Appelez les secours"]),
    ("pre-complaint", &["href=\"/pre-complaint\"", "30 days"], &["30 jours"]),
    ("online-complaint", &["href=\"/complaint\"", "FranceConnect"], &["FranceConnect", "6 mois"]),
    ("discrimination", &["href=\"/discrimination\"", "tel:3928", "antidiscriminations.fr", "9 am to 6 pm"], &["de 9 h à 18 h"]),
    ("support", &["tel:3919", "tel:119", "tel:116006", "sms:114", "arretonslesviolences.gouv.fr", "<title>Help and support"], &["<title>Aide et soutien"]),
    ("internet", &["THESEE", "Perceval", "internet-signalement.gouv.fr"], &["escroqueries sur internet"]),
    ("defenseur-des-droits", &["tel:3928", "antidiscriminations.fr"], &["Défenseur des droits"]),
    ("station-known-author", &["you know who did it", "/guide/what-to-bring"], &["vous savez qui est l’auteur"]),
    ("station-violence", &["medical certificate", "tel:17"], &["certificat médical"]),
    ("station-other", &["does not cover your situation"], &["ne couvre pas encore"]),
];

/// Guide page, then what it must say in English and in French.
#[rustfmt::skip]
const GUIDES: &[(&str, &[&str], &[&str])] = &[
    ("pre-complaint", &["30 days", "href=\"/pre-complaint\""], &["30 jours"]),
    ("what-to-bring", &["IMEI", "identity document", "bank statements", "PP-7K3Q-9MXD-C"], &["pièce d’identité"]),
    ("data-retention", &["30 days", "6 months"], &["30 jours", "6 mois"]),
    ("anonymity", &["IP address", "investigation"], &["adresse IP", "enquête"]),
    ("support-numbers", &["tel:3919", "tel:119", "tel:116006", "tel:3018", "tel:3928", "tel:15", "tel:18", "9 am to 7 pm"], &["de 9 h à 19 h", "24 h sur 24"]),
];

#[tokio::test]
async fn every_destination_and_information_page_renders_in_both_languages() {
    let mut app = TestApp::spawn(Backend::Sqlite).await;
    let pages = DESTINATIONS
        .iter()
        .map(|(slug, en, fr)| (format!("/orientation/result/{slug}"), *en, *fr))
        .chain(
            GUIDES
                .iter()
                .map(|(slug, en, fr)| (format!("/guide/{slug}"), *en, *fr)),
        );
    for (path, english, french) in pages.collect::<Vec<_>>() {
        app.client = browser("en");
        let page = app.get(&path).await.expect(200);
        assert!(page.body.contains("<html lang=\"en\""), "{path}");
        for needle in english {
            assert!(page.body.contains(needle), "{path} lacks {needle}");
        }
        assert!(!page.body.contains("Unknown localization"), "{path}");
        assert_no_answer_in_urls(&page.body);
        app.client = browser("fr-FR,fr;q=0.9");
        let page = app.get(&path).await.expect(200);
        assert!(page.body.contains("<html lang=\"fr\""), "{path}");
        for needle in french {
            assert!(page.body.contains(needle), "{path} lacks {needle}");
        }
    }
}

#[tokio::test]
async fn unknown_slugs_get_the_404_page() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    for path in [
        "/orientation/result/nope",
        "/orientation/result/sexual-violence",
        "/orientation/result/",
        "/guide/nope",
        "/guide/",
    ] {
        let page = app.get(path).await.expect(404);
        assert!(page.body.contains("<h1"), "{path}: the problem page");
    }
}

#[tokio::test]
async fn the_home_page_starts_the_orientation_and_links_every_procedure() {
    let app = TestApp::spawn(Backend::Sqlite).await;
    let home = app.get("/").await.expect(200);
    for link in [
        "href=\"/orientation\"",
        "href=\"/pre-complaint\"",
        "href=\"/complaint\"",
        "href=\"/discrimination\"",
        "href=\"/orientation/result/support\"",
        "href=\"/guide/support-numbers\"",
        "href=\"/guide/data-retention\"",
        "tel:17",
        "tel:3919",
    ] {
        assert!(home.body.contains(link), "home lacks {link}");
    }
    assert!(home.body.contains("Find the right procedure"));
}
