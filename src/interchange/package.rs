//! IMS content packages: the zip in which QTI travels, an `imsmanifest.xml` listing its resources. Reads
//! every QTI item resource (`type="imsqti_item_xmlv3p0"`, `imsqti_item_xmlv2p1`…) in manifest order through
//! the QTI reader; tests, stimuli, images and metadata are left where they are, but for ispit's own
//! settings in a resource's metadata ([`ISPIT_NAMESPACE`]), which become the item's extension.
//!
//! Problems in a member carry the member's path at the head of the message (`items/q3.xml: …`) and the
//! line and column within that member; problems in the manifest, `imsmanifest.xml: …` likewise.
//!
//! Pure: reads the zip from memory and writes nothing; a member's size is bounded before it is inflated,
//! paths are resolved inside the package (a `..` that leaves it is refused).

use std::io::{Cursor, Read};

use roxmltree::Node;
use zip::ZipArchive;

use super::model::{Problem, Reading};
use super::qti::{self, Version};
use super::text::decode_utf8;

/// The largest member read (an item or the manifest).
const MAX_MEMBER: u64 = 16 * 1024 * 1024;

/// The most a package may inflate to, all members read together.
const MAX_TOTAL: u64 = 256 * 1024 * 1024;

const MANIFEST: &str = "imsmanifest.xml";

/// Whether `bytes` look like a zip (a local file header first).
pub fn is_zip(bytes: &[u8]) -> bool {
    bytes.starts_with(b"PK\x03\x04")
}

/// Reads the items of a content package.
pub fn read(version: Version, bytes: &[u8]) -> Reading {
    let archive = match ZipArchive::new(Cursor::new(bytes)) {
        Ok(archive) => archive,
        Err(e) => {
            return Reading::failed(Problem::at(
                1,
                format!("the file is not a zip content package that can be read: {e}"),
            ))
        }
    };
    let mut package = Package {
        members: archive
            .file_names()
            .filter_map(|n| n.ok())
            .map(|raw| (member_path(&raw), raw.into_owned()))
            .collect(),
        archive,
        budget: MAX_TOTAL,
    };
    // The manifest at the root, or in the one folder a package was zipped with.
    let manifest_name = package
        .members
        .iter()
        .map(|(path, _)| path)
        .filter(|n| *n == MANIFEST || n.ends_with(&format!("/{MANIFEST}")))
        .min_by_key(|n| n.matches('/').count())
        .cloned();
    let Some(manifest_name) = manifest_name else {
        return Reading::failed(Problem::at(
            1,
            format!("the zip has no {MANIFEST}: it is not an IMS content package"),
        ));
    };
    let folder = manifest_name
        .strip_suffix(MANIFEST)
        .unwrap_or("")
        .to_owned();
    let manifest = match package.text(&manifest_name) {
        Ok(text) => text,
        Err(problem) => return Reading::failed(in_member(&manifest_name, problem)),
    };
    let doc = match qti::parse_xml(&manifest) {
        Ok(doc) => doc,
        Err(problem) => return Reading::failed(in_member(&manifest_name, problem)),
    };
    let root = doc.root_element();
    if root.tag_name().name() != "manifest" {
        return Reading::failed(in_member(
            &manifest_name,
            qti::problem_at(
                &doc,
                root,
                format!(
                    "the root element is <{}>, not an IMS content package <manifest>",
                    root.tag_name().name()
                ),
            ),
        ));
    }

    let mut reading = Reading::default();
    let mut items = 0;
    for resources in root.children().filter(|n| n.has_tag_name("resources")) {
        let base = join(&folder, xml_base(resources));
        for resource in resources.children().filter(|n| n.has_tag_name("resource")) {
            let kind = resource.attribute("type").unwrap_or("");
            if !kind.starts_with("imsqti_item_xmlv") {
                continue;
            }
            items += 1;
            let href = resource.attribute("href").or_else(|| {
                resource
                    .children()
                    .find(|f| f.has_tag_name("file"))
                    .and_then(|f| f.attribute("href"))
            });
            let Some(href) = href else {
                reading.problems.push(in_member(
                    &manifest_name,
                    qti::problem_at(&doc, resource, "the item resource names no file (href)"),
                ));
                continue;
            };
            let base = join(&base, xml_base(resource));
            let Some(path) = resolve(&base, href) else {
                reading.problems.push(in_member(
                    &manifest_name,
                    qti::problem_at(
                        &doc,
                        resource,
                        format!("the item resource's file \"{href}\" lies outside the package"),
                    ),
                ));
                continue;
            };
            if package.raw_name(&path).is_none() {
                reading.problems.push(in_member(
                    &manifest_name,
                    qti::problem_at(
                        &doc,
                        resource,
                        format!("the item resource's file {path} is not in the package"),
                    ),
                ));
                continue;
            }
            let item = package
                .text(&path)
                .and_then(|t| qti::read_item(version, &t));
            match item {
                Ok(mut item) => {
                    item.extension = ispit_settings(resource);
                    reading.items.push(item)
                }
                Err(problem) => reading.problems.push(in_member(&path, problem)),
            }
        }
    }
    if items == 0 {
        reading.problems.push(in_member(
            &manifest_name,
            qti::problem_at(
                &doc,
                root,
                "the manifest lists no QTI item resource (type imsqti_item_xmlv3p0 or imsqti_item_xmlv2p1)",
            ),
        ));
    }
    reading
}

/// The namespace of ispit's own settings in a resource's metadata (written by `ispit export --to qti3`).
pub const ISPIT_NAMESPACE: &str = "urn:x-ispit:bank:1";

/// ispit's settings for the item that QTI has no place for (a TOML fragment, see `from_bank`), from the
/// resource's `<metadata><ispit:settings>`; other systems ignore the element.
fn ispit_settings(resource: Node) -> Option<String> {
    resource
        .children()
        .filter(|n| n.has_tag_name("metadata"))
        .flat_map(|m| m.descendants())
        .find(|n| n.has_tag_name((ISPIT_NAMESPACE, "settings")))
        .map(|n| n.text().unwrap_or("").to_owned())
        .filter(|t| !t.trim().is_empty())
}

/// The member's path at the head of the problem's message.
fn in_member(path: &str, problem: Problem) -> Problem {
    Problem {
        message: format!("{path}: {}", problem.message),
        ..problem
    }
}

fn xml_base<'a>(node: Node<'a, '_>) -> &'a str {
    node.attribute(("http://www.w3.org/XML/1998/namespace", "base"))
        .unwrap_or("")
}

/// `base` (a folder, empty or ending in `/`) followed by `href`'s folder part, as a folder.
fn join(base: &str, href: &str) -> String {
    if href.is_empty() {
        return base.to_owned();
    }
    let mut folder = format!("{base}{href}");
    if !folder.ends_with('/') {
        folder.push('/');
    }
    folder
}

/// The member path `href` (a relative URI, percent-encoded) names from `base`; `None` if it leaves the
/// package or is absolute.
fn resolve(base: &str, href: &str) -> Option<String> {
    let href = href.split(['#', '?']).next().unwrap_or("");
    let href = percent_encoding::percent_decode_str(href)
        .decode_utf8()
        .ok()?;
    if href.starts_with('/') || href.contains("://") {
        return None;
    }
    let mut parts: Vec<&str> = Vec::new();
    for part in base.split('/').chain(href.split('/')) {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            part => parts.push(part),
        }
    }
    Some(parts.join("/"))
}

/// A member's path as manifests write it: `/` between folders (some Windows tools store `\`), no
/// leading `./`.
fn member_path(raw: &str) -> String {
    let path = raw.replace('\\', "/");
    let mut path = path.as_str();
    while let Some(rest) = path.strip_prefix("./") {
        path = rest;
    }
    path.to_owned()
}

/// The zip being read: its members by path, and what is left of the inflating budget.
struct Package<'b> {
    archive: ZipArchive<Cursor<&'b [u8]>>,
    /// (path as manifests name it, name in the zip).
    members: Vec<(String, String)>,
    budget: u64,
}

impl Package<'_> {
    fn raw_name(&self, path: &str) -> Option<String> {
        self.members
            .iter()
            .find(|(p, _)| p == path)
            .map(|(_, raw)| raw.clone())
    }

    /// A member's text (UTF-8, byte-order mark dropped), read within [`MAX_MEMBER`] and the budget.
    fn text(&mut self, path: &str) -> Result<String, Problem> {
        let raw = self
            .raw_name(path)
            .ok_or_else(|| Problem::at(1, "the member is not in the package"))?;
        let mut file = self
            .archive
            .by_name(&raw)
            .map_err(|e| Problem::at(1, format!("the member cannot be read: {e}")))?;
        let limit = MAX_MEMBER.min(self.budget);
        if file.size() > limit {
            return Err(Problem::at(
                1,
                format!(
                    "the member is too large: over {} MiB, or over what is left of the {} MiB a package may inflate to",
                    MAX_MEMBER / 1024 / 1024,
                    MAX_TOTAL / 1024 / 1024
                ),
            ));
        }
        let mut bytes = Vec::new();
        (&mut file)
            .take(limit)
            .read_to_end(&mut bytes)
            .map_err(|e| Problem::at(1, format!("the member cannot be read: {e}")))?;
        self.budget = self.budget.saturating_sub(bytes.len() as u64);
        decode_utf8(&bytes)
    }
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;
    use std::io::Write;
    use zip::write::SimpleFileOptions;

    pub(crate) fn zip(members: &[(&str, &str)]) -> Vec<u8> {
        let mut writer = zip::ZipWriter::new(Cursor::new(Vec::new()));
        for (name, text) in members {
            writer
                .start_file(*name, SimpleFileOptions::default())
                .expect("zip member");
            writer.write_all(text.as_bytes()).expect("zip write");
        }
        writer.finish().expect("zip").into_inner()
    }

    fn manifest(resources: &str) -> String {
        format!(
            r#"<?xml version="1.0" encoding="UTF-8"?>
<manifest xmlns="http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1" identifier="m">
  <organizations/>
  <resources>
{resources}
  </resources>
</manifest>"#
        )
    }

    const ESSAY: &str = r#"<qti-assessment-item identifier="e" title="Essay">
  <qti-item-body><qti-extended-text-interaction response-identifier="R"><qti-prompt>Why?</qti-prompt></qti-extended-text-interaction></qti-item-body>
</qti-assessment-item>"#;

    #[test]
    fn paths_resolve_inside_the_package() {
        assert_eq!(resolve("", "items/q1.xml").as_deref(), Some("items/q1.xml"));
        assert_eq!(
            resolve("pkg/items/", "../q%201.xml").as_deref(),
            Some("pkg/q 1.xml")
        );
        assert_eq!(resolve("", "./a/./b.xml#x").as_deref(), Some("a/b.xml"));
        assert_eq!(resolve("", "../etc/passwd"), None);
        assert_eq!(resolve("", "/etc/passwd"), None);
        assert_eq!(join("", "items"), "items/");
        assert_eq!(member_path("./items\\q1.xml"), "items/q1.xml");
    }

    #[test]
    fn problems_name_the_member_and_keep_its_line_and_column() {
        let bytes = zip(&[
            (
                MANIFEST,
                &manifest(
                    r#"    <resource identifier="i1" type="imsqti_item_xmlv3p0" href="items/q1.xml"/>
    <resource identifier="i2" type="imsqti_item_xmlv3p0" href="items/q2.xml"/>
    <resource identifier="i3" type="imsqti_item_xmlv3p0" href="items/q3.xml"/>
    <resource identifier="t" type="imsqti_test_xmlv3p0" href="test.xml"/>"#,
                ),
            ),
            ("items/q1.xml", ESSAY),
            (
                "items/q2.xml",
                "<qti-assessment-item>\n  <qti-item-body>\n</qti-assessment-item>",
            ),
        ]);
        let reading = read(Version::V3, &bytes);
        assert_eq!(reading.items.len(), 1);
        assert_eq!(reading.items[0].text, "Why?");
        let shown: Vec<String> = reading
            .problems
            .iter()
            .map(|p| p.display("p.zip"))
            .collect();
        assert_eq!(
            shown,
            vec![
                "p.zip:3:1: items/q2.xml: the XML is not well formed: expected 'qti-item-body' tag, not 'qti-assessment-item'".to_owned(),
                "p.zip:7:5: imsmanifest.xml: the item resource's file items/q3.xml is not in the package".to_owned(),
            ]
        );
    }

    #[test]
    fn a_package_without_manifest_or_items_is_refused() {
        let reading = read(Version::V3, &zip(&[("q1.xml", ESSAY)]));
        assert_eq!(
            reading.problems,
            vec![Problem::at(
                1,
                "the zip has no imsmanifest.xml: it is not an IMS content package"
            )]
        );
        let reading = read(Version::V3, &zip(&[(MANIFEST, &manifest(""))]));
        assert_eq!(reading.outcome(), "error");
        assert_eq!(reading.problems[0].line, 2);
        let reading = read(Version::V3, b"PK\x03\x04 not really a zip");
        assert_eq!(reading.problems[0].line, 1);
        assert!(reading.problems[0]
            .message
            .starts_with("the file is not a zip content package"));
    }

    /// The committed `qti3/package.zip` (read by the golden test) holds exactly the files of
    /// `qti3/package-src/`, where they can be read and reviewed; rebuild it with
    /// `cd package-src && zip -X -r ../package.zip imsmanifest.xml test.xml items/q1.xml items/q2.xml items/q3.xml`.
    #[test]
    fn the_package_fixture_holds_its_sources() {
        let dir =
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/import/qti3");
        let bytes = std::fs::read(dir.join("package.zip")).expect("package.zip");
        let archive = ZipArchive::new(Cursor::new(bytes.as_slice())).expect("a zip");
        let mut names: Vec<String> = archive
            .file_names()
            .map(|n| n.expect("a name").into_owned())
            .collect();
        let mut package = Package {
            members: names.iter().map(|n| (n.clone(), n.clone())).collect(),
            archive,
            budget: MAX_TOTAL,
        };
        names.sort();
        assert_eq!(
            names,
            [
                "imsmanifest.xml",
                "items/q1.xml",
                "items/q2.xml",
                "items/q3.xml",
                "test.xml"
            ]
        );
        for name in names {
            let source =
                std::fs::read_to_string(dir.join("package-src").join(&name)).expect("source");
            assert_eq!(package.text(&name).expect("member"), source, "{name}");
        }
    }

    #[test]
    fn a_qti21_package_is_read_by_the_21_reader() {
        let item = r#"<assessmentItem identifier="e" title="Essay"><itemBody>
  <extendedTextInteraction responseIdentifier="R"><prompt>Why?</prompt></extendedTextInteraction>
</itemBody></assessmentItem>"#;
        let bytes = zip(&[
            (
                MANIFEST,
                &manifest(
                    r#"<resource identifier="i1" type="imsqti_item_xmlv2p1" href="i1.xml"/>"#,
                ),
            ),
            ("./i1.xml", item),
        ]);
        let reading = read(Version::V21, &bytes);
        assert!(reading.problems.is_empty(), "{:?}", reading.problems);
        assert_eq!(reading.items[0].text, "Why?");
        let reading = read(Version::V3, &bytes);
        assert_eq!(
            reading.problems[0].display("p.zip"),
            "p.zip:1:1: i1.xml: this is a QTI 2.1 item (assessmentItem), not QTI 3.0: import it with --from qti21"
        );
    }

    #[test]
    fn a_manifest_in_a_folder_resolves_from_that_folder() {
        let bytes = zip(&[
            (
                "export/imsmanifest.xml",
                &manifest(
                    r#"<resource identifier="i1" type="imsqti_item_xmlv3p0" xml:base="items/" href="q1.xml"/>"#,
                ),
            ),
            ("export/items/q1.xml", ESSAY),
        ]);
        let reading = read(Version::V3, &bytes);
        assert!(reading.problems.is_empty(), "{:?}", reading.problems);
        assert_eq!(reading.items.len(), 1);
    }
}
