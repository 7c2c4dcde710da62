//! A loopback TCP proxy for connection-fault tests. It forwards every
//! connection to one upstream server and, on command, cuts connections
//! (all of them, or those whose client sent some bytes, such as the
//! PostgreSQL lock's `pg_try_advisory_lock`), stalls every byte in both
//! directions until told to go on, slows each chunk down, or cuts a
//! connection that carried nothing for a while (as an idle-timeout
//! middlebox, an AWS NLB or a NAT, drops a quiet flow).
//!
//! A cut connection is reset on both sides, so the server sees its client
//! go as it would after a network failure. The proxy runs on its own
//! thread for the rest of the test process.

use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;

/// How many bytes of what a client sent are kept for [`Proxy::cut_where`]
/// and [`Proxy::sent`].
const SEEN: usize = 4 << 20;

struct Conn {
    id: u64,
    /// What the client sent first (up to [`SEEN`] bytes).
    seen: Arc<Mutex<Vec<u8>>>,
    /// When a byte last went either way, in ms since the proxy started.
    active: Arc<AtomicU64>,
    cut: tokio::sync::watch::Sender<bool>,
}

#[derive(Default)]
struct State {
    conns: Mutex<Vec<Conn>>,
    /// What every client sent (the first [`SEEN`] bytes of each), closed
    /// connections included, in the order they were accepted.
    sent: Mutex<Vec<Arc<Mutex<Vec<u8>>>>>,
    stalled: tokio::sync::watch::Sender<bool>,
    delay_ms: AtomicU64,
    /// Cut a connection idle this long (ms); 0: never.
    idle_ms: AtomicU64,
    accepted: AtomicU64,
    cuts: AtomicU64,
    running: AtomicBool,
}

/// A proxy in front of one server.
pub struct Proxy {
    pub port: u16,
    state: Arc<State>,
}

impl Proxy {
    /// Forward `127.0.0.1:<port>` to `upstream` (`host:port`).
    pub fn start(upstream: &str) -> Proxy {
        let state = Arc::new(State::default());
        state.running.store(true, Ordering::SeqCst);
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let port = listener.local_addr().unwrap().port();
        listener.set_nonblocking(true).unwrap();
        let (s, upstream) = (state.clone(), upstream.to_string());
        std::thread::spawn(move || {
            let rt = tokio::runtime::Builder::new_multi_thread()
                .worker_threads(2)
                .enable_all()
                .build()
                .unwrap();
            rt.block_on(async move {
                let started = Instant::now();
                tokio::spawn(watch_idle(s.clone(), started));
                let listener = tokio::net::TcpListener::from_std(listener).unwrap();
                loop {
                    let Ok((client, _)) = listener.accept().await else {
                        continue;
                    };
                    let (s, upstream) = (s.clone(), upstream.clone());
                    tokio::spawn(async move {
                        if let Ok(server) = TcpStream::connect(&upstream).await {
                            forward(s, client, server, started).await;
                        }
                    });
                }
            });
        });
        Proxy { port, state }
    }

    /// A proxy in front of the server `url` names, and the same URL
    /// pointing at the proxy instead.
    pub fn before(url: &str) -> (Proxy, String) {
        let (scheme, rest) = url.split_once("://").expect("a URL with a scheme");
        let (auth, tail) = match rest.find(['/', '?']) {
            Some(i) => rest.split_at(i),
            None => (rest, ""),
        };
        let (user, hostport) = match auth.rsplit_once('@') {
            Some((u, h)) => (format!("{u}@"), h),
            None => (String::new(), auth),
        };
        let proxy = Proxy::start(hostport);
        let port = proxy.port;
        (proxy, format!("{scheme}://{user}127.0.0.1:{port}{tail}"))
    }

    /// Cut every open connection; new ones pass.
    pub fn cut_all(&self) -> usize {
        self.cut_where(|_| true)
    }

    /// Cut the open connections whose client sent bytes that `which`
    /// picks; how many were cut.
    pub fn cut_where(&self, which: impl Fn(&[u8]) -> bool) -> usize {
        let conns = self.state.conns.lock().unwrap();
        let mut n = 0;
        for c in conns.iter() {
            if which(&c.seen.lock().unwrap()) {
                let _ = c.cut.send(true);
                n += 1;
            }
        }
        self.state.cuts.fetch_add(n as u64, Ordering::SeqCst);
        n
    }

    /// Hold every byte, both ways, until `stall(false)`; connections stay
    /// open and new ones are accepted (and held).
    pub fn stall(&self, on: bool) {
        // `send` would leave the value unchanged while no connection is
        // open to receive it, and every later connection would see the
        // old one: `send_replace` always stores it.
        self.state.stalled.send_replace(on);
    }

    /// Delay every chunk forwarded by `by`.
    pub fn slow(&self, by: Duration) {
        self.state
            .delay_ms
            .store(by.as_millis() as u64, Ordering::SeqCst);
    }

    /// Cut every connection that carries nothing either way for `after`
    /// (`None`: never).
    pub fn cut_idle_after(&self, after: Option<Duration>) {
        self.state.idle_ms.store(
            after.map_or(0, |d| d.as_millis().max(1) as u64),
            Ordering::SeqCst,
        );
    }

    /// What each client sent so far (the first bytes of each connection).
    pub fn sent(&self) -> Vec<Vec<u8>> {
        self.state
            .sent
            .lock()
            .unwrap()
            .iter()
            .map(|s| s.lock().unwrap().clone())
            .collect()
    }

    /// Connections accepted so far, and cuts made so far.
    pub fn counts(&self) -> (u64, u64) {
        (
            self.state.accepted.load(Ordering::SeqCst),
            self.state.cuts.load(Ordering::SeqCst),
        )
    }
}

/// The MongoDB commands in what a client sent: the body (section kind 0)
/// of each `OP_MSG`, as the server reads it.
pub fn mongo_commands(bytes: &[u8]) -> Vec<mongodb::bson::Document> {
    let int = |at: usize| {
        bytes
            .get(at..at + 4)
            .map(|b| i32::from_le_bytes(b.try_into().unwrap()) as usize)
    };
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(length) = int(at) {
        let end = at + length;
        if length < 21 || end > bytes.len() {
            break;
        }
        // OP_MSG (2013): flag bits, then sections; kind 0 holds the body.
        if int(at + 12) == Some(2013) {
            let checksum = bytes[at + 16] & 1 == 1;
            let stop = if checksum { end - 4 } else { end };
            let mut section = at + 20;
            while section < stop {
                match bytes[section] {
                    0 => {
                        let size = int(section + 1).unwrap_or(0);
                        if let Ok(d) = mongodb::bson::Document::from_reader(
                            &bytes[section + 1..section + 1 + size],
                        ) {
                            out.push(d);
                        }
                        section += 1 + size;
                    }
                    1 => section += 1 + int(section + 1).unwrap_or(usize::MAX / 2),
                    _ => break,
                }
            }
        }
        at = end;
    }
    out
}

/// Whether `haystack` holds `needle`.
pub fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

async fn watch_idle(state: Arc<State>, started: Instant) {
    loop {
        tokio::time::sleep(Duration::from_millis(50)).await;
        let idle = state.idle_ms.load(Ordering::SeqCst);
        if idle == 0 {
            continue;
        }
        let now = started.elapsed().as_millis() as u64;
        let conns = state.conns.lock().unwrap();
        for c in conns.iter() {
            if now.saturating_sub(c.active.load(Ordering::SeqCst)) > idle && !*c.cut.borrow() {
                let _ = c.cut.send(true);
                state.cuts.fetch_add(1, Ordering::SeqCst);
            }
        }
    }
}

async fn forward(state: Arc<State>, client: TcpStream, server: TcpStream, started: Instant) {
    let id = state.accepted.fetch_add(1, Ordering::SeqCst);
    let seen = Arc::new(Mutex::new(Vec::new()));
    let active = Arc::new(AtomicU64::new(started.elapsed().as_millis() as u64));
    let (cut, cut_rx) = tokio::sync::watch::channel(false);
    state.conns.lock().unwrap().push(Conn {
        id,
        seen: seen.clone(),
        active: active.clone(),
        cut,
    });
    state.sent.lock().unwrap().push(seen.clone());
    let _ = client.set_nodelay(true);
    let _ = server.set_nodelay(true);
    let (cr, cw) = client.into_split();
    let (sr, sw) = server.into_split();
    let up = pump(
        state.clone(),
        cr,
        sw,
        Some(seen),
        active.clone(),
        cut_rx.clone(),
        started,
    );
    let down = pump(state.clone(), sr, cw, None, active, cut_rx.clone(), started);
    let ((cr, sw), (sr, cw)) = tokio::join!(up, down);
    // A cut resets both sides: no orderly close, as after a network fault.
    if *cut_rx.borrow() {
        for stream in [cr.reunite(cw).ok(), sr.reunite(sw).ok()]
            .into_iter()
            .flatten()
        {
            // A zero linger resets the connection at once (it is the
            // non-zero linger that blocks on drop).
            #[allow(deprecated)]
            let _ = stream.set_linger(Some(Duration::ZERO));
            drop(stream);
        }
    }
    state.conns.lock().unwrap().retain(|c| c.id != id);
}

type Halves = (
    tokio::net::tcp::OwnedReadHalf,
    tokio::net::tcp::OwnedWriteHalf,
);

/// Copy `from` to `to` until either closes or the connection is cut; the
/// halves back, to be reset after a cut.
async fn pump(
    state: Arc<State>,
    mut from: tokio::net::tcp::OwnedReadHalf,
    mut to: tokio::net::tcp::OwnedWriteHalf,
    seen: Option<Arc<Mutex<Vec<u8>>>>,
    active: Arc<AtomicU64>,
    mut cut: tokio::sync::watch::Receiver<bool>,
    started: Instant,
) -> Halves {
    let mut buf = vec![0u8; 16 << 10];
    let mut stalled = state.stalled.subscribe();
    loop {
        let read = tokio::select! {
            _ = cut.wait_for(|c| *c) => None,
            r = from.read(&mut buf) => Some(r),
        };
        let n = match read {
            None => return (from, to),
            Some(Ok(0) | Err(_)) => {
                let _ = to.shutdown().await;
                return (from, to);
            }
            Some(Ok(n)) => n,
        };
        if let Some(seen) = &seen {
            let mut seen = seen.lock().unwrap();
            let room = SEEN.saturating_sub(seen.len()).min(n);
            seen.extend_from_slice(&buf[..room]);
        }
        let going = tokio::select! {
            _ = cut.wait_for(|c| *c) => false,
            _ = stalled.wait_for(|s| !*s) => true,
        };
        if !going {
            return (from, to);
        }
        let delay = state.delay_ms.load(Ordering::SeqCst);
        if delay > 0 {
            tokio::time::sleep(Duration::from_millis(delay)).await;
        }
        if to.write_all(&buf[..n]).await.is_err() {
            return (from, to);
        }
        active.store(started.elapsed().as_millis() as u64, Ordering::SeqCst);
    }
}
