//! Crash-safe file writes: a reader sees either the complete old file or the complete new one.

use std::fs::OpenOptions;
use std::io::Write;
use std::path::{Path, PathBuf};

use atomicwrites::{AllowOverwrite, AtomicFile};

use super::format::to_ron;
use crate::model::Design;

/// Writes `bytes` to `path` through a temporary file in the same folder, fsynced and renamed
/// over the target, then fsyncs the folder (the `atomicwrites` crate does each step). On Unix
/// the file is readable and writable by its owner only: designs hold HR data.
pub fn write_atomically(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut options = OpenOptions::new();
    options.write(true).create(true).truncate(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.mode(0o600);
    }
    let file = AtomicFile::new(path, AllowOverwrite);
    file.write_with_options(|f| f.write_all(bytes), options)
        .map_err(|e| match e {
            atomicwrites::Error::Internal(e) | atomicwrites::Error::User(e) => e,
        })
}

/// The backup kept beside a design: `NAME.ron.bak`.
pub fn backup_path(path: &Path) -> PathBuf {
    let mut name = path.as_os_str().to_owned();
    name.push(".bak");
    PathBuf::from(name)
}

/// Saves a design: the file it replaces (if any) is kept as `NAME.ron.bak` (one generation),
/// then the new text is written atomically.
pub fn save_design(path: &Path, design: &Design) -> Result<(), String> {
    let text = to_ron(design).map_err(|e| format!("Could not write {}: {e}", path.display()))?;
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
