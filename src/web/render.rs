//! Handlebars pages, with a `t` helper that formats Fluent messages in the page's locale:
//! `{{t "quiz-attempts-left" count=n}}`. Templates are read from `templates/` at start-up (strict mode, so
//! a misspelt variable fails the tests instead of rendering blank).

use std::path::Path;
use std::sync::Arc;

use fluent_bundle::{FluentArgs, FluentValue};
use handlebars::{
    Context, Handlebars, Helper, HelperDef, HelperResult, Output, RenderContext, RenderErrorReason,
};
use serde_json::Value;

use crate::i18n::{Locale, Texts};

pub struct Renderer {
    registry: Handlebars<'static>,
    pub stylesheet: String,
    pub script: String,
    pub favicon: String,
}

#[derive(Debug, thiserror::Error)]
pub enum TemplateError {
    #[error("cannot read templates in {0}: {1}")]
    Io(String, std::io::Error),
    #[error("template {0}: {1}")]
    Syntax(String, Box<handlebars::TemplateError>),
}

impl Renderer {
    pub fn load(dir: &Path, ui: Arc<Texts>) -> Result<Renderer, TemplateError> {
        let mut registry = Handlebars::new();
        registry.set_strict_mode(true);
        registry.register_helper("t", translate_helper(ui, true));
        let files = templates_in(dir)?;
        for (name, path) in files {
            let text = std::fs::read_to_string(&path)
                .map_err(|e| TemplateError::Io(path.display().to_string(), e))?;
            registry
                .register_template_string(&name, text)
                .map_err(|e| TemplateError::Syntax(name.clone(), Box::new(e)))?;
        }
        let css = dir.join("static/ispit.css");
        let stylesheet = std::fs::read_to_string(&css)
            .map_err(|e| TemplateError::Io(css.display().to_string(), e))?;
        let js = dir.join("static/ispit.js");
        let script = std::fs::read_to_string(&js)
            .map_err(|e| TemplateError::Io(js.display().to_string(), e))?;
        let svg = dir.join("static/favicon.svg");
        let favicon = std::fs::read_to_string(&svg)
            .map_err(|e| TemplateError::Io(svg.display().to_string(), e))?;
        Ok(Renderer {
            registry,
            stylesheet,
            script,
            favicon,
        })
    }

    pub fn render(&self, name: &str, data: &Value) -> Result<String, handlebars::RenderError> {
        self.registry.render(name, data)
    }

    pub fn template_names(&self) -> Vec<String> {
        self.registry.get_templates().keys().cloned().collect()
    }
}

/// Every `.hbs` file below `dir`, named by its path below `dir` without the extension (`pages/quiz`).
pub fn templates_in(dir: &Path) -> Result<Vec<(String, std::path::PathBuf)>, TemplateError> {
    let mut files = Vec::new();
    collect(dir, dir, &mut files).map_err(|e| TemplateError::Io(dir.display().to_string(), e))?;
    files.sort();
    Ok(files)
}

/// The `t` helper: formats a Fluent message in the locale of the template's `lang`. `escape` is off only
/// for plain-text output (text emails), where HTML escaping would show `&amp;` to the reader.
pub fn translate_helper(texts: Arc<Texts>, escape: bool) -> Box<dyn HelperDef + Send + Sync> {
    Box::new(Translate { texts, escape })
}

fn collect(
    root: &Path,
    dir: &Path,
    out: &mut Vec<(String, std::path::PathBuf)>,
) -> std::io::Result<()> {
    for entry in std::fs::read_dir(dir)? {
        let path = entry?.path();
        if path.is_dir() {
            collect(root, &path, out)?;
        } else if path.extension().and_then(|e| e.to_str()) == Some("hbs") {
            let rel = path.strip_prefix(root).unwrap_or(&path).with_extension("");
            out.push((rel.to_string_lossy().replace('\\', "/"), path));
        }
    }
    Ok(())
}

struct Translate {
    texts: Arc<Texts>,
    escape: bool,
}

impl HelperDef for Translate {
    fn call<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        r: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        rc: &mut RenderContext<'reg, 'rc>,
        out: &mut dyn Output,
    ) -> HelperResult {
        let value = self.call_inner(h, r, ctx, rc)?;
        let text = value.as_json().as_str().unwrap_or_default();
        if self.escape {
            out.write(&handlebars::html_escape(text))?;
        } else {
            out.write(text)?;
        }
        Ok(())
    }

    /// Also usable as a subexpression: `(t "page-title")`.
    fn call_inner<'reg: 'rc, 'rc>(
        &self,
        h: &Helper<'rc>,
        _: &'reg Handlebars<'reg>,
        ctx: &'rc Context,
        _: &mut RenderContext<'reg, 'rc>,
    ) -> Result<handlebars::ScopedJson<'rc>, handlebars::RenderError> {
        let id = h
            .param(0)
            .and_then(|p| p.value().as_str())
            .ok_or_else(|| RenderErrorReason::ParamNotFoundForIndex("t", 0))?;
        let locale = ctx
            .data()
            .get("lang")
            .and_then(Value::as_str)
            .and_then(|l| l.parse::<Locale>().ok())
            .unwrap_or(Locale::DEFAULT);
        let mut args = FluentArgs::new();
        for (name, value) in h.hash() {
            match value.value() {
                Value::Number(n) => match n.as_i64() {
                    Some(i) => args.set(*name, FluentValue::from(i)),
                    None => args.set(*name, FluentValue::from(n.as_f64().unwrap_or_default())),
                },
                Value::String(s) => args.set(*name, FluentValue::from(s.clone())),
                other => args.set(*name, FluentValue::from(other.to_string())),
            }
        }
        let text = self.texts.format(locale, id, None, Some(&args));
        Ok(handlebars::ScopedJson::Derived(Value::String(text)))
    }
}
