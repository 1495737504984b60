//! A process saving a design is killed (SIGKILL) at random moments, many times; after every
//! kill the file must be the complete old or the complete new version, never a torn mix, and
//! the partial copies the kills leave behind must be private, recognisably Orgsplit's, and
//! gone after the next save.

use std::path::Path;
use std::process::{Command, Stdio};
use std::time::Duration;

use orgsplit::io::{TEMP_MARK, save_design, to_ron};
use orgsplit::model::Design;
use orgsplit::model::generate::generated_design;

const ENV: &str = "ORGSPLIT_SAVE_LOOP_FILE";

/// The two versions the child alternates between: large enough that a save takes a while.
fn versions() -> (Design, Design) {
    (
        generated_design(20_000, 8, 1),
        generated_design(20_000, 8, 2),
    )
}

#[test]
#[ignore = "helper process for kills_during_saves_never_leave_a_torn_file; does nothing alone"]
fn save_loop_child() {
    let Some(path) = std::env::var_os(ENV) else {
        return;
    };
    let (a, b) = versions();
    loop {
        for d in [&a, &b] {
            if let Err(e) = save_design(Path::new(&path), d) {
                eprintln!("save failed: {e}");
                std::process::exit(3);
            }
        }
    }
}

#[cfg(unix)]
#[test]
fn kills_during_saves_never_leave_a_torn_file() {
    let dir = tempfile::tempdir().expect("temp dir");
    let path = dir.path().join("design.ron");
    let (a, b) = versions();
    let (text_a, text_b) = (to_ron(&a).expect("ser"), to_ron(&b).expect("ser"));
    save_design(&path, &a).expect("first save");
    let exe = std::env::current_exe().expect("test binary");
    // The helper's name as the test harness knows it: its module path inside this binary.
    let child_test = match module_path!().split_once("::") {
        Some((_, module)) => format!("{module}::save_loop_child"),
        None => "save_loop_child".to_owned(),
    };
    // A fixed pseudo-random sequence of kill delays, so failures can be replayed.
    let mut seed: u64 = 0x5eed;
    let mut complete = [0usize; 2];
    let rounds = 25;
    for round in 0..rounds {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        let delay = Duration::from_millis(150 + seed % 400);
        let mut child = Command::new(&exe)
            .args(["--ignored", "--exact", &child_test, "--nocapture"])
            .env(ENV, &path)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("child starts");
        std::thread::sleep(delay);
        child.kill().expect("SIGKILL");
        let status = child.wait().expect("reaped");
        assert!(
            !status.success(),
            "round {round}: the child should have been killed"
        );
        let now = std::fs::read_to_string(&path).expect("the design file still exists");
        if now == text_a {
            complete[0] += 1;
        } else if now == text_b {
            complete[1] += 1;
        } else {
            panic!(
                "round {round} (killed after {delay:?}): the file is torn ({} bytes)",
                now.len()
            );
        }
    }
    assert_eq!(complete[0] + complete[1], rounds);

    let leftovers = temporaries(dir.path());
    for path in &leftovers {
        use std::os::unix::fs::PermissionsExt;
        let mode = std::fs::metadata(path).expect("meta").permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{} is readable by others", path.display());
    }
    eprintln!("{} partial copies left by {rounds} kills", leftovers.len());
    save_design(&path, &a).expect("the next save");
    assert_eq!(
        temporaries(dir.path()),
        Vec::<std::path::PathBuf>::new(),
        "the next save did not sweep the partial copies"
    );
}

/// Everything in `dir` except the design and its backup; each must be one of our temporaries.
fn temporaries(dir: &Path) -> Vec<std::path::PathBuf> {
    let mut found: Vec<_> = std::fs::read_dir(dir)
        .expect("lists")
        .flatten()
        .map(|e| e.path())
        .filter(|p| {
            let name = p.file_name().map(|n| n.to_string_lossy().into_owned());
            !matches!(name.as_deref(), Some("design.ron" | "design.ron.bak"))
        })
        .collect();
    found.sort();
    for p in &found {
        let name = p
            .file_name()
            .map(|n| n.to_string_lossy().into_owned())
            .unwrap_or_default();
        assert!(
            name.starts_with(".design.ron") && name.contains(TEMP_MARK),
            "unexpected file left beside the design: {name}"
        );
    }
    found
}
