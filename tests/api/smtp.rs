//! A real SMTP server inside the test binary (mailin-embedded): ispit's worker holds a real SMTP conversation
//! with it over loopback. It keeps every message it accepted, and can be told to refuse for a while
//! (4xx: try later; 5xx: never) or be started late on a port that refused connections until then.

use std::net::TcpListener;
use std::sync::atomic::{AtomicU8, Ordering};
use std::sync::{Arc, Mutex};

use mailin_embedded::{response, Handler, Response, Server};

/// A message as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub from: String,
    pub to: Vec<String>,
    pub data: Vec<u8>,
}

impl Received {
    pub fn parsed(&self) -> mailparse::ParsedMail<'_> {
        mailparse::parse_mail(&self.data).expect("a well-formed message")
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    Accept = 0,
    /// `451` to every recipient: a temporary refusal.
    RefuseTemporarily = 1,
    /// `550` to every recipient: a permanent refusal.
    RefusePermanently = 2,
}

#[derive(Clone)]
struct Sink {
    inbox: Arc<Mutex<Vec<Received>>>,
    mode: Arc<AtomicU8>,
    from: String,
    to: Vec<String>,
    data: Vec<u8>,
}

impl Handler for Sink {
    fn mail(&mut self, _ip: std::net::IpAddr, _domain: &str, from: &str) -> Response {
        self.from = from.to_string();
        self.to.clear();
        self.data.clear();
        response::OK
    }

    fn rcpt(&mut self, to: &str) -> Response {
        match self.mode.load(Ordering::SeqCst) {
            1 => Response::custom(
                451,
                "4.3.0 Mailbox temporarily unavailable, try later".into(),
            ),
            2 => Response::custom(550, "5.1.1 No such user here".into()),
            _ => {
                self.to.push(to.to_string());
                response::OK
            }
        }
    }

    fn data(&mut self, buf: &[u8]) -> std::io::Result<()> {
        self.data.extend_from_slice(buf);
        Ok(())
    }

    fn data_end(&mut self) -> Response {
        if let Ok(mut inbox) = self.inbox.lock() {
            inbox.push(Received {
                from: self.from.clone(),
                to: self.to.clone(),
                data: std::mem::take(&mut self.data),
            });
        }
        Response::custom(250, "2.0.0 Ok: queued".into())
    }
}

/// The test's SMTP server.
pub struct SmtpServer {
    pub port: u16,
    inbox: Arc<Mutex<Vec<Received>>>,
    mode: Arc<AtomicU8>,
}

impl SmtpServer {
    /// Listening now.
    pub fn start() -> SmtpServer {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
        let server = SmtpServer::unstarted(listener.local_addr().expect("address").port());
        server.serve(listener);
        server
    }

    /// A server for a port where nothing listens yet (connections are refused until [`SmtpServer::listen`]).
    pub fn down() -> SmtpServer {
        let port = {
            let probe = TcpListener::bind("127.0.0.1:0").expect("bind a loopback port");
            probe.local_addr().expect("address").port()
        };
        SmtpServer::unstarted(port)
    }

    fn unstarted(port: u16) -> SmtpServer {
        SmtpServer {
            port,
            inbox: Arc::new(Mutex::new(Vec::new())),
            mode: Arc::new(AtomicU8::new(Mode::Accept as u8)),
        }
    }

    /// Starts listening on the port a [`SmtpServer::down`] server was given.
    pub fn listen(&self) {
        let listener = TcpListener::bind(("127.0.0.1", self.port)).expect("bind the reserved port");
        self.serve(listener);
    }

    fn serve(&self, listener: TcpListener) {
        let sink = Sink {
            inbox: self.inbox.clone(),
            mode: self.mode.clone(),
            from: String::new(),
            to: Vec::new(),
            data: Vec::new(),
        };
        let mut server = Server::new(sink);
        server
            .with_name("smtp.test.invalid")
            .with_num_threads(4)
            .with_tcp_listener(listener);
        std::thread::spawn(move || {
            let _ = server.serve();
        });
    }

    pub fn url(&self) -> String {
        format!("smtp://127.0.0.1:{}", self.port)
    }

    pub fn set_mode(&self, mode: Mode) {
        self.mode.store(mode as u8, Ordering::SeqCst);
    }

    pub fn received(&self) -> Vec<Received> {
        self.inbox.lock().expect("inbox").clone()
    }
}

/// The decoded text of the first part of `mime` type (`text/plain`, `text/html`) in a message.
pub fn part_text(mail: &mailparse::ParsedMail<'_>, mime: &str) -> Option<String> {
    if mail.ctype.mimetype == mime {
        return mail.get_body().ok();
    }
    mail.subparts.iter().find_map(|p| part_text(p, mime))
}

/// A header's decoded value.
pub fn header(mail: &mailparse::ParsedMail<'_>, name: &str) -> Option<String> {
    use mailparse::MailHeaderMap;
    mail.headers.get_first_value(name)
}
