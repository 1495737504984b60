//! Taking a design out of Orgsplit: an option as a CSV table the HR system can read back.

mod csv_table;

pub use csv_table::{option_csv, write_option_csv};
