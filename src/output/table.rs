//! Tables for people, columns for scripts. On a terminal a table is drawn to
//! fit its width; into a pipe every row is one line of tab-separated cells, so
//! `cut -f` and `awk -F'\t'` work without stripping borders.

use std::io::IsTerminal;

use comfy_table::presets::NOTHING;
use comfy_table::{ContentArrangement, Table as Drawn};

use super::Out;

pub struct Table {
    header: Vec<String>,
    rows: Vec<Vec<String>>,
}

impl Table {
    pub fn new<I, S>(header: I) -> Self
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        Table {
            header: header.into_iter().map(Into::into).collect(),
            rows: Vec::new(),
        }
    }

    pub fn row<I, S>(&mut self, cells: I)
    where
        I: IntoIterator<Item = S>,
        S: Into<String>,
    {
        self.rows.push(cells.into_iter().map(Into::into).collect());
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    /// Writes the table, drawn when stdout is a terminal, tab-separated otherwise.
    pub fn print(&self, out: &mut Out) {
        if std::io::stdout().is_terminal() {
            out.write_all(self.render_drawn().as_bytes());
            out.end_line();
        } else {
            out.write_all(self.render_plain().as_bytes());
        }
    }

    /// One header line and one line per row, cells joined by tabs. Control
    /// characters inside a cell are escaped so a row stays one line.
    pub fn render_plain(&self) -> String {
        let mut s = String::new();
        for line in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<std::borrow::Cow<str>> = line.iter().map(|c| visible(c)).collect();
            s.push_str(&cells.join("\t"));
            s.push('\n');
        }
        s
    }

    fn render_drawn(&self) -> String {
        let mut t = Drawn::new();
        t.load_preset(NOTHING).set_header(self.header.clone());
        // Fit the terminal's width; a terminal that reports no usable width
        // (0 columns under some CI runners and `script`) would otherwise get
        // one character per column.
        let fits = t.width().is_some_and(|w| w >= 20);
        t.set_content_arrangement(if fits {
            ContentArrangement::Dynamic
        } else {
            ContentArrangement::Disabled
        });
        for r in &self.rows {
            t.add_row(r.iter().map(|c| visible(c).into_owned()));
        }
        t.to_string()
    }
}

/// A cell as it can be shown: names and values come from the cluster (a
/// group id, a config value) and may hold a tab, a newline or an escape
/// sequence, which would break a row or reach the terminal. Each control
/// character is written as an escape (`\t`, `\n`, `\x1b`); `-o json`
/// keeps the exact text.
fn visible(cell: &str) -> std::borrow::Cow<'_, str> {
    if !cell.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(cell);
    }
    let mut out = String::with_capacity(cell.len() + 8);
    for c in cell.chars() {
        match c {
            '\t' => out.push_str("\\t"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\x{:02x}", c as u32)),
            c => out.push(c),
        }
    }
    std::borrow::Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_rows_are_tab_separated_single_lines() {
        let mut t = Table::new(["NAME", "VALUE"]);
        t.row(["a", "1"]);
        t.row(["b\tc", "x\ny"]);
        t.row(["g\u{1b}[31mRED", "\u{85}"]);
        assert_eq!(
            t.render_plain(),
            "NAME\tVALUE\na\t1\nb\\tc\tx\\ny\ng\\x1b[31mRED\t\\x85\n"
        );
    }
}
