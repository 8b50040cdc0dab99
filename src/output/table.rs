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

    /// One header line and one line per row, cells joined by tabs. Tabs and
    /// newlines inside a cell become spaces so a row stays one line.
    pub fn render_plain(&self) -> String {
        let mut s = String::new();
        for line in std::iter::once(&self.header).chain(&self.rows) {
            let cells: Vec<String> = line
                .iter()
                .map(|c| c.replace(['\t', '\n', '\r'], " "))
                .collect();
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
            t.add_row(r.clone());
        }
        t.to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_rows_are_tab_separated_single_lines() {
        let mut t = Table::new(["NAME", "VALUE"]);
        t.row(["a", "1"]);
        t.row(["b\tc", "x\ny"]);
        assert_eq!(t.render_plain(), "NAME\tVALUE\na\t1\nb c\tx y\n");
    }
}
