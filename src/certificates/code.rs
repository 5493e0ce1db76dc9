//! The verification code printed on a certificate and typed by whoever checks it: 15 Crockford base32
//! characters (75 bits from the operating system's CSPRNG) shown as `XXXXX-XXXXX-XXXXX`. Parsing forgives
//! what people do when they copy a code by hand (case, spaces, missing or typographic dashes, O for 0, I or L
//! for 1) and refuses everything else, so a code can never be confused with another.

use std::fmt;
use std::str::FromStr;

use rand::rngs::OsRng;
use rand::RngCore;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Crockford's base32 alphabet: digits and upper-case letters without I, L, O and U.
const ALPHABET: &[u8; 32] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// Characters in a code, not counting the dashes.
pub const SYMBOLS: usize = 15;
const GROUP: usize = 5;

/// A certificate's verification code in canonical form (`XXXXX-XXXXX-XXXXX`, upper case).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct VerificationCode(String);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CodeError {
    #[error("a verification code has {SYMBOLS} letters and digits; this one has {found}")]
    WrongLength { found: usize },
    #[error("“{character}” (at position {position}) cannot be part of a verification code")]
    InvalidCharacter { character: char, position: usize },
    #[error("the verification code {found:?} is not written in its canonical form {canonical}")]
    NotCanonical { found: String, canonical: String },
}

impl VerificationCode {
    /// A fresh code from the operating system's CSPRNG. 75 bits: with a million certificates issued, a guess
    /// hits one with probability below 3·10⁻¹⁷.
    pub fn generate() -> Self {
        let mut bytes = [0u8; SYMBOLS];
        OsRng.fill_bytes(&mut bytes);
        // 32 divides 256, so the low five bits of a uniform byte are uniform.
        Self::from_symbols(bytes.map(|b| ALPHABET[usize::from(b & 0x1f)]))
    }

    fn from_symbols(symbols: [u8; SYMBOLS]) -> Self {
        let mut text = String::with_capacity(SYMBOLS + SYMBOLS / GROUP - 1);
        for (i, s) in symbols.iter().enumerate() {
            if i > 0 && i % GROUP == 0 {
                text.push('-');
            }
            text.push(char::from(*s));
        }
        Self(text)
    }

    /// The canonical form, e.g. `7K3QD-M0XPA-9RT2W`: what the database stores and the URL carries.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// Only the canonical form; what signed records and stored rows must hold.
    pub fn parse_canonical(text: &str) -> Result<Self, CodeError> {
        let code: Self = text.parse()?;
        if code.0 == text {
            Ok(code)
        } else {
            Err(CodeError::NotCanonical {
                found: text.to_owned(),
                canonical: code.0,
            })
        }
    }
}

/// Dashes a person may type or paste from a PDF or a word processor: hyphen-minus, hyphen, non-breaking
/// hyphen, figure dash, en dash, em dash, minus sign.
fn is_separator(c: char) -> bool {
    c.is_whitespace() || matches!(c, '-' | '\u{2010}'..='\u{2014}' | '\u{2212}')
}

fn symbol(c: char) -> Option<u8> {
    let upper = match c.to_ascii_uppercase() {
        'O' => '0',
        'I' | 'L' => '1',
        other => other,
    };
    u8::try_from(upper).ok().filter(|b| ALPHABET.contains(b))
}

impl FromStr for VerificationCode {
    type Err = CodeError;

    fn from_str(text: &str) -> Result<Self, CodeError> {
        let mut symbols = [0u8; SYMBOLS];
        let mut found = 0;
        for (position, character) in text.chars().enumerate() {
            if is_separator(character) {
                continue;
            }
            let s = symbol(character).ok_or(CodeError::InvalidCharacter {
                character,
                position: position + 1,
            })?;
            if let Some(slot) = symbols.get_mut(found) {
                *slot = s;
            }
            found += 1;
        }
        if found == SYMBOLS {
            Ok(Self::from_symbols(symbols))
        } else {
            Err(CodeError::WrongLength { found })
        }
    }
}

impl fmt::Display for VerificationCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl Serialize for VerificationCode {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

/// Strict: a signed record holds the canonical form, so reading it back cannot change the signed bytes.
impl<'de> Deserialize<'de> for VerificationCode {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        Self::parse_canonical(&text).map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashSet;

    fn code(text: &str) -> VerificationCode {
        text.parse().expect("a valid code")
    }

    #[test]
    fn generated_codes_have_the_canonical_shape() {
        for _ in 0..200 {
            let c = VerificationCode::generate();
            let s = c.as_str();
            assert_eq!(s.len(), 17, "{s}");
            assert_eq!(s.as_bytes()[5], b'-', "{s}");
            assert_eq!(s.as_bytes()[11], b'-', "{s}");
            assert!(
                s.chars()
                    .filter(|c| *c != '-')
                    .all(|c| "0123456789ABCDEFGHJKMNPQRSTVWXYZ".contains(c)),
                "{s}"
            );
            assert_eq!(code(s), c);
        }
    }

    #[test]
    fn generated_codes_use_every_symbol_and_do_not_repeat() {
        // 2,000 codes hold 30,000 symbols: each of the 32 symbols is expected 937 times, and a missing one
        // would mean a broken mapping. A repeat among 2,000 codes of 75 bits has probability about 1e-16.
        let codes: Vec<VerificationCode> =
            (0..2000).map(|_| VerificationCode::generate()).collect();
        let distinct: HashSet<&str> = codes.iter().map(VerificationCode::as_str).collect();
        assert_eq!(distinct.len(), codes.len());
        let used: HashSet<char> = codes.iter().flat_map(|c| c.as_str().chars()).collect();
        assert_eq!(used.len(), 33, "32 symbols and the dash: {used:?}");
    }

    #[test]
    fn forgives_case_spacing_missing_dashes_and_look_alikes() {
        let canonical = "7K3QD-M0XPA-9RT1W";
        for typed in [
            "7K3QD-M0XPA-9RT1W",
            "7k3qd-m0xpa-9rt1w",
            "7K3QDM0XPA9RT1W",
            " 7K3QD M0XPA 9RT1W ",
            "7K3-QDM0-XPA9-RT1W",
            "7K3QD\u{2013}M0XPA\u{2014}9RT1W",
            "7K3QD-MOXPA-9RTIW",
            "7K3QD-moxpa-9rtlw",
            "7K3QD-M0XPA-9RTLW",
        ] {
            assert_eq!(code(typed).as_str(), canonical, "{typed:?}");
        }
    }

    #[test]
    fn refuses_other_characters_and_lengths() {
        assert_eq!(
            "7K3QD-M0XPA-9RTUW".parse::<VerificationCode>(),
            Err(CodeError::InvalidCharacter {
                character: 'U',
                position: 16
            })
        );
        assert_eq!(
            "7K3QD-M0XPA-9RT1W!".parse::<VerificationCode>(),
            Err(CodeError::InvalidCharacter {
                character: '!',
                position: 18
            })
        );
        // Cyrillic А looks like A but is another letter: refused, not guessed.
        assert_eq!(
            "7K3QD-M0XPА-9RT1W".parse::<VerificationCode>(),
            Err(CodeError::InvalidCharacter {
                character: 'А',
                position: 11
            })
        );
        assert_eq!(
            "7K3QD-M0XPA-9RT1".parse::<VerificationCode>(),
            Err(CodeError::WrongLength { found: 14 })
        );
        assert_eq!(
            "7K3QD-M0XPA-9RT1WW".parse::<VerificationCode>(),
            Err(CodeError::WrongLength { found: 16 })
        );
        assert_eq!(
            "".parse::<VerificationCode>(),
            Err(CodeError::WrongLength { found: 0 })
        );
    }

    #[test]
    fn display_and_serde_use_the_canonical_form_and_deserialising_is_strict() {
        let c = code("7k3qd m0xpa 9rt1w");
        assert_eq!(c.to_string(), "7K3QD-M0XPA-9RT1W");
        assert_eq!(
            serde_json::to_string(&c).expect("serialise"),
            "\"7K3QD-M0XPA-9RT1W\""
        );
        let back: VerificationCode =
            serde_json::from_str("\"7K3QD-M0XPA-9RT1W\"").expect("canonical reads back");
        assert_eq!(back, c);
        let lenient = serde_json::from_str::<VerificationCode>("\"7k3qd-m0xpa-9rt1w\"");
        assert!(lenient.is_err(), "{lenient:?}");
    }
}
