//! One reader of files: designs, HR exports, skills files and surveys all come in through
//! [`read_file`], so every one of them refuses the same things with the same sentence — a
//! folder, a named pipe or device (which would block forever), a file over the size limit —
//! and never reads more than that limit.

use std::io::Read;
use std::path::Path;

/// Files larger than this are refused before they are read: no real design or HR export of
/// an IT department comes close.
pub const MAX_FILE_BYTES: u64 = 64 * 1024 * 1024;

/// How much is read at a time, so a caller can show progress and cancel.
const CHUNK: usize = 1 << 20;

/// Reads a whole file, refusing what is not a regular file or is larger than
/// [`MAX_FILE_BYTES`].
pub fn read_file(path: &Path) -> Result<Vec<u8>, String> {
    read_file_with_progress(path, &mut |_, _| true)
}

/// [`read_file`], calling `progress(read so far, size)` after each megabyte; reading stops
/// with "cancelled" when it returns `false`.
pub fn read_file_with_progress(
    path: &Path,
    progress: &mut dyn FnMut(u64, u64) -> bool,
) -> Result<Vec<u8>, String> {
    // `metadata` follows links and never blocks, so a named pipe is refused before it is
    // opened (opening one waits for a writer).
    let meta = std::fs::metadata(path).map_err(|e| io_reason(&e))?;
    if meta.is_dir() {
        return Err("it is a folder, not a file".into());
    }
    if !meta.is_file() {
        return Err(
            "it is not a regular file (a named pipe, a device or a socket); Orgsplit reads files only"
                .into(),
        );
    }
    let size = meta.len();
    if size > MAX_FILE_BYTES {
        return Err(too_large(size));
    }
    let mut file = std::fs::File::open(path).map_err(|e| io_reason(&e))?;
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    let mut chunk = vec![0u8; CHUNK];
    loop {
        let n = file.read(&mut chunk).map_err(|e| io_reason(&e))?;
        if n == 0 {
            break;
        }
        bytes.extend_from_slice(&chunk[..n]);
        // A file that grows while it is read is still refused.
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(too_large(bytes.len() as u64));
        }
        if !progress(bytes.len() as u64, size) {
            return Err("cancelled".into());
        }
    }
    Ok(bytes)
}

fn too_large(len: u64) -> String {
    format!(
        "it is {} MiB; designs and imported files are limited to {} MiB",
        len / (1024 * 1024),
        MAX_FILE_BYTES / (1024 * 1024)
    )
}

/// A file error in a few words, without the operating system's codes.
pub fn io_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file".into(),
        std::io::ErrorKind::PermissionDenied => "permission denied".into(),
        _ => e.to_string(),
    }
}

/// The name messages and titles give a file: its last component ("staff.csv"), or the whole
/// path when it has none.
pub fn file_name(path: &Path) -> String {
    path.file_name().map_or_else(
        || path.display().to_string(),
        |n| n.to_string_lossy().into_owned(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn folders_are_refused_and_files_read_whole() {
        let dir = tempfile::tempdir().expect("temp dir");
        assert_eq!(
            read_file(dir.path()),
            Err("it is a folder, not a file".into())
        );
        let file = dir.path().join("a.csv");
        std::fs::write(&file, b"id,name\n").expect("write");
        assert_eq!(read_file(&file), Ok(b"id,name\n".to_vec()));
        assert_eq!(
            read_file(&dir.path().join("none.csv")),
            Err("no such file".into())
        );
    }

    #[cfg(unix)]
    #[test]
    fn devices_and_sockets_are_refused_without_being_opened() {
        // A named pipe would block on open; a device or a socket is refused the same way.
        let err = read_file(Path::new("/dev/null")).expect_err("a device");
        assert!(err.starts_with("it is not a regular file"), "{err}");
        let dir = tempfile::tempdir().expect("temp dir");
        let socket = dir.path().join("export.csv");
        let _listener = std::os::unix::net::UnixListener::bind(&socket).expect("bind");
        let err = read_file(&socket).expect_err("a socket");
        assert!(err.starts_with("it is not a regular file"), "{err}");
    }
}
