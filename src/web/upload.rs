//! `multipart/form-data` bodies of the administrator's upload pages (the learner import, the question
//! import), read by our own data guard [`Upload`]: it checks `_csrf` as `CheckedForm` does and holds each
//! file and field to the limits of its page ([`UploadLimits`]).
//!
//! A file or field over its limit is dropped and noted ([`Upload::too_large`]); the rest of a large body is
//! read and dropped rather than left unread, so that the browser, still sending, receives the page that
//! says the file is too large (a server that answers mid-upload and closes the connection shows the
//! administrator a network error). Pages answer that in the administrator's language, never with a bare
//! 413.

use std::marker::PhantomData;

use rocket::data::{Data, FromData, ToByteUnit};
use rocket::http::Status;
use rocket::request::Request;

use super::guards::{FormRejection, CSRF_COOKIE, CSRF_FIELD};
use crate::auth::same_secret;

/// The limits of one page's uploads.
pub trait UploadLimits: Send + Sync + 'static {
    /// The largest file.
    const FILE: usize;
    /// The most files one body may carry.
    const FILES: usize;
    /// The largest text field.
    const TEXT: usize;
    /// The most of a body that is kept: a body longer than this holds a file or a field over its limit.
    const KEEP: usize;
    /// How much of a body is read at most; beyond [`UploadLimits::KEEP`] it is read and dropped.
    const BODY: usize;
}

/// The room a text field needs to carry a file of `file` bytes in base64 (4 characters for 3 bytes),
/// with room to spare.
pub const fn base64_room(file: usize) -> usize {
    file / 3 * 4 + 64 * 1024
}

/// A `multipart/form-data` body whose `_csrf` field matched this browser's token.
#[derive(Debug)]
pub struct Upload<L> {
    /// The text fields in the order sent (a name may repeat).
    pub fields: Vec<(String, String)>,
    /// The files chosen, in the order sent (a file input left empty sends none).
    pub files: Vec<UploadedFile>,
    /// A file or field was larger than its limit (it was dropped).
    pub too_large: bool,
    /// More than [`UploadLimits::FILES`] files were sent (those after were dropped).
    pub too_many: bool,
    limits: PhantomData<L>,
}

#[derive(Debug, Clone)]
pub struct UploadedFile {
    /// The name the browser gave (the file's name on the administrator's computer).
    pub name: String,
    pub bytes: Vec<u8>,
}

impl<L> Default for Upload<L> {
    fn default() -> Self {
        Upload {
            fields: Vec::new(),
            files: Vec::new(),
            too_large: false,
            too_many: false,
            limits: PhantomData,
        }
    }
}

impl<L> Upload<L> {
    /// The first value of a text field.
    pub fn get<'a>(&'a self, name: &'a str) -> Option<&'a str> {
        self.all(name).next()
    }

    /// Every value of a text field, in the order sent.
    pub fn all<'a>(&'a self, name: &'a str) -> impl Iterator<Item = &'a str> + 'a {
        self.fields
            .iter()
            .filter(move |(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }
}

#[derive(Debug)]
pub enum UploadError {
    NotMultipart,
    Unreadable,
    BadEncoding,
    BadCsrf,
}

/// Reads a body: the first `keep` bytes are kept, the rest (up to `limit`) read and dropped. Returns the
/// bytes kept and whether they are the whole body.
async fn read_body(data: Data<'_>, keep: usize, limit: usize) -> std::io::Result<(Vec<u8>, bool)> {
    use rocket::tokio::io::AsyncReadExt;
    let mut stream = data.open(limit.bytes());
    let mut kept = Vec::new();
    let mut buffer = vec![0u8; 64 * 1024];
    let (mut total, mut whole) = (0usize, true);
    loop {
        let n = stream.read(&mut buffer).await?;
        if n == 0 {
            break;
        }
        total += n;
        match buffer.get(..n) {
            Some(read) if whole && kept.len() + n <= keep => kept.extend_from_slice(read),
            _ => whole = false,
        }
    }
    // A body cut at the limit may have gone on.
    Ok((kept, whole && total < limit))
}

/// Reads the parts of a multipart body in order. Returns what was read and whether the body ended cleanly
/// (a body cut short ends in an error, but what came before, such as the token, still counts).
async fn read_parts<L: UploadLimits>(
    body: &[u8],
    boundary: String,
) -> (Upload<L>, Result<(), UploadError>) {
    let mut upload = Upload::<L>::default();
    let mut parts = multer::Multipart::with_reader(body, boundary);
    loop {
        let mut field = match parts.next_field().await {
            Ok(Some(field)) => field,
            Ok(None) => return (upload, Ok(())),
            Err(_) => return (upload, Err(UploadError::Unreadable)),
        };
        let name = field.name().unwrap_or_default().to_string();
        let file_name = field.file_name().map(str::to_string);
        let limit = if file_name.is_some() {
            L::FILE
        } else {
            L::TEXT
        };
        let mut bytes = Vec::new();
        let mut over = false;
        loop {
            match field.chunk().await {
                Ok(Some(chunk)) if over || bytes.len() + chunk.len() > limit => {
                    over = true;
                    bytes = Vec::new();
                }
                Ok(Some(chunk)) => bytes.extend_from_slice(&chunk),
                Ok(None) => break,
                Err(_) => {
                    upload.too_large |= over;
                    return (upload, Err(UploadError::Unreadable));
                }
            }
        }
        if over {
            upload.too_large = true;
            continue;
        }
        match file_name {
            // A file input left empty still sends its part, with no name and nothing in it.
            Some(file_name) if file_name.is_empty() && bytes.is_empty() => {}
            Some(_) if upload.files.len() >= L::FILES => upload.too_many = true,
            Some(file_name) => upload.files.push(UploadedFile {
                name: file_name,
                bytes,
            }),
            None => match String::from_utf8(bytes) {
                Ok(value) => upload.fields.push((name, value)),
                Err(_) => return (upload, Err(UploadError::BadEncoding)),
            },
        }
    }
}

#[rocket::async_trait]
impl<'r, L: UploadLimits> FromData<'r> for Upload<L> {
    type Error = UploadError;

    async fn from_data(req: &'r Request<'_>, data: Data<'r>) -> rocket::data::Outcome<'r, Self> {
        use rocket::data::Outcome;
        let boundary = req
            .content_type()
            .filter(|ct| ct.is_form_data())
            .and_then(|ct| ct.params().find(|(k, _)| *k == "boundary"))
            .map(|(_, v)| v.to_string());
        let Some(boundary) = boundary else {
            return Outcome::Error((Status::BadRequest, UploadError::NotMultipart));
        };
        let (body, whole) = match read_body(data, L::KEEP, L::BODY).await {
            Ok(read) => read,
            Err(_) => return Outcome::Error((Status::BadRequest, UploadError::Unreadable)),
        };
        let (mut upload, ended) = read_parts::<L>(&body, boundary).await;
        upload.too_large |= !whole;
        // The token first: nothing is answered on the page, not even "too large", without it.
        let sent = upload.get(CSRF_FIELD).unwrap_or_default();
        let expected = req.cookies().get_private(CSRF_COOKIE);
        if !expected.is_some_and(|c| same_secret(c.value(), sent)) {
            return Outcome::Error((Status::Forbidden, UploadError::BadCsrf));
        }
        match ended {
            Ok(()) => Outcome::Success(upload),
            // Cut off after the token, in or after a part already over its limit: say it is too large.
            Err(_) if upload.too_large => Outcome::Success(upload),
            Err(UploadError::BadEncoding) => {
                req.local_cache(|| FormRejection(Some("error-bad-encoding")));
                Outcome::Error((Status::BadRequest, UploadError::BadEncoding))
            }
            Err(e) => Outcome::Error((Status::BadRequest, e)),
        }
    }
}
