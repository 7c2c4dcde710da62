//! Module source digests remembered by what each file looked like when it
//! was read, as git's index remembers them, so that a run whose sources did
//! not change lists and `stat`s each module's files instead of reading and
//! hashing them all.
//!
//! A file's stamp is its device, inode, length, modification time and
//! status-change time. Any write to a file moves its status-change time to
//! the clock's present, which no program can set back, so an edited file no
//! longer matches its stamp. The one gap is an edit in the same clock tick
//! as the stamp was taken (the "racily clean" file of git): a digest is
//! only remembered when every file's times are [`SETTLED`] older than the
//! start of the run that read it, so a later edit always lands in another
//! tick. The folders walked are stamped too, and not listed again: adding,
//! removing or renaming an entry moves a folder's modification and
//! status-change times (POSIX `link`, `unlink`, `rename`), so such a
//! folder no longer matches its stamp and is listed and hashed again.
//!
//! The index is a local cache beside the built components, never
//! committed: what is verified against `tidegate.lock` is still the
//! digest of the sources. It is binary (postcard) and sealed with this
//! machine's key ([`Seal`]), so an index written by anyone else is not
//! believed. A missing, unreadable, corrupt or foreign index only means
//! that every folder is hashed, and it is rewritten; without a key there
//! is no index.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use crate::digest::{Digest, DigestError, source_tree};
use crate::seal::Seal;

/// How much older than the start of the run a file's times must be for its
/// digest to be remembered: more than the timestamp granularity of any file
/// system (two seconds on FAT).
const SETTLED: Duration = Duration::from_secs(2);

/// The index's file name in the components folder.
pub const FILE_NAME: &str = "sources.index";

/// 2: the folders walked are stamped beside the files. 3: postcard,
/// sealed (JSON before).
const FORMAT: u32 = 3;

/// What `stat` says of a file, what changes whenever its content does:
/// device, inode, length, and the modification and status-change times in
/// ns since the epoch.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
struct Stamp(u64, u64, u64, i64, i64);

impl Stamp {
    /// A file's stamp (never a symbolic link's target: the walk skips
    /// links), or a folder's, following a link, as the walk does for the
    /// module folder itself.
    #[cfg(unix)]
    fn of(path: &Path, follow: bool) -> Option<Stamp> {
        use std::os::unix::fs::MetadataExt;
        let m = if follow {
            std::fs::metadata(path)
        } else {
            std::fs::symlink_metadata(path)
        }
        .ok()?;
        let ns = |s: i64, n: i64| s.checked_mul(1_000_000_000)?.checked_add(n);
        Some(Stamp(
            m.dev(),
            m.ino(),
            m.size(),
            ns(m.mtime(), m.mtime_nsec())?,
            ns(m.ctime(), m.ctime_nsec())?,
        ))
    }

    /// Without a status-change time nothing is remembered.
    #[cfg(not(unix))]
    fn of(_: &Path, _: bool) -> Option<Stamp> {
        None
    }

    fn all(dir: &Path, paths: Vec<String>, follow: bool) -> Option<Stamped> {
        paths
            .into_iter()
            .map(|p| Stamp::of(&dir.join(&p), follow).map(|s| (p, s)))
            .collect()
    }
}

/// Paths relative to a module folder, each with its stamp.
type Stamped = Vec<(String, Stamp)>;

/// One module folder: its digest, its files and the folders walked to
/// find them (`""` for the module folder), as they were when read.
#[derive(Debug, Serialize, Deserialize)]
struct Entry(Digest, Stamped, Stamped);

impl Entry {
    /// Whether every folder and file is as stamped: then no entry was
    /// added, removed or renamed, and no file written.
    fn unchanged(&self, dir: &Path) -> bool {
        let same =
            |follow| move |(p, s): &(String, Stamp)| Stamp::of(&dir.join(p), follow) == Some(*s);
        self.2.iter().all(same(true)) && self.1.iter().all(same(false))
    }
}

#[derive(Default, Serialize, Deserialize)]
struct Stored {
    format: u32,
    modules: HashMap<String, Entry>,
}

/// A remembered folder, and whether this run found it unchanged.
struct Known {
    entry: Entry,
    used: AtomicBool,
}

/// The remembered digests of one project's module folders.
pub struct SourceIndex {
    path: PathBuf,
    seal: Option<Seal>,
    known: HashMap<String, Known>,
    /// Folders this run hashed and may remember. With the known ones it
    /// used, they are what is written back: folders no longer listed, or
    /// changed, drop out.
    fresh: Mutex<Vec<(String, Entry)>>,
    /// A stamp older than this (ns since the epoch) is settled.
    settled_before: i64,
    hashed: AtomicUsize,
}

impl SourceIndex {
    /// The index stored at `path` under `seal`; empty when there is none,
    /// it cannot be read or `seal` did not seal it, and always without a
    /// seal (nothing is then remembered).
    pub fn open(path: PathBuf, seal: Option<Seal>) -> SourceIndex {
        let now = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .unwrap_or_default();
        Self::open_settled_before(path, seal, now.saturating_sub(SETTLED))
    }

    /// [`SourceIndex::open`], counting a stamp older than `before` (since
    /// the epoch) as settled.
    fn open_settled_before(path: PathBuf, seal: Option<Seal>, before: Duration) -> SourceIndex {
        let known = seal
            .as_ref()
            .and_then(|seal| seal.read(&path, &[]))
            .and_then(|bytes| postcard::from_bytes::<Stored>(&bytes).ok())
            .filter(|s| s.format == FORMAT)
            .map(|s| {
                s.modules
                    .into_iter()
                    .map(|(key, entry)| {
                        (
                            key,
                            Known {
                                entry,
                                used: AtomicBool::new(false),
                            },
                        )
                    })
                    .collect()
            })
            .unwrap_or_default();
        SourceIndex {
            path,
            seal,
            known,
            fresh: Mutex::default(),
            settled_before: i64::try_from(before.as_nanos()).unwrap_or(i64::MAX),
            hashed: AtomicUsize::new(0),
        }
    }

    /// [`Digest::of_source_dir`] of module `key` (its folder as the lock
    /// names it) in `dir`: remembered when its files are the ones stamped,
    /// else read and hashed.
    pub fn digest(&self, key: &str, dir: &Path) -> Result<Digest, DigestError> {
        if let Some(known) = self.known.get(key)
            && known.entry.unchanged(dir)
        {
            known.used.store(true, Ordering::Relaxed);
            return Ok(known.entry.0);
        }
        self.hashed.fetch_add(1, Ordering::Relaxed);
        // Stamped before they are read, so that a write during the read
        // shows at the next run.
        let (files, dirs) = source_tree(dir)?;
        let stamps = Stamp::all(dir, dirs, true).zip(Stamp::all(dir, files.clone(), false));
        let digest = Digest::of_source_files(dir, &files)?;
        let settled = |(dirs, files): &(Stamped, Stamped)| {
            dirs.iter()
                .chain(files)
                .all(|(_, s)| s.3.max(s.4) < self.settled_before)
        };
        if let Some((dirs, files)) = stamps.filter(settled)
            && let Ok(mut fresh) = self.fresh.lock()
        {
            fresh.push((key.to_string(), Entry(digest, files, dirs)));
        }
        Ok(digest)
    }

    /// How many folders were read and hashed rather than remembered.
    pub fn hashed(&self) -> usize {
        self.hashed.load(Ordering::Relaxed)
    }

    /// Write the index back when it changed, into an existing folder. A
    /// failure costs the next run only the hashing, so it is logged and
    /// otherwise ignored.
    pub fn save(self) {
        let path = self.path;
        let fresh = self.fresh.into_inner().unwrap_or_default();
        let unchanged =
            fresh.is_empty() && self.known.values().all(|k| k.used.load(Ordering::Relaxed));
        let Some(seal) = self.seal else { return };
        if unchanged
            || !path
                .parent()
                .is_some_and(|p| p.as_os_str().is_empty() || p.is_dir())
        {
            return;
        }
        let mut modules: HashMap<String, Entry> = self
            .known
            .into_iter()
            .filter(|(_, k)| k.used.load(Ordering::Relaxed))
            .map(|(key, k)| (key, k.entry))
            .collect();
        modules.extend(fresh);
        let written = postcard::to_stdvec(&Stored {
            format: FORMAT,
            modules,
        })
        .map_err(std::io::Error::other)
        .and_then(|bytes| seal.write(&path, &[], &bytes));
        if let Err(e) = written {
            tracing::debug!("cannot save the source index {}: {e}", path.display());
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// An index that counts every stamp as settled, as a run would a
    /// second or two after the files were written.
    fn later(path: &Path) -> SourceIndex {
        let far = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() + Duration::from_secs(3600);
        SourceIndex::open_settled_before(path.to_path_buf(), Some(seal(path)), far)
    }

    /// The key of the test's cache folder, beside the index.
    fn seal(index: &Path) -> Seal {
        Seal::open(&index.with_file_name("cache")).unwrap()
    }

    fn module() -> (tempfile::TempDir, PathBuf, PathBuf) {
        let dir = tempfile::tempdir().unwrap();
        let module = dir.path().join("modules/0001_a");
        std::fs::create_dir_all(module.join("src")).unwrap();
        std::fs::write(module.join("up.sql"), "CREATE TABLE a ();\n").unwrap();
        std::fs::write(module.join("src/lib.rs"), "fn a() {}\n").unwrap();
        let index = dir.path().join(FILE_NAME);
        (dir, module, index)
    }

    /// Save a first read, and answer the second one's digest and how many
    /// folders it hashed.
    fn reread(index: &Path, module: &Path) -> (Digest, usize) {
        let first = later(index);
        first.digest("modules/0001_a", module).unwrap();
        first.save();
        let second = later(index);
        let digest = second.digest("modules/0001_a", module).unwrap();
        (digest, second.hashed())
    }

    #[test]
    fn an_unchanged_folder_is_remembered_and_matches_the_hash() {
        let (_dir, module, index) = module();
        let (digest, hashed) = reread(&index, &module);
        assert_eq!(hashed, 0, "the second read must come from the index");
        assert_eq!(digest, Digest::of_source_dir(&module).unwrap());
    }

    #[test]
    fn an_edit_of_the_same_length_in_place_is_seen() {
        let (_dir, module, index) = module();
        let first = later(&index);
        let before = first.digest("modules/0001_a", &module).unwrap();
        first.save();
        // Past the coarsest tick of the kernel's file clock.
        std::thread::sleep(Duration::from_millis(50));
        let mtime = std::fs::metadata(module.join("up.sql"))
            .unwrap()
            .modified()
            .unwrap();
        let file = std::fs::OpenOptions::new()
            .write(true)
            .open(module.join("up.sql"))
            .unwrap();
        std::io::Write::write_all(&mut &file, b"CREATE TABLE b ();\n").unwrap();
        // Even with its modification time set back, the status-change time moves.
        file.set_modified(mtime).unwrap();
        drop(file);
        let second = later(&index);
        let after = second.digest("modules/0001_a", &module).unwrap();
        assert_eq!(second.hashed(), 1);
        assert_ne!(after, before);
        assert_eq!(after, Digest::of_source_dir(&module).unwrap());
    }

    #[test]
    fn added_removed_and_replaced_files_are_seen() {
        let (_dir, module, index) = module();
        reread(&index, &module);
        std::fs::write(module.join("down.sql"), "DROP TABLE a;\n").unwrap();
        let (digest, hashed) = reread(&index, &module);
        assert_eq!(
            (digest, hashed),
            (Digest::of_source_dir(&module).unwrap(), 0),
            "the added file is in the saved entry"
        );
        let second = later(&index);
        std::fs::remove_file(module.join("down.sql")).unwrap();
        assert_eq!(
            second.digest("modules/0001_a", &module).unwrap(),
            Digest::of_source_dir(&module).unwrap()
        );
        assert_eq!(second.hashed(), 1, "a removed file is hashed again");
        second.save();
        // Replaced by a rename: another inode, though the same bytes.
        std::fs::write(module.join("new"), "CREATE TABLE a ();\n").unwrap();
        std::fs::rename(module.join("new"), module.join("up.sql")).unwrap();
        let third = later(&index);
        third.digest("modules/0001_a", &module).unwrap();
        assert_eq!(third.hashed(), 1);
    }

    #[test]
    fn a_file_added_in_a_subfolder_is_seen_without_listing_the_unchanged_ones() {
        let (_dir, module, index) = module();
        let (before, _) = reread(&index, &module);
        std::fs::write(module.join("src/extra.rs"), "fn b() {}\n").unwrap();
        let second = later(&index);
        let after = second.digest("modules/0001_a", &module).unwrap();
        assert_eq!(
            second.hashed(),
            1,
            "src/ moved, so the folder is listed and hashed again"
        );
        assert_ne!(after, before);
        assert_eq!(after, Digest::of_source_dir(&module).unwrap());
    }

    #[test]
    fn files_written_within_the_settling_time_are_not_remembered() {
        let (_dir, module, index) = module();
        let first = SourceIndex::open(index.clone(), Some(seal(&index)));
        first.digest("modules/0001_a", &module).unwrap();
        first.save();
        assert!(!index.exists(), "nothing settled, nothing to write");
        let second = SourceIndex::open(index.clone(), Some(seal(&index)));
        second.digest("modules/0001_a", &module).unwrap();
        assert_eq!(second.hashed(), 1);
    }

    #[test]
    fn a_corrupt_or_foreign_index_is_rebuilt() {
        let (_dir, module, index) = module();
        let old_format = postcard::to_stdvec(&Stored {
            format: 2,
            modules: HashMap::new(),
        })
        .unwrap();
        let junk: [&dyn Fn(); 3] = [
            &|| std::fs::write(&index, b"not an index").unwrap(),
            &|| seal(&index).write(&index, &[], &old_format).unwrap(),
            &|| {
                seal(&index)
                    .write(&index, &[], b"sealed, but not an index")
                    .unwrap()
            },
        ];
        for write in junk {
            write();
            let (digest, hashed) = reread(&index, &module);
            assert_eq!(
                (digest, hashed),
                (Digest::of_source_dir(&module).unwrap(), 0)
            );
        }
    }

    #[test]
    fn an_index_sealed_with_another_key_or_without_one_is_not_believed() {
        let (dir, module, index) = module();
        // Another machine's index, stamped for these very files, that
        // remembers another digest for them.
        let theirs = Seal::open(&dir.path().join("theirs")).unwrap();
        let far = SystemTime::now().duration_since(UNIX_EPOCH).unwrap() + Duration::from_secs(3600);
        let forged = SourceIndex::open_settled_before(index.clone(), Some(theirs.clone()), far);
        forged.digest("modules/0001_a", &module).unwrap();
        forged.save();
        let mut stored: Stored = postcard::from_bytes(&theirs.read(&index, &[]).unwrap()).unwrap();
        stored.modules.get_mut("modules/0001_a").unwrap().0 = Digest::of(b"something else");
        theirs
            .write(&index, &[], &postcard::to_stdvec(&stored).unwrap())
            .unwrap();
        let ours = later(&index);
        assert_eq!(
            ours.digest("modules/0001_a", &module).unwrap(),
            Digest::of_source_dir(&module).unwrap()
        );
        assert_eq!(ours.hashed(), 1, "a foreign index is not read");

        let keyless = SourceIndex::open_settled_before(index.clone(), None, far);
        keyless.digest("modules/0001_a", &module).unwrap();
        keyless.save();
        let again = SourceIndex::open_settled_before(index.clone(), None, far);
        again.digest("modules/0001_a", &module).unwrap();
        assert_eq!(again.hashed(), 1, "without a key nothing is remembered");
    }
}
