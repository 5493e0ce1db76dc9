//! Serbian Cyrillic ↔ Latin transliteration (the official one-to-one correspondence of Vuk's alphabet and
//! Gaj's Latin alphabet), and folding used to compare typed answers. Pure text functions.

/// Transliterates Serbian (and Macedonian) Cyrillic to Serbian Latin; any other character is kept.
/// Fluent syntax is ASCII, so a whole `.ftl` source can be passed through unharmed.
pub fn cyrillic_to_latin(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + text.len() / 4);
    let chars: Vec<char> = text.chars().collect();
    for (i, &c) in chars.iter().enumerate() {
        match latin_for(c) {
            Some(latin) => {
                // Digraph letters (Љ, Њ, Џ) are written all in capitals inside an all-capital word.
                if latin.chars().count() == 2 && c.is_uppercase() && neighbour_is_upper(&chars, i) {
                    out.push_str(&latin.to_uppercase());
                } else {
                    out.push_str(latin);
                }
            }
            None => out.push(c),
        }
    }
    out
}

fn neighbour_is_upper(chars: &[char], i: usize) -> bool {
    let next = chars.get(i + 1).copied();
    let prev = i.checked_sub(1).and_then(|p| chars.get(p)).copied();
    next.is_some_and(|c| c.is_uppercase())
        || (next.is_none_or(|c| !c.is_alphabetic()) && prev.is_some_and(|c| c.is_uppercase()))
}

fn latin_for(c: char) -> Option<&'static str> {
    Some(match c {
        'А' => "A",
        'а' => "a",
        'Б' => "B",
        'б' => "b",
        'В' => "V",
        'в' => "v",
        'Г' => "G",
        'г' => "g",
        'Д' => "D",
        'д' => "d",
        'Ђ' => "Đ",
        'ђ' => "đ",
        'Е' => "E",
        'е' => "e",
        'Ж' => "Ž",
        'ж' => "ž",
        'З' => "Z",
        'з' => "z",
        'И' => "I",
        'и' => "i",
        'Ј' => "J",
        'ј' => "j",
        'К' => "K",
        'к' => "k",
        'Л' => "L",
        'л' => "l",
        'Љ' => "Lj",
        'љ' => "lj",
        'М' => "M",
        'м' => "m",
        'Н' => "N",
        'н' => "n",
        'Њ' => "Nj",
        'њ' => "nj",
        'О' => "O",
        'о' => "o",
        'П' => "P",
        'п' => "p",
        'Р' => "R",
        'р' => "r",
        'С' => "S",
        'с' => "s",
        'Т' => "T",
        'т' => "t",
        'Ћ' => "Ć",
        'ћ' => "ć",
        'У' => "U",
        'у' => "u",
        'Ф' => "F",
        'ф' => "f",
        'Х' => "H",
        'х' => "h",
        'Ц' => "C",
        'ц' => "c",
        'Ч' => "Č",
        'ч' => "č",
        'Џ' => "Dž",
        'џ' => "dž",
        'Ш' => "Š",
        'ш' => "š",
        // Macedonian letters, so answers typed in Macedonian Cyrillic fold too.
        'Ѓ' => "Gj",
        'ѓ' => "gj",
        'Ѕ' => "Dz",
        'ѕ' => "dz",
        'Ќ' => "Kj",
        'ќ' => "kj",
        _ => return None,
    })
}

/// Removes diacritics from Latin letters (č→c, đ→d, ë→e…), for diacritic-insensitive comparison.
pub fn strip_diacritics(text: &str) -> String {
    use unicode_normalization::UnicodeNormalization;
    text.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .map(|c| match c {
            'đ' => 'd',
            'Đ' => 'D',
            'ł' => 'l',
            'Ł' => 'L',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn transliterates_every_serbian_letter() {
        let cyr = "АБВГДЂЕЖЗИЈКЛЉМНЊОПРСТЋУФХЦЧЏШ абвгдђежзијклљмнњопрстћуфхцчџш";
        let lat = "ABVGDĐEŽZIJKLLJMNNJOPRSTĆUFHCČDŽŠ abvgdđežzijklljmnnjoprstćufhcčdžš";
        assert_eq!(cyrillic_to_latin(cyr), lat);
    }

    #[test]
    fn digraphs_follow_the_case_of_the_word() {
        assert_eq!(cyrillic_to_latin("Љубљана"), "Ljubljana");
        assert_eq!(cyrillic_to_latin("ЉУБЉАНА"), "LJUBLJANA");
        assert_eq!(cyrillic_to_latin("Џ"), "Dž");
        assert_eq!(cyrillic_to_latin("ЊЕГОШ"), "NJEGOŠ");
        // Word pairs written out by hand from the official correspondence (Љ Lj, Њ Nj, Џ Dž, Ђ Đ, Ћ Ć).
        for (cyr, lat) in [
            ("ЏЕП", "DŽEP"),
            ("Џеп", "Džep"),
            ("џемпер", "džemper"),
            ("Њива", "Njiva"),
            ("коњ", "konj"),
            ("пријатељ", "prijatelj"),
            ("Ђурђевдан", "Đurđevdan"),
            ("Ћуприја", "Ćuprija"),
            ("ЧАША ШЕЋЕРА", "ČAŠA ŠEĆERA"),
            ("Жуто", "Žuto"),
        ] {
            assert_eq!(cyrillic_to_latin(cyr), lat, "{cyr}");
        }
    }

    #[test]
    fn keeps_latin_digits_and_fluent_syntax() {
        let ftl = "q-one = Која је { $count } УН агенција (UNHCR)?\n    .opt-a = МОМ\n";
        assert_eq!(
            cyrillic_to_latin(ftl),
            "q-one = Koja je { $count } UN agencija (UNHCR)?\n    .opt-a = MOM\n"
        );
    }

    #[test]
    fn strips_diacritics() {
        assert_eq!(strip_diacritics("čćžšđ ČĆŽŠĐ ë ç"), "cczsd CCZSD e c");
    }

    #[test]
    fn macedonian_letters_fold_to_their_latin_digraphs() {
        // Macedonian Latin romanisation: ѓ gj, ѕ dz, ќ kj.
        assert_eq!(
            cyrillic_to_latin("Ѓорѓе Ѕвезда Ќерка"),
            "Gjorgje Dzvezda Kjerka"
        );
        assert_eq!(cyrillic_to_latin("ѓѕќ"), "gjdzkj");
        assert_eq!(cyrillic_to_latin("ЃЅЌ"), "GJDZKJ");
    }

    #[test]
    fn a_capital_digraph_follows_its_neighbours() {
        // All capitals after a capital at the end of a word, or before a capital; else only the first.
        assert_eq!(cyrillic_to_latin("ОЊ"), "ONJ");
        assert_eq!(cyrillic_to_latin("ОЊ."), "ONJ.");
        assert_eq!(cyrillic_to_latin("ОЊ ОЊ"), "ONJ ONJ");
        assert_eq!(cyrillic_to_latin("ОЊа"), "ONja");
        assert_eq!(cyrillic_to_latin("Њ."), "Nj.");
        assert_eq!(cyrillic_to_latin("аЊ"), "aNj");
        assert_eq!(cyrillic_to_latin("Њ Е"), "Nj E");
    }

    #[test]
    fn strips_the_stroke_of_polish_l() {
        assert_eq!(strip_diacritics("Łódź łąka"), "Lodz laka");
    }
}
