//! A lock file beside an open design (`NAME.ron.lock`, holding the process id), so a second
//! Orgsplit opening the same file can warn the user. A lock left by a process that is no
//! longer running is stale and taken over.

use std::path::{Path, PathBuf};

use super::atomic::write_atomically;
use super::process::process_alive;

/// Our lock on a design file; released (the lock file removed) when dropped.
#[derive(Debug)]
pub struct FileLock {
    path: PathBuf,
}

/// The lock file of `design`.
pub fn lock_path(design: &Path) -> PathBuf {
    let mut name = design.as_os_str().to_owned();
    name.push(".lock");
    PathBuf::from(name)
}

impl FileLock {
    /// Takes the lock on `design`. `Err(pid)` when another running Orgsplit holds it; a lock
    /// that cannot be written (read-only folder) is not an error: there is simply no lock.
    pub fn acquire(design: &Path) -> Result<Option<FileLock>, u32> {
        let path = lock_path(design);
        if let Ok(text) = std::fs::read_to_string(&path)
            && let Ok(pid) = text.trim().parse::<u32>()
            && pid != std::process::id()
            && process_alive(pid)
        {
            return Err(pid);
        }
        let written = write_atomically(&path, std::process::id().to_string().as_bytes());
        Ok(written.ok().map(|()| FileLock { path }))
    }
}

impl Drop for FileLock {
    fn drop(&mut self) {
        let ours = std::fs::read_to_string(&self.path)
            .is_ok_and(|t| t.trim() == std::process::id().to_string());
        if ours {
            let _ = std::fs::remove_file(&self.path);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_lock_is_taken_released_and_a_stale_one_is_taken_over() {
        let dir = tempfile::tempdir().expect("temp dir");
        let design = dir.path().join("plan.ron");
        {
            let lock = FileLock::acquire(&design).expect("free").expect("writable");
            assert!(lock_path(&design).exists());
            drop(lock);
        }
        assert!(!lock_path(&design).exists());
        std::fs::write(lock_path(&design), u32::MAX.to_string()).expect("write");
        let lock = FileLock::acquire(&design).expect("a stale lock is taken over");
        assert!(lock.is_some());
    }

    #[cfg(target_os = "linux")]
    #[test]
    fn a_lock_held_by_a_running_process_is_reported() {
        let dir = tempfile::tempdir().expect("temp dir");
        let design = dir.path().join("plan.ron");
        // Process 1 (init) is always running.
        std::fs::write(lock_path(&design), "1").expect("write");
        assert_eq!(FileLock::acquire(&design).map(|_| ()), Err(1));
    }
}
