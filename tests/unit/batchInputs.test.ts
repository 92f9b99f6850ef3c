import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { feedDay } from "../../graph/articles/batch/feedDay.ts";
import { parseFeedEntries } from "../../graph/articles/batch/feedEntries.ts";
import { itemsFromFolder } from "../../graph/articles/batch/fromFolder.ts";
import { itemsFromLinks } from "../../graph/articles/batch/fromLinks.ts";
import { tempDir } from "../support/addFixtures.ts";

describe("a feed's items", () => {
  it("takes an RSS item's title, link, date and carried text; a teaser alone is not the text", () => {
    const feed = parseFeedEntries(
      `<?xml version="1.0"?><rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Coast Weekly</title><link>https://coast.example/</link><description>d</description>
      <item><title>Full</title><link>https://coast.example/full</link><pubDate>Tue, 05 Mar 2024 10:00:00 GMT</pubDate>
        <description>teaser</description><content:encoded><![CDATA[<p>The whole text.</p>]]></content:encoded></item>
      <item><title>Teaser</title><link>https://coast.example/teaser</link><dc:date>2024-03-06T08:00:00Z</dc:date><description>only a teaser</description></item>
      </channel></rss>`,
      "coast.xml",
    );
    expect(feed).toEqual({
      title: "Coast Weekly",
      entries: [
        {
          title: "Full",
          link: "https://coast.example/full",
          date: "Tue, 05 Mar 2024 10:00:00 GMT",
          html: "<p>The whole text.</p>",
        },
        {
          title: "Teaser",
          link: "https://coast.example/teaser",
          date: "2024-03-06T08:00:00Z",
          html: undefined,
        },
      ],
    });
  });

  it("takes an Atom entry's alternate link, published date and inline content", () => {
    const feed = parseFeedEntries(
      `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Island Post</title><id>urn:x</id><updated>2024-05-02T00:00:00Z</updated>
      <entry><title>Clinic</title><id>urn:1</id><link rel="self" href="https://island.example/api/1"/><link rel="alternate" href="https://island.example/clinic"/>
        <published>2024-05-02T08:00:00+02:00</published><updated>2024-05-03T08:00:00Z</updated><content type="html">&lt;p&gt;Opened.&lt;/p&gt;</content></entry>
      <entry><title>Elsewhere</title><id>urn:2</id><link href="https://island.example/two"/><updated>2024-05-04T08:00:00Z</updated><content src="https://island.example/two.html"/></entry>
      </feed>`,
      "island.xml",
    );
    expect(feed.title).toBe("Island Post");
    expect(feed.entries).toEqual([
      {
        title: "Clinic",
        link: "https://island.example/clinic",
        date: "2024-05-02T08:00:00+02:00",
        html: "<p>Opened.</p>",
      },
      {
        title: "Elsewhere",
        link: "https://island.example/two",
        date: "2024-05-04T08:00:00Z",
        html: undefined,
      },
    ]);
  });

  it("refuses what is not RSS or Atom in one sentence", () => {
    for (const text of ["<html><body><p>A page</p></body></html>", "plain words", "", '{"version":"x"}']) {
      expect(() => parseFeedEntries(text, "list.xml")).toThrow(/^list\.xml is not an RSS or Atom feed/);
    }
  });

  it("dates an item by the day the feed writes, ISO or RFC 822, and drops what is not a date", () => {
    expect(feedDay("Tue, 05 Mar 2024 23:30:00 -0500")).toBe("2024-03-05");
    expect(feedDay("2024-03-06T01:00:00+02:00")).toBe("2024-03-06");
    expect(feedDay("5 September 2024")).toBe("2024-09-05");
    expect(feedDay("2024-02-30")).toBeUndefined();
    expect(feedDay("yesterday")).toBeUndefined();
    expect(feedDay(undefined)).toBeUndefined();
  });
});

describe("a links file", () => {
  it("takes one address a line, ignores blanks and # comments, and names the line of a junk one", () => {
    const items = itemsFromLinks(
      "# my list\nhttps://a.example/one\n\n  http://b.example/two  \nnews.example/three\nhttps://a.example/x y\r\n",
      "/somewhere/links.txt",
    );
    expect(items).toEqual([
      { label: "https://a.example/one", source: { from: "url", url: "https://a.example/one" }, given: {} },
      { label: "http://b.example/two", source: { from: "url", url: "http://b.example/two" }, given: {} },
      {
        label: "links.txt line 5",
        refused: 'line 5 of links.txt is not an http(s) address ("news.example/three").',
      },
      {
        label: "links.txt line 6",
        refused: 'line 6 of links.txt is not an http(s) address ("https://a.example/x y").',
      },
    ]);
  });
});

describe("a folder", () => {
  it("lists text, HTML and Markdown files by name; skips other files and sub-folders; leaves hidden files out", () => {
    const dir = tempDir("batch-folder");
    for (const name of ["b.md", "a.txt", "c.HTML", "d.pdf", ".DS_Store"]) writeFileSync(join(dir, name), "x");
    mkdirSync(join(dir, "old"));
    expect(itemsFromFolder(dir)).toEqual([
      { label: "a.txt", source: { from: "path", path: join(dir, "a.txt") }, given: {} },
      { label: "b.md", source: { from: "path", path: join(dir, "b.md") }, given: {} },
      { label: "c.HTML", source: { from: "path", path: join(dir, "c.HTML") }, given: {} },
      { label: "d.pdf", skipped: "not a text, HTML or Markdown file" },
      { label: "old", skipped: "a folder; only the files directly inside are added" },
    ]);
  });
});
