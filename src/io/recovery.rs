//! Autosave and crash recovery: unsaved work is written, atomically, to a recovery file in
//! the user's data folder (never next to or over the user's own file). A recovery file left
//! by a process that is no longer running is offered back on the next start.

use std::path::{Path, PathBuf};
use std::time::{SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};

use super::atomic::{sweep_stale_temporaries, write_atomically};
use super::format::from_ron;
use super::process::process_alive;
use super::read::MAX_FILE_BYTES;
use super::validate::validate;
use crate::model::Design;

/// What a recovery file holds: the design and where it came from.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Recovery {
    /// Seconds since 1970 when it was written.
    pub saved_at: u64,
    /// The file the design belongs to, if it was ever saved.
    pub original: Option<PathBuf>,
    /// The process that wrote it.
    pub pid: u32,
    pub design: Design,
}

/// A recovery file found on start, and what it holds.
#[derive(Debug, Clone, PartialEq)]
pub struct Orphan {
    pub file: PathBuf,
    pub recovery: Recovery,
}

/// This process's recovery file in a folder shared with other Orgsplit windows.
#[derive(Debug, Clone)]
pub struct RecoveryStore {
    dir: PathBuf,
    own: PathBuf,
}

fn now_secs() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map_or(0, |d| d.as_secs())
}

impl RecoveryStore {
    /// A store in `dir`; this process's file is named by its id and start time so several
    /// windows never overwrite each other's recovery.
    pub fn new(dir: PathBuf) -> Self {
        let nanos = SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |d| d.as_nanos());
        let own = dir.join(format!("recovery-{}-{nanos}.ron", std::process::id()));
        Self { dir, own }
    }

    /// The folder recovery files are kept in.
    pub fn dir(&self) -> &Path {
        &self.dir
    }

    pub fn own_file(&self) -> &Path {
        &self.own
    }

    /// Writes the current unsaved design (owner-only permissions).
    pub fn write(&self, design: &Design, original: Option<&Path>) -> Result<(), String> {
        create_private_dir(&self.dir)
            .map_err(|e| format!("Could not create {}: {e}", self.dir.display()))?;
        let recovery = Recovery {
            saved_at: now_secs(),
            original: original.map(Path::to_path_buf),
            pid: std::process::id(),
            design: design.clone(),
        };
        let text = ron::ser::to_string_pretty(&recovery, ron::ser::PrettyConfig::new())
            .map_err(|e| format!("Could not write the recovery file: {e}"))?;
        write_atomically(&self.own, text.as_bytes())
            .map_err(|e| format!("Could not write {}: {e}", self.own.display()))
    }

    /// Removes this process's recovery file (after a clean save or close).
    pub fn clear(&self) {
        // Nothing to do when it was never written.
        let _ = std::fs::remove_file(&self.own);
    }

    /// Recovery files left by processes that are no longer running, newest first. Files that
    /// cannot be read or hold an invalid design are skipped and left in place.
    pub fn orphans(&self) -> Vec<Orphan> {
        sweep_stale_temporaries(&self.dir);
        let Ok(entries) = std::fs::read_dir(&self.dir) else {
            return Vec::new();
        };
        let mut found: Vec<Orphan> = entries
            .flatten()
            .map(|e| e.path())
            .filter(|p| p != &self.own && p.extension().is_some_and(|x| x == "ron"))
            .filter_map(|file| {
                let meta = std::fs::metadata(&file).ok()?;
                if !meta.is_file() || meta.len() > MAX_FILE_BYTES {
                    return None;
                }
                let text = std::fs::read_to_string(&file).ok()?;
                let recovery: Recovery = from_ron(&text).ok()?;
                let usable = !process_alive(recovery.pid) && validate(&recovery.design).is_empty();
                usable.then_some(Orphan { file, recovery })
            })
            .collect();
        found.sort_by_key(|o| std::cmp::Reverse(o.recovery.saved_at));
        found
    }

    /// Deletes a recovery file once it has been restored or discarded.
    pub fn remove(file: &Path) -> std::io::Result<()> {
        std::fs::remove_file(file)
    }
}

/// How long ago a recovery was written, in words.
pub fn age_in_words(saved_at: u64) -> String {
    let secs = now_secs().saturating_sub(saved_at);
    match secs {
        0..=89 => "less than a minute ago".into(),
        90..=5399 => format!("{} minutes ago", (secs + 30) / 60),
        5400..=129_599 => format!("{} hours ago", (secs + 1800) / 3600),
        _ => format!("{} days ago", (secs + 43_200) / 86_400),
    }
}

fn create_private_dir(dir: &Path) -> std::io::Result<()> {
    let mut builder = std::fs::DirBuilder::new();
    builder.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt;
        builder.mode(0o700);
    }
    builder.create(dir)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::io::{SAMPLE_RON, parse_design};

    #[test]
    fn a_recovery_from_a_dead_process_is_offered_and_ours_is_not() {
        let dir = tempfile::tempdir().expect("temp dir");
        let store = RecoveryStore::new(dir.path().to_path_buf());
        let design = parse_design(SAMPLE_RON).expect("sample");
        store
            .write(&design, Some(Path::new("/x/plan.ron")))
            .expect("writes");
        assert!(store.orphans().is_empty(), "our own file is not an orphan");
        // The same file as if a crashed process (a pid that cannot exist) had left it.
        let text = std::fs::read_to_string(store.own_file()).expect("reads");
        let mut rec: Recovery = from_ron(&text).expect("parses");
        rec.pid = u32::MAX;
        let stale = dir.path().join("recovery-crashed.ron");
        std::fs::write(&stale, ron::to_string(&rec).expect("ser")).expect("write");
        std::fs::write(dir.path().join("recovery-garbage.ron"), "not ron").expect("write");
        let orphans = store.orphans();
        assert_eq!(orphans.len(), 1);
        assert_eq!(orphans[0].recovery.design, design);
        assert_eq!(
            orphans[0].recovery.original.as_deref(),
            Some(Path::new("/x/plan.ron"))
        );
        store.clear();
        assert!(!store.own_file().exists());
    }

    #[test]
    fn two_windows_have_different_recovery_files() {
        let dir = tempfile::tempdir().expect("temp dir");
        let a = RecoveryStore::new(dir.path().to_path_buf());
        std::thread::sleep(std::time::Duration::from_millis(2));
        let b = RecoveryStore::new(dir.path().to_path_buf());
        assert_ne!(a.own_file(), b.own_file());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_killed_process_not_yet_reaped_counts_as_gone() {
        let mut child = std::process::Command::new("sleep")
            .arg("30")
            .spawn()
            .expect("sleep runs");
        assert!(process_alive(child.id()));
        child.kill().expect("killed");
        // Until `wait`, the child is a zombie: still in /proc, but gone.
        let mut gone = false;
        for _ in 0..100 {
            if !process_alive(child.id()) {
                gone = true;
                break;
            }
            std::thread::sleep(std::time::Duration::from_millis(10));
        }
        assert!(gone, "a zombie must not count as a running Orgsplit");
        child.wait().expect("reaped");
    }

    #[cfg(unix)]
    #[test]
    fn recovery_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let store = RecoveryStore::new(dir.path().join("recovery"));
        store
            .write(&parse_design(SAMPLE_RON).expect("sample"), None)
            .expect("writes");
        let mode = std::fs::metadata(store.own_file())
            .expect("exists")
            .permissions()
            .mode();
        assert_eq!(mode & 0o777, 0o600);
    }
}
