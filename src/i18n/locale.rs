//! The locales ispit speaks and how a request's preferences are matched to one of them.
//! Pure: no HTTP types here, the web layer passes header values in as strings.

use std::fmt;
use std::str::FromStr;

use serde::{Serialize, Serializer};

/// A locale ispit offers. Serbian comes in both scripts; Montenegrin is written in Latin.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Locale {
    En,
    SrCyrl,
    SrLatn,
    Bs,
    Hr,
    Cnr,
    Mk,
    Sq,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("unknown locale `{0}`")]
pub struct UnknownLocale(pub String);

impl Locale {
    pub const ALL: [Locale; 8] = [
        Locale::En,
        Locale::SrCyrl,
        Locale::SrLatn,
        Locale::Bs,
        Locale::Hr,
        Locale::Cnr,
        Locale::Mk,
        Locale::Sq,
    ];

    /// Locales whose text is stored in files; Serbian Latin is derived from Serbian Cyrillic.
    pub const STORED: [Locale; 7] = [
        Locale::En,
        Locale::SrCyrl,
        Locale::Bs,
        Locale::Hr,
        Locale::Cnr,
        Locale::Mk,
        Locale::Sq,
    ];

    pub const DEFAULT: Locale = Locale::En;

    /// BCP 47 tag, also the folder and file name of its texts.
    pub fn tag(self) -> &'static str {
        match self {
            Locale::En => "en",
            Locale::SrCyrl => "sr-Cyrl",
            Locale::SrLatn => "sr-Latn",
            Locale::Bs => "bs",
            Locale::Hr => "hr",
            Locale::Cnr => "cnr",
            Locale::Mk => "mk",
            Locale::Sq => "sq",
        }
    }

    /// The language's name in itself, for the language picker.
    pub fn native_name(self) -> &'static str {
        match self {
            Locale::En => "English",
            Locale::SrCyrl => "Српски (ћирилица)",
            Locale::SrLatn => "Srpski (latinica)",
            Locale::Bs => "Bosanski",
            Locale::Hr => "Hrvatski",
            Locale::Cnr => "Crnogorski",
            Locale::Mk => "Македонски",
            Locale::Sq => "Shqip",
        }
    }

    /// The stored locale this one's text comes from (itself, except Serbian Latin).
    pub fn source(self) -> Locale {
        match self {
            Locale::SrLatn => Locale::SrCyrl,
            other => other,
        }
    }

    /// The locale whose CLDR plural rules apply. Montenegrin has no CLDR data of its own yet; its plural
    /// forms are those of the other Štokavian standards (one/few/other).
    pub fn plural_rules_tag(self) -> &'static str {
        match self {
            Locale::Cnr => "sr-Latn",
            other => other.tag(),
        }
    }

    /// Whether the locale's own text is written in Cyrillic (Serbian Latin is derived, so it is not).
    pub fn writes_cyrillic(self) -> bool {
        matches!(self, Locale::SrCyrl | Locale::Mk)
    }

    /// Decimal separator used when formatting and accepted when parsing numbers.
    pub fn decimal_separator(self) -> char {
        match self {
            Locale::En => '.',
            _ => ',',
        }
    }
}

impl fmt::Display for Locale {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.tag())
    }
}

impl Serialize for Locale {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.serialize_str(self.tag())
    }
}

impl<'de> serde::Deserialize<'de> for Locale {
    fn deserialize<D: serde::Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl FromStr for Locale {
    type Err = UnknownLocale;

    /// Exact tags only (case-insensitive), as used in `?lang=`, cookies, profiles and bank files.
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        Locale::ALL
            .into_iter()
            .find(|l| l.tag().eq_ignore_ascii_case(s.trim()))
            .ok_or_else(|| UnknownLocale(s.to_string()))
    }
}

/// Maps one BCP 47 language range from a browser to the locale that serves it best, if any.
/// `sr` alone and `sr-RS` mean Cyrillic (the official script); `sr-ME` and `sr-Latn-*` mean Latin.
pub fn match_language_tag(tag: &str) -> Option<Locale> {
    let parts: Vec<String> = tag
        .trim()
        .split(['-', '_'])
        .map(|p| p.to_ascii_lowercase())
        .collect();
    let lang = parts.first()?.as_str();
    // A script subtag has four letters; of the regions only `ME` changes the answer.
    let script = parts
        .iter()
        .skip(1)
        .find(|p| p.len() == 4)
        .map(String::as_str);
    let in_montenegro = parts.iter().skip(1).any(|p| p == "me");
    match lang {
        "en" => Some(Locale::En),
        "sr" => match (script, in_montenegro) {
            (Some("latn"), _) => Some(Locale::SrLatn),
            (None, true) => Some(Locale::Cnr),
            _ => Some(Locale::SrCyrl),
        },
        "sh" => Some(Locale::SrLatn),
        "bs" => Some(Locale::Bs),
        "hr" => Some(Locale::Hr),
        "cnr" => Some(Locale::Cnr),
        "mk" => Some(Locale::Mk),
        "sq" | "als" => Some(Locale::Sq),
        _ => None,
    }
}

/// Picks the locale for an Accept-Language header, honouring q-values; `None` when nothing matches.
pub fn negotiate_accept_language(header: &str) -> Option<Locale> {
    let mut ranges: Vec<(f32, usize, &str)> = header
        .split(',')
        .enumerate()
        .filter_map(|(i, part)| {
            let mut pieces = part.split(';');
            let tag = pieces.next()?.trim();
            let mut q = 1.0f32;
            for p in pieces {
                let p = p.trim();
                if let Some(v) = p.strip_prefix("q=").or_else(|| p.strip_prefix("Q=")) {
                    q = v
                        .trim()
                        .parse()
                        .ok()
                        .filter(|q: &f32| (0.0..=1.0).contains(q))?;
                }
            }
            (q > 0.0).then_some((q, i, tag))
        })
        .collect();
    // Highest q first; among equals, the order the browser gave.
    ranges.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(&b.1)));
    ranges
        .iter()
        .find_map(|(_, _, tag)| match_language_tag(tag))
}

/// Where a request's locale may come from, most specific first.
#[derive(Debug, Default, Clone)]
pub struct LocaleSources<'a> {
    pub query: Option<&'a str>,
    pub cookie: Option<&'a str>,
    pub profile: Option<&'a str>,
    pub accept_language: Option<&'a str>,
}

/// `?lang=`, then the cookie, then the profile, then Accept-Language, then English. A link's `?lang=` is
/// matched as a browser's tag is (`sr`, `sr-Latn-RS`, `mk-MK`); the cookie and profile hold our own tags.
pub fn choose_locale(sources: &LocaleSources<'_>) -> Locale {
    sources
        .query
        .and_then(match_language_tag)
        .or_else(|| {
            [sources.cookie, sources.profile]
                .into_iter()
                .flatten()
                .find_map(|s| s.parse().ok())
        })
        .or_else(|| sources.accept_language.and_then(negotiate_accept_language))
        .unwrap_or(Locale::DEFAULT)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_round_trip() {
        for l in Locale::ALL {
            assert_eq!(l.tag().parse::<Locale>(), Ok(l));
        }
        assert_eq!("SR-cyrl".parse::<Locale>(), Ok(Locale::SrCyrl));
        assert!("de".parse::<Locale>().is_err());
    }

    #[test]
    fn accept_language_honours_q_values() {
        assert_eq!(
            negotiate_accept_language("en;q=0.5, mk;q=0.9, de"),
            Some(Locale::Mk)
        );
        assert_eq!(
            negotiate_accept_language("de-DE, fr;q=0.8, hr;q=0.1"),
            Some(Locale::Hr)
        );
        assert_eq!(negotiate_accept_language("de, fr"), None);
        assert_eq!(
            negotiate_accept_language("sq;q=0, en;q=0.2"),
            Some(Locale::En)
        );
        assert_eq!(negotiate_accept_language("mk;q=abc, bs"), Some(Locale::Bs));
    }

    #[test]
    fn regions_and_scripts_are_understood() {
        assert_eq!(match_language_tag("sr"), Some(Locale::SrCyrl));
        assert_eq!(match_language_tag("sr-RS"), Some(Locale::SrCyrl));
        assert_eq!(match_language_tag("sr-Latn-RS"), Some(Locale::SrLatn));
        assert_eq!(match_language_tag("sr-ME"), Some(Locale::Cnr));
        assert_eq!(match_language_tag("sr_Latn"), Some(Locale::SrLatn));
        assert_eq!(match_language_tag("hr-BA"), Some(Locale::Hr));
        assert_eq!(match_language_tag("bs-Latn-BA"), Some(Locale::Bs));
        assert_eq!(match_language_tag("mk-MK"), Some(Locale::Mk));
        assert_eq!(match_language_tag("sq-XK"), Some(Locale::Sq));
        assert_eq!(match_language_tag("en-GB"), Some(Locale::En));
        assert_eq!(match_language_tag("it"), None);
    }

    #[test]
    fn sources_are_tried_in_order() {
        let all = LocaleSources {
            query: Some("sq"),
            cookie: Some("mk"),
            profile: Some("hr"),
            accept_language: Some("bs"),
        };
        assert_eq!(choose_locale(&all), Locale::Sq);
        let bad_query = LocaleSources {
            query: Some("xx"),
            ..all.clone()
        };
        assert_eq!(choose_locale(&bad_query), Locale::Mk);
        let profile_only = LocaleSources {
            profile: Some("hr"),
            accept_language: Some("bs"),
            ..Default::default()
        };
        assert_eq!(choose_locale(&profile_only), Locale::Hr);
        let header_only = LocaleSources {
            accept_language: Some("bs-BA,en;q=0.5"),
            ..Default::default()
        };
        assert_eq!(choose_locale(&header_only), Locale::Bs);
        assert_eq!(choose_locale(&LocaleSources::default()), Locale::En);
    }

    #[test]
    fn a_link_s_lang_is_matched_like_a_browser_tag() {
        let query = |q| {
            choose_locale(&LocaleSources {
                query: Some(q),
                cookie: Some("hr"),
                ..Default::default()
            })
        };
        assert_eq!(query("sr"), Locale::SrCyrl);
        assert_eq!(query("sr-Latn-RS"), Locale::SrLatn);
        assert_eq!(query("mk-MK"), Locale::Mk);
        assert_eq!(query(" sq "), Locale::Sq);
        assert_eq!(
            query("de"),
            Locale::Hr,
            "a language we lack falls through to the cookie"
        );
        // The cookie holds our own tags only: a browser-style tag there is not ours and is skipped.
        let cookie = LocaleSources {
            cookie: Some("mk-MK"),
            accept_language: Some("bs"),
            ..Default::default()
        };
        assert_eq!(choose_locale(&cookie), Locale::Bs);
    }

    #[test]
    fn each_locale_knows_its_name_source_plurals_and_separator() {
        assert_eq!(Locale::En.native_name(), "English");
        assert_eq!(Locale::SrCyrl.native_name(), "Српски (ћирилица)");
        assert_eq!(Locale::Mk.native_name(), "Македонски");
        assert_eq!(Locale::SrLatn.source(), Locale::SrCyrl);
        assert_eq!(Locale::Bs.source(), Locale::Bs);
        assert_eq!(Locale::Cnr.plural_rules_tag(), "sr-Latn");
        let cyrillic: Vec<Locale> = Locale::ALL
            .into_iter()
            .filter(|l| l.writes_cyrillic())
            .collect();
        assert_eq!(cyrillic, vec![Locale::SrCyrl, Locale::Mk]);
        assert_eq!(Locale::Hr.plural_rules_tag(), "hr");
        assert_eq!(Locale::En.decimal_separator(), '.');
        assert_eq!(Locale::Hr.decimal_separator(), ',');
        assert_eq!(Locale::SrLatn.to_string(), "sr-Latn");
        assert_eq!(
            serde_json::to_string(&Locale::SrCyrl).expect("json"),
            "\"sr-Cyrl\""
        );
        let mk: Locale = serde_json::from_str("\"mk\"").expect("a tag");
        assert_eq!(mk, Locale::Mk);
        assert!(serde_json::from_str::<Locale>("\"de\"").is_err());
    }

    #[test]
    fn older_and_other_tags_map_to_our_locales() {
        assert_eq!(match_language_tag("sh"), Some(Locale::SrLatn));
        assert_eq!(match_language_tag("cnr"), Some(Locale::Cnr));
        assert_eq!(match_language_tag("als"), Some(Locale::Sq));
        assert_eq!(match_language_tag("sr-Cyrl-ME"), Some(Locale::SrCyrl));
        assert_eq!(match_language_tag("sr-419"), Some(Locale::SrCyrl));
        assert_eq!(match_language_tag("BS"), Some(Locale::Bs));
        assert_eq!(match_language_tag(""), None);
    }

    #[test]
    fn accept_language_edge_cases() {
        assert_eq!(negotiate_accept_language("*, mk"), Some(Locale::Mk));
        assert_eq!(negotiate_accept_language(", ,mk"), Some(Locale::Mk));
        assert_eq!(
            negotiate_accept_language("mk;Q=0.4, bs;q=0.3"),
            Some(Locale::Mk)
        );
        assert_eq!(
            negotiate_accept_language("mk;q=1.5, bs;q=0.3"),
            Some(Locale::Bs)
        );
        assert_eq!(negotiate_accept_language("mk;q=0"), None);
        assert_eq!(negotiate_accept_language("mk;q=0.001"), Some(Locale::Mk));
        // Equal q-values keep the browser's order.
        assert_eq!(
            negotiate_accept_language("hr;q=0.5, bs;q=0.5"),
            Some(Locale::Hr)
        );
        assert_eq!(
            negotiate_accept_language("bs;q=0.5, hr;q=0.5"),
            Some(Locale::Bs)
        );
        assert_eq!(negotiate_accept_language("bs;q=0.5, hr"), Some(Locale::Hr));
    }
}
