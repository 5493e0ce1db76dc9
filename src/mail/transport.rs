//! Where composed emails go: an SMTP server configured by one URL as lettre reads it
//! (`smtp://user:pass@host:587?tls=required`, `smtps://…`, `smtp://host:25` in clear), or, when none is
//! configured, `.eml` files in a folder, so a newcomer sees exactly what would be sent.

use std::path::{Path, PathBuf};
use std::time::Duration;

use lettre::transport::smtp::client::{Certificate, Tls, TlsParameters};
use lettre::{AsyncFileTransport, AsyncSmtpTransport, AsyncTransport, Message, Tokio1Executor};

pub enum Transport {
    Smtp {
        transport: AsyncSmtpTransport<Tokio1Executor>,
        /// The URL without its password, for logs and `ispit mail status`.
        shown: String,
    },
    Files {
        transport: AsyncFileTransport<Tokio1Executor>,
        dir: PathBuf,
    },
}

#[derive(Debug, thiserror::Error)]
pub enum TransportError {
    #[error("smtp_url `{0}`: {1}")]
    Url(String, String),
    #[error("smtp_ca_file {0}: {1}")]
    Ca(String, String),
    #[error("cannot create the mail folder {0}: {1}")]
    Folder(String, std::io::Error),
}

/// Why a send failed, and whether trying again later can help.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SendError {
    /// The server is down or unreachable, timed out, or answered 4xx: try again later.
    #[error("{0}")]
    Temporary(String),
    /// The server refused for good (5xx: no such mailbox, message refused): trying again will not help.
    #[error("{0}")]
    Permanent(String),
}

impl Transport {
    /// The SMTP transport for `url` (trusting `ca_file` too, for a server with a self-signed
    /// certificate), or `.eml` files in `mail_dir` when there is no URL.
    pub fn new(
        url: Option<&str>,
        ca_file: Option<&Path>,
        mail_dir: &Path,
    ) -> Result<Transport, TransportError> {
        let Some(url) = url.map(str::trim).filter(|u| !u.is_empty()) else {
            std::fs::create_dir_all(mail_dir)
                .map_err(|e| TransportError::Folder(mail_dir.display().to_string(), e))?;
            return Ok(Transport::Files {
                transport: AsyncFileTransport::new(mail_dir),
                dir: mail_dir.to_path_buf(),
            });
        };
        let parsed = url::Url::parse(url)
            .map_err(|e| TransportError::Url(hide_password(url), e.to_string()))?;
        let mut builder = AsyncSmtpTransport::<Tokio1Executor>::from_url(url)
            .map_err(|e| TransportError::Url(hide_password(url), e.to_string()))?
            .timeout(Some(Duration::from_secs(20)));
        if let Some(ca) = ca_file {
            let shown = ca.display().to_string();
            let pem =
                std::fs::read(ca).map_err(|e| TransportError::Ca(shown.clone(), e.to_string()))?;
            let cert = Certificate::from_pem(&pem)
                .map_err(|e| TransportError::Ca(shown.clone(), e.to_string()))?;
            let host = parsed.host_str().unwrap_or_default().to_string();
            let params = TlsParameters::builder(host)
                .add_root_certificate(cert)
                .build()
                .map_err(|e| TransportError::Ca(shown.clone(), e.to_string()))?;
            let tls_mode = parsed
                .query_pairs()
                .find(|(k, _)| k == "tls")
                .map(|(_, v)| v.to_string());
            builder = match (parsed.scheme(), tls_mode.as_deref()) {
                ("smtps", _) => builder.tls(Tls::Wrapper(params)),
                (_, Some("required")) => builder.tls(Tls::Required(params)),
                (_, Some("opportunistic")) => builder.tls(Tls::Opportunistic(params)),
                _ => {
                    return Err(TransportError::Ca(
                        shown,
                        "a CA file needs a TLS URL (smtps:// or ?tls=required)".into(),
                    ))
                }
            };
        }
        Ok(Transport::Smtp {
            transport: builder.build(),
            shown: hide_password(url),
        })
    }

    /// Sends one message; on success, the server's reply (or the file written).
    pub async fn send(&self, message: Message) -> Result<String, SendError> {
        match self {
            Transport::Smtp { transport, .. } => match transport.send(message).await {
                Ok(reply) => Ok(format!(
                    "{} {}",
                    reply.code(),
                    reply.message().collect::<Vec<_>>().join(" ")
                )),
                Err(e) if e.is_permanent() => Err(SendError::Permanent(e.to_string())),
                Err(e) => Err(SendError::Temporary(e.to_string())),
            },
            Transport::Files { transport, dir } => match transport.send(message).await {
                Ok(id) => Ok(format!(
                    "written {}",
                    dir.join(format!("{id}.eml")).display()
                )),
                // A full disk or a missing folder may be fixed: try again later.
                Err(e) => Err(SendError::Temporary(e.to_string())),
            },
        }
    }

    /// Where mail goes, for the log and `ispit mail status` (never the password).
    pub fn describe(&self) -> String {
        match self {
            Transport::Smtp { shown, .. } => format!("SMTP {shown}"),
            Transport::Files { dir, .. } => format!("files in {}", dir.display()),
        }
    }
}

/// The URL with its password replaced by `***`.
pub fn hide_password(url: &str) -> String {
    match url::Url::parse(url) {
        Ok(mut u) if u.password().is_some() => {
            let _ = u.set_password(Some("***"));
            u.to_string()
        }
        Ok(u) => u.to_string(),
        Err(_) => "(unparsable URL)".into(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passwords_never_reach_the_log() {
        assert_eq!(
            hide_password("smtp://ispit:s3cret@mail.example.org:587?tls=required"),
            "smtp://ispit:***@mail.example.org:587?tls=required"
        );
        assert_eq!(
            hide_password("smtp://localhost:2525"),
            "smtp://localhost:2525"
        );
        assert_eq!(hide_password("not a url s3cret"), "(unparsable URL)");
    }

    #[test]
    fn a_bad_url_or_ca_file_is_refused_at_start_with_what_is_wrong() {
        let dir = tempfile::tempdir().expect("temp dir");
        let bad_scheme = Transport::new(Some("http://mail.example.org"), None, dir.path());
        assert!(
            matches!(&bad_scheme, Err(TransportError::Url(_, m)) if m.contains("Unknown scheme")),
            "{:?}",
            bad_scheme.err()
        );
        let missing_ca = Transport::new(
            Some("smtp://mail.example.org:587?tls=required"),
            Some(&dir.path().join("absent.pem")),
            dir.path(),
        );
        assert!(matches!(missing_ca, Err(TransportError::Ca(f, _)) if f.ends_with("absent.pem")));
        let files = Transport::new(None, None, &dir.path().join("mail")).expect("files");
        assert!(
            files.describe().starts_with("files in "),
            "{}",
            files.describe()
        );
        assert!(
            dir.path().join("mail").is_dir(),
            "the folder is made at start"
        );
    }
}
