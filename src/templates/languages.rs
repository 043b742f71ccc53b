//! Template language codes (platform-rules §8.7, Meta "Supported languages", updated 4 Nov 2025).

/// The 111 language codes Meta accepts for message templates.
pub const LANGUAGES: &[&str] = &[
    "af", "sq", "ar", "ar_EG", "ar_AE", "ar_LB", "ar_MA", "ar_QA", "az", "be_BY", "bn", "bn_IN", "bg", "ca", "zh_CN",
    "zh_HK", "zh_TW", "hr", "cs", "da", "prs_AF", "nl", "nl_BE", "en", "en_GB", "en_US", "en_AE", "en_AU", "en_CA",
    "en_GH", "en_IE", "en_IN", "en_JM", "en_MY", "en_NZ", "en_QA", "en_SG", "en_UG", "en_ZA", "et", "fil", "fi", "fr",
    "fr_BE", "fr_CA", "fr_CH", "fr_CI", "fr_MA", "ka", "de", "de_AT", "de_CH", "el", "gu", "ha", "he", "hi", "hu",
    "id", "ga", "it", "ja", "kn", "kk", "rw_RW", "ko", "ky_KG", "lo", "lv", "lt", "mk", "ms", "ml", "mr", "nb",
    "ps_AF", "fa", "pl", "pt_BR", "pt_PT", "pa", "ro", "ru", "sr", "si_LK", "sk", "sl", "es", "es_AR", "es_CL",
    "es_CO", "es_CR", "es_DO", "es_EC", "es_HN", "es_MX", "es_PA", "es_PE", "es_ES", "es_UY", "sw", "sv", "ta", "te",
    "th", "tr", "uk", "ur", "uz", "vi", "zu",
];

/// Whether `code` is one of [`LANGUAGES`] (exact, case-sensitive match as Meta requires).
pub fn is_known(code: &str) -> bool {
    LANGUAGES.contains(&code)
}

/// A close known code for a near miss (`en-US` → `en_US`, `EN_us` → `en_US`), for fix hints.
pub fn suggest(code: &str) -> Option<&'static str> {
    let norm = code.replace('-', "_").to_ascii_lowercase();
    LANGUAGES.iter().copied().find(|l| l.to_ascii_lowercase() == norm)
}

#[cfg(test)]
mod tests {
    #[test]
    fn has_111_unique_codes() {
        let mut v = super::LANGUAGES.to_vec();
        assert_eq!(v.len(), 111);
        v.sort();
        v.dedup();
        assert_eq!(v.len(), 111);
        assert_eq!(super::suggest("en-US"), Some("en_US"));
    }
}
