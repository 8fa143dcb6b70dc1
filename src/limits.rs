//! The bounds one analysis works within. Over a limit is an error value on that file, never an
//! abort: the other files still analyse.

/// Work limits for one analysis.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Largest single file read, in bytes.
    pub max_file_bytes: usize,
    /// Largest drop, in bytes over all files.
    pub max_total_bytes: usize,
    /// Most files in one drop.
    pub max_files: usize,
    /// Longest sentence, in bytes; longer runs are cut into pieces of this size.
    pub max_sentence_bytes: usize,
    /// Deepest HTML element nesting followed; deeper content is flattened into its ancestor.
    pub max_html_depth: usize,
    /// Most cells (claims x documents) in the agreement table; past it, the claims fewest
    /// outlets report are left out, and the report counts them (`claims_omitted`).
    pub max_table_cells: usize,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_file_bytes: 32 << 20,
            max_total_bytes: 256 << 20,
            max_files: 5_000,
            max_sentence_bytes: 4_000,
            max_html_depth: 512,
            max_table_cells: 200_000,
        }
    }
}
