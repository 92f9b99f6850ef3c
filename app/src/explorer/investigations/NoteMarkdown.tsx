import { Lexer, type Token, type Tokens } from "marked";
import type { ReactNode } from "react";
import { safeHref } from "../../../../graph/model/safeHref.ts";

/**
 * A note's Markdown as React elements, built from marked's tokens: no HTML
 * string is ever put into the page, so raw HTML in a note (`<script>`,
 * `<img onerror=…>`) shows as its text and runs nothing. Written here because
 * marked renders to an HTML string, which would need a sanitizer the project
 * does not have; its lexer does the parsing.
 */
export function NoteMarkdown({ text }: { text: string }) {
  return <div className="note-text">{blocks(new Lexer({ gfm: true }).lex(text))}</div>;
}

function blocks(tokens: readonly Token[]): ReactNode[] {
  return tokens.map((token, key) => block(token, key));
}

function block(token: Token, key: number): ReactNode {
  switch (token.type) {
    case "paragraph":
      return <p key={key}>{inline((token as Tokens.Paragraph).tokens)}</p>;
    case "heading": {
      // Inside the details panel, a note's headings stay below the panel's own (h2, h3).
      const level = Math.min(6, (token as Tokens.Heading).depth + 3);
      const Tag = `h${level}` as "h4";
      return <Tag key={key}>{inline((token as Tokens.Heading).tokens)}</Tag>;
    }
    case "list": {
      const list = token as Tokens.List;
      const items = list.items.map((item, i) => <li key={i}>{blocks(item.tokens)}</li>);
      return list.ordered ? (
        <ol key={key} start={list.start === "" ? undefined : list.start}>
          {items}
        </ol>
      ) : (
        <ul key={key}>{items}</ul>
      );
    }
    case "blockquote":
      return <blockquote key={key}>{blocks((token as Tokens.Blockquote).tokens)}</blockquote>;
    case "code":
      return (
        <pre key={key}>
          <code>{(token as Tokens.Code).text}</code>
        </pre>
      );
    case "hr":
      return <hr key={key} />;
    case "space":
      return null;
    case "table": {
      const table = token as Tokens.Table;
      return (
        <table key={key}>
          <thead>
            <tr>
              {table.header.map((cell, i) => (
                <th key={i}>{inline(cell.tokens)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.map((row, r) => (
              <tr key={r}>
                {row.map((cell, i) => (
                  <td key={i}>{inline(cell.tokens)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    }
    case "text": {
      const text = token as Tokens.Text;
      return <p key={key}>{text.tokens ? inline(text.tokens) : text.text}</p>;
    }
    default:
      // Raw HTML and anything else: shown as the text it was written as.
      return <p key={key}>{token.raw}</p>;
  }
}

function inline(tokens: readonly Token[] | undefined): ReactNode[] {
  return (tokens ?? []).map((token, key) => span(token, key));
}

function span(token: Token, key: number): ReactNode {
  switch (token.type) {
    case "text": {
      const text = token as Tokens.Text;
      return text.tokens ? <span key={key}>{inline(text.tokens)}</span> : text.text;
    }
    case "escape":
      return (token as Tokens.Escape).text;
    case "strong":
      return <strong key={key}>{inline((token as Tokens.Strong).tokens)}</strong>;
    case "em":
      return <em key={key}>{inline((token as Tokens.Em).tokens)}</em>;
    case "del":
      return <del key={key}>{inline((token as Tokens.Del).tokens)}</del>;
    case "codespan":
      return <code key={key}>{(token as Tokens.Codespan).text}</code>;
    case "br":
      return <br key={key} />;
    case "link": {
      const link = token as Tokens.Link;
      const href = safeHref(link.href);
      const content = inline(link.tokens);
      return href ? (
        <a key={key} href={href} target="_blank" rel="noopener noreferrer nofollow">
          {content}
        </a>
      ) : (
        <span key={key}>{content}</span>
      );
    }
    case "image":
      // No image is fetched from a note: its description and address show instead.
      return <span key={key}>{`[${(token as Tokens.Image).text}](${(token as Tokens.Image).href})`}</span>;
    default:
      // Inline HTML and anything else: its text as written.
      return token.raw;
  }
}
