//! Crash-safe file writes: a reader sees either the complete old file or the complete new one.
//!
//! The new bytes go to a temporary file beside the target, which is flushed to disk and
//! renamed over the target; then the folder itself is flushed so the rename survives a power
//! cut. A process killed part-way leaves its temporary behind, and that temporary holds HR
//! data, so temporaries are private (0600), named so a user recognises them as Orgsplit's
//! (`.plan.ron.orgsplit-saving-PID-XXXXXX.tmp`), and swept away by the next save or open in
//! that folder once the process that wrote them is gone.

use std::fs::File;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime};

use super::format::to_ron;
use super::process::process_alive;
use crate::model::Design;

/// What marks a temporary file as one of ours.
pub const TEMP_MARK: &str = ".orgsplit-saving-";
const TEMP_SUFFIX: &str = ".tmp";
/// Folders left by the `atomicwrites` crate that earlier Orgsplit builds used.
const LEGACY_TEMP_PREFIX: &str = ".atomicwrite";
/// A temporary younger than this may belong to a save still running somewhere (used where
/// the owner's process cannot be checked, and for folders of earlier builds).
const LEGACY_GRACE: Duration = Duration::from_secs(10 * 60);

fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_path_buf(),
        _ => PathBuf::from("."),
    }
}

/// Writes `bytes` to `path` atomically (see the module comment). On Unix the file is
/// readable and writable by its owner only: designs hold HR data. A symbolic link is
/// written through (the file it points at is replaced, the link stays); a device, named
/// pipe, socket or folder at `path` is refused rather than replaced by a file. Errors name
/// no temporary file: callers name the target.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = regular_target(path)?;
    write_regular(&target, bytes, 0o600).map_err(|e| plain(&e))
}

/// [`write_atomically`] for exports (charts, reports, tables, the skills survey): made to
/// be mailed and opened by others, they get the permissions any new document gets (the
/// user's umask), not a design's private ones.
pub fn write_shared_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let target = regular_target(path)?;
    write_regular(&target, bytes, 0o666).map_err(|e| plain(&e))
}

/// Writes through a temporary created with `mode` (on Unix; the system takes the umask
/// off it, as for any new file) and renamed over `path`.
fn write_regular(path: &Path, bytes: &[u8], mode: u32) -> std::io::Result<()> {
    let folder = folder_of(path);
    let name = path
        .file_name()
        .map_or_else(|| "design".into(), |n| n.to_string_lossy().into_owned());
    let prefix = format!(".{name}{TEMP_MARK}{}-", std::process::id());
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(TEMP_SUFFIX);
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    let mut temp = builder.tempfile_in(&folder)?;
    temp.as_file_mut().write_all(bytes)?;
    temp.as_file_mut().sync_all()?;
    temp.persist(path).map_err(|e| e.error)?;
    sync_folder(&folder)
}

/// How many links deep a path is followed before it is refused (as the system does).
const MAX_LINKS: usize = 40;

/// The regular file (existing or not) that writing `path` should replace: links followed,
/// anything else that is not a regular file refused with a sentence.
fn regular_target(path: &Path) -> std::io::Result<PathBuf> {
    use std::io::{Error, ErrorKind};
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = if link.is_absolute() {
                    link
                } else {
                    folder_of(&current).join(link)
                };
            }
            Ok(meta) if meta.is_file() => return Ok(current),
            Ok(meta) if meta.is_dir() => {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    "it is a folder, not a file",
                ));
            }
            Ok(_) => {
                return Err(Error::new(
                    ErrorKind::InvalidInput,
                    "it is not a regular file (a device, a named pipe or a socket); Orgsplit \
                     writes files only (use -o - for standard output where a command offers it)",
                ));
            }
            Err(e) if e.kind() == ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(plain(&e)),
        }
    }
    Err(Error::new(
        ErrorKind::InvalidInput,
        "it is a chain of links too long to follow",
    ))
}

/// The error without the path it happened at (a temporary's name means nothing to a user).
fn plain(e: &std::io::Error) -> std::io::Error {
    // The system's own error is either this one or one it wraps (the temporary-file crate
    // adds the temporary's path around it).
    let mut cause: Option<&(dyn std::error::Error + 'static)> = Some(e);
    while let Some(c) = cause {
        if let Some(code) = c
            .downcast_ref::<std::io::Error>()
            .and_then(std::io::Error::raw_os_error)
        {
            return std::io::Error::from_raw_os_error(code);
        }
        cause = c.source();
    }
    std::io::Error::new(e.kind(), e.kind().to_string())
}

/// Flushes a folder's entries (the rename) to disk; a no-op where folders cannot be opened.
fn sync_folder(folder: &Path) -> std::io::Result<()> {
    if cfg!(unix) {
        File::open(folder)?.sync_all()?;
    }
    Ok(())
}

/// The process id in one of our temporary names, if `name` is one.
fn temporary_owner(name: &str) -> Option<u32> {
    let rest = name.strip_suffix(TEMP_SUFFIX)?;
    let after = &rest[rest.find(TEMP_MARK)? + TEMP_MARK.len()..];
    after.split('-').next()?.parse().ok()
}

fn older_than_grace(path: &Path) -> bool {
    std::fs::metadata(path)
        .and_then(|m| m.modified())
        .ok()
        .and_then(|t| SystemTime::now().duration_since(t).ok())
        .is_some_and(|age| age >= LEGACY_GRACE)
}

/// Whether a legacy `.atomicwriteXXXX` folder holds nothing but a copy of an Orgsplit file.
fn is_our_legacy_folder(path: &Path) -> bool {
    let Ok(entries) = std::fs::read_dir(path) else {
        return false;
    };
    let names: Vec<String> = entries
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    older_than_grace(path)
        && names.len() <= 1
        && names
            .iter()
            .all(|n| n.ends_with(".ron") || n.ends_with(".ron.bak") || n.ends_with(".ron.lock"))
}

/// Removes temporaries that crashed Orgsplit saves left in `folder`: ours whose process is
/// no longer running, and old `.atomicwrite…` folders holding only a copy of a design.
/// Returns how many were removed. Anything that cannot be removed is left alone.
pub fn sweep_stale_temporaries(folder: &Path) -> usize {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return 0;
    };
    let mut removed = 0;
    for entry in entries.flatten() {
        let name = entry.file_name().to_string_lossy().into_owned();
        let path = entry.path();
        let gone = if let Some(pid) = temporary_owner(&name) {
            // Where running processes cannot be listed (not Linux), age stands in for it.
            let stale =
                !process_alive(pid) && (cfg!(target_os = "linux") || older_than_grace(&path));
            stale && std::fs::remove_file(&path).is_ok()
        } else if name.starts_with(LEGACY_TEMP_PREFIX) && is_our_legacy_folder(&path) {
            std::fs::remove_dir_all(&path).is_ok()
        } else {
            false
        };
        removed += usize::from(gone);
    }
    removed
}

/// Sweeps stale temporaries beside the design at `path` (see [`sweep_stale_temporaries`]).
pub fn sweep_beside(path: &Path) -> usize {
    sweep_stale_temporaries(&folder_of(path))
}

/// The backup kept beside a design: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Saves a design: the file it replaces (if any) is kept as `NAME.ron.bak` (one generation),
/// then the new text is written atomically. Temporaries left by crashed saves are swept.
pub fn save_design(path: &Path, design: &Design) -> Result<(), String> {
    let text = to_ron(design).map_err(|e| format!("Could not write {}: {e}", path.display()))?;
    // Never write what could not be opened again.
    if text.len() as u64 > super::MAX_FILE_BYTES {
        return Err(format!(
            "Could not save {}: the design would be {} MiB, more than the {} MiB a design can \
             be; nothing was written",
            path.display(),
            text.len() / (1024 * 1024),
            super::MAX_FILE_BYTES / (1024 * 1024)
        ));
    }
    sweep_beside(path);
    if path.is_file() {
        let old = std::fs::read(path).map_err(|e| {
            format!(
                "Could not save {}: the existing file could not be read for its backup ({e})",
                path.display()
            )
        })?;
        write_atomically(&backup_path(path), &old).map_err(|e| {
            format!(
                "Could not save {}: its backup {} could not be written ({e})",
                path.display(),
                backup_path(path).display()
            )
        })?;
    }
    write_atomically(path, text.as_bytes())
        .map_err(|e| format!("Could not save {}: {e}", path.display()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn temporaries_are_recognised_by_name() {
        assert_eq!(
            temporary_owner(".plan.ron.orgsplit-saving-4242-AbC123.tmp"),
            Some(4242)
        );
        assert_eq!(temporary_owner("plan.ron"), None);
        assert_eq!(temporary_owner(".plan.ron.orgsplit-saving-x-1.tmp"), None);
    }

    #[cfg(unix)]
    #[test]
    fn stale_temporaries_of_dead_processes_are_swept_and_live_ones_kept() {
        let dir = tempfile::tempdir().expect("temp dir");
        let dead = dir
            .path()
            .join(format!(".plan.ron{TEMP_MARK}{}-zz.tmp", u32::MAX - 1));
        let live = dir
            .path()
            .join(format!(".plan.ron{TEMP_MARK}{}-zz.tmp", std::process::id()));
        let unrelated = dir.path().join("notes.txt");
        for p in [&dead, &live, &unrelated] {
            std::fs::write(p, "x").expect("write");
        }
        let legacy = dir.path().join(".atomicwriteQx12");
        std::fs::create_dir(&legacy).expect("mkdir");
        std::fs::write(legacy.join("plan.ron"), "partial").expect("write");
        let young_legacy = dir.path().join(".atomicwriteYoung");
        std::fs::create_dir(&young_legacy).expect("mkdir");
        // Age the first legacy folder past the grace period.
        let old = SystemTime::now() - LEGACY_GRACE - Duration::from_secs(60);
        File::open(&legacy)
            .and_then(|f| f.set_modified(old))
            .expect("set mtime");
        assert_eq!(sweep_stale_temporaries(dir.path()), 2);
        assert!(!dead.exists() && !legacy.exists());
        assert!(live.exists() && unrelated.exists() && young_legacy.exists());
    }

    #[cfg(unix)]
    #[test]
    fn written_files_are_private() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let path = dir.path().join("plan.ron");
        write_atomically(&path, b"x").expect("writes");
        let mode = std::fs::metadata(&path).expect("meta").permissions().mode();
        assert_eq!(mode & 0o777, 0o600);
    }

    #[cfg(unix)]
    #[test]
    fn exports_get_the_permissions_of_any_new_document() {
        use std::os::unix::fs::PermissionsExt;
        let dir = tempfile::tempdir().expect("temp dir");
        let mode = |p: &Path| std::fs::metadata(p).expect("meta").permissions().mode() & 0o777;
        // A file made the ordinary way gets 0666 less the umask, whatever the umask is.
        let ordinary = dir.path().join("ordinary.txt");
        std::fs::write(&ordinary, b"x").expect("writes");
        let chart = dir.path().join("chart.svg");
        write_shared_atomically(&chart, b"<svg/>").expect("writes");
        assert_eq!(mode(&chart), mode(&ordinary));
        // Replacing a private file makes it shared too.
        let report = dir.path().join("report.html");
        write_atomically(&report, b"old").expect("writes");
        write_shared_atomically(&report, b"new").expect("writes");
        assert_eq!(mode(&report), mode(&ordinary));
    }
}
