//! The pull-request comment as GitHub renders it: parsed with comrak
//! (GitHub-flavoured: tables, strikethrough, autolinks) and
//! checked for the shape reviewers need.

use comrak::nodes::NodeValue;
use comrak::{Arena, Options, parse_document};

/// The widest code line the comment may show (GitHub's comment column
/// shows about 120 characters of code before scrolling).
pub const WIDTH: usize = 120;

/// What a comment holds, as rendered.
pub struct Shape {
    /// Columns of every table.
    pub table_columns: Vec<usize>,
    /// Every line of every code block.
    pub code_lines: Vec<String>,
    /// The HTML GitHub would show.
    pub html: String,
}

pub fn shape(markdown: &str) -> Shape {
    let mut options = Options::default();
    options.extension.table = true;
    options.extension.strikethrough = true;
    options.extension.autolink = true;
    options.render.r#unsafe = true;
    let arena = Arena::new();
    let root = parse_document(&arena, markdown, &options);
    let mut table_columns = Vec::new();
    let mut code_lines = Vec::new();
    for node in root.descendants() {
        match &node.data.borrow().value {
            NodeValue::Table(t) => table_columns.push(t.num_columns),
            NodeValue::CodeBlock(c) => code_lines.extend(c.literal.lines().map(str::to_string)),
            _ => {}
        }
    }
    let mut html = String::new();
    comrak::format_html(root, &options, &mut html).expect("renders");
    Shape {
        table_columns,
        code_lines,
        html,
    }
}

/// Problems with a comment's shape: a table wider than five columns, a
/// code line over [`WIDTH`], or a missing section.
pub fn problems(markdown: &str, sections: &[&str]) -> Vec<String> {
    let s = shape(markdown);
    let mut out = Vec::new();
    for (i, n) in s.table_columns.iter().enumerate() {
        if *n > 5 {
            out.push(format!(
                "table {i} has {n} columns (at most 5 fit a comment)"
            ));
        }
    }
    for l in s.code_lines.iter().filter(|l| l.chars().count() > WIDTH) {
        out.push(format!(
            "a code line of {} characters: {}…",
            l.chars().count(),
            l.chars().take(60).collect::<String>()
        ));
    }
    for want in sections {
        if !s.html.contains(want) {
            out.push(format!("no `{want}` section"));
        }
    }
    if s.table_columns.is_empty() {
        out.push("no summary table".into());
    }
    out
}
