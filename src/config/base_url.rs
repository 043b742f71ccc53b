//! The base URL must not carry the API version: the client adds `/{version}` itself, so
//! `https://graph.facebook.com/v23.0` would call `/v23.0/v25.0/…`.

use super::{ConfigError, Source};

/// Refuse a base URL whose last path segment is a Graph API version (`…/v23.0`, `…/v23.0/`).
pub fn check_base_url(value: &str, source: &Source) -> Result<(), ConfigError> {
    let Ok(mut url) = url::Url::parse(value.trim()) else {
        return Ok(()); // not a URL at all: the client says so, with its own message
    };
    let segments: Vec<String> =
        url.path_segments().map(|s| s.filter(|s| !s.is_empty()).map(str::to_string).collect()).unwrap_or_default();
    let Some(version) = segments.last().filter(|s| crate::graph::is_valid_version(s)).cloned() else {
        return Ok(());
    };
    url.set_path(&segments[..segments.len() - 1].join("/"));
    let fixed = url.as_str().trim_end_matches('/').to_string();
    Err(ConfigError::VersionInBaseUrl { value: value.to_string(), origin: source.clone(), version, fixed })
}

/// Where a base URL came from, as the user wrote it.
pub(super) fn place(source: &Source) -> String {
    match source {
        Source::Env(name) => (*name).to_string(),
        Source::Flag => "--base-url".to_string(),
        Source::Profile(name) => format!("base_url of profile '{name}'"),
        Source::Sandbox | Source::Default => "the base URL".to_string(),
    }
}

/// How to fix it, for the place it came from.
pub(super) fn fix(source: &Source, version: &str, fixed: &str) -> String {
    match source {
        Source::Env(name) => format!(
            "drop the version: {name}={fixed}, and choose the version with {}={version} or --api-version {version}",
            super::env::API_VERSION
        ),
        Source::Flag => format!("drop the version: --base-url {fixed} --api-version {version}"),
        Source::Profile(name) => format!("run `waba profile set {name} --base-url {fixed} --api-version {version}`"),
        Source::Sandbox | Source::Default => {
            format!("drop the version from the URL ({fixed}) and use --api-version {version}")
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_version_at_the_end_is_refused_with_the_fix() {
        let env = Source::Env("WABA_BASE_URL");
        for raw in [
            "https://graph.facebook.com/v23.0",
            "https://graph.facebook.com/v23.0/",
            " https://graph.facebook.com/v23.0 ",
        ] {
            let err = check_base_url(raw, &env).unwrap_err();
            let ConfigError::VersionInBaseUrl { version, fixed, .. } = &err else { panic!("{err}") };
            assert_eq!((version.as_str(), fixed.as_str()), ("v23.0", "https://graph.facebook.com"));
            assert!(err.to_string().contains("WABA_BASE_URL"), "{err}");
            let hint = err.hint().unwrap();
            assert!(
                hint.contains("WABA_BASE_URL=https://graph.facebook.com,") && hint.contains("WABA_API_VERSION=v23.0"),
                "{hint}"
            );
        }
        let err = check_base_url("http://127.0.0.1:9/proxy/v25.0", &Source::Profile("prod".into())).unwrap_err();
        assert!(
            err.hint()
                .unwrap()
                .contains("waba profile set prod --base-url http://127.0.0.1:9/proxy --api-version v25.0")
        );
    }

    #[test]
    fn other_urls_pass() {
        for ok in [
            "https://graph.facebook.com",
            "https://graph.facebook.com/",
            "http://127.0.0.1:9/prefix/",
            "http://x/v23",
            "not a url",
        ] {
            assert!(check_base_url(ok, &Source::Flag).is_ok(), "{ok}");
        }
    }
}
