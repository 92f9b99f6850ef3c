/** The brief's own styles: screen and print (a clean PDF: no links underlined, no section split across pages). */
export const BRIEF_CSS = `
body { font: 15px/1.5 Georgia, "Times New Roman", serif; color: #1d1d1f; margin: 0; background: #fff; }
main { max-width: 52rem; margin: 2rem auto; padding: 0 1.5rem; }
h1 { font-size: 1.9rem; margin: 0 0 .3rem; }
h2 { font: 600 1.2rem/1.3 system-ui, sans-serif; border-bottom: 1px solid #ccc; margin-top: 2.2rem; }
h3 { font: 600 1rem/1.3 system-ui, sans-serif; margin: 1.4rem 0 .3rem; }
.description { white-space: pre-wrap; }
.muted { color: #5f6368; font-size: .9rem; }
figure { margin: 1rem 0; border: 1px solid #ddd; }
svg.picture { display: block; width: 100%; height: auto; font: 12px system-ui, sans-serif; }
svg.picture line { stroke: #8a8f98; stroke-width: 1.4; }
svg.picture circle { fill: #3b6ea8; }
svg.picture text { fill: #222; }
.relationship { break-inside: avoid; }
.count { font: .9rem system-ui, sans-serif; color: #37474f; margin: 0; }
ol.statements { padding-left: 1.2rem; }
blockquote { margin: .3rem 0; padding-left: .8rem; border-left: 3px solid #b0bec5; font-style: italic; }
.article { font: .85rem system-ui, sans-serif; color: #455a64; margin: .1rem 0 .8rem; }
.note { border: 1px solid #e0c97f; background: #fffbea; padding: .2rem .9rem; margin: .8rem 0; break-inside: avoid; }
.note-on { font: .85rem system-ui, sans-serif; color: #6d5c1e; }
a { color: #1a5aa6; }
@media print {
  @page { margin: 18mm 16mm; }
  body { font-size: 11pt; }
  main { margin: 0; max-width: none; padding: 0; }
  a { color: inherit; text-decoration: none; }
  .article a[href]::after { content: " (" attr(href) ")"; font-size: .8em; color: #555; }
  h2 { break-after: avoid; }
  figure { break-inside: avoid; }
}
`;
