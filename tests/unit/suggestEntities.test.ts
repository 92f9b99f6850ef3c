import { describe, expect, it } from "vitest";
import { clusterMentions } from "../../graph/suggest/cluster.ts";
import { containment, innerNames, sameKind } from "../../graph/suggest/contain.ts";
import { countryNamed } from "../../graph/suggest/demonyms.ts";
import { isBareWord } from "../../graph/suggest/bareWords.ts";
import { findMentions } from "../../graph/suggest/mentions.ts";
import { type AnalysedText, plainTokens } from "../../graph/suggest/text.ts";

/**
 * The rules that make one entity per thing, on sentences written for these
 * tests. CoreNLP's entity classes are given by hand where a rule corrects
 * them ("Gen Keita" as an organisation): the text's tokens are the plain
 * tokenisation, the NER's answer is what CoreNLP was seen to give.
 */
function withNer(text: string, tags: [surface: string, ner: string][]): AnalysedText {
  const analysed = plainTokens(text);
  let from = 0;
  for (const [surface, ner] of tags) {
    const start = text.indexOf(surface, from);
    if (start < 0) throw new Error(`${surface} is not in the text`);
    from = start + surface.length;
    const sentence = analysed.sentences.find((s) => s.start <= start && start < s.end)!;
    analysed.ner.push({
      sentence: sentence.index,
      tokenBegin: 0,
      tokenEnd: 0,
      start,
      end: start + surface.length,
      text: surface,
      ner,
      confidence: 0.9,
    });
  }
  return analysed;
}

function entities(analysed: AnalysedText) {
  return clusterMentions(findMentions(analysed)).map((g) => ({
    name: g.name,
    labels: g.labels,
    mentions: g.mentions.map((m) => analysed.text.slice(m.start, m.end)),
    score: g.score,
  }));
}

describe("pronouns, determiners and titles alone", () => {
  it("are never entities, even when the NER tags them", () => {
    const text = "He arrived in Dakar on Monday. The minister spoke. General said nothing.";
    const found = entities(
      withNer(text, [
        ["He", "PERSON"],
        ["Dakar", "CITY"],
        ["The", "ORGANIZATION"],
        ["General", "PERSON"],
      ]),
    );
    expect(found.map((e) => e.name)).toEqual(["Dakar"]);
    for (const word of ["He", "they", "The", "this", "General", "Mr.", "Gen", "President"])
      expect(isBareWord(word)).toBe(true);
    expect(isBareWord("Gen Keita")).toBe(false);
  });
});

describe("titles", () => {
  it("are kept in the mention and left out of the name: a title and a surname is the person the text names in full", () => {
    const text =
      "Amadou Keita, the defence minister, met the envoy in Niamey. Gen Keita said the talks went well. Later General Keita left, and Mr Keita did not comment.";
    const found = entities(
      withNer(text, [
        ["Amadou Keita", "PERSON"],
        ["Niamey", "CITY"],
        ["Gen Keita", "ORGANIZATION"],
        ["Keita", "PERSON"],
        ["Keita", "PERSON"],
      ]),
    );
    const keita = found.filter((e) => e.mentions.some((m) => m.includes("Keita")));
    expect(keita).toHaveLength(1);
    expect(keita[0]).toMatchObject({ name: "Amadou Keita", labels: ["Person"] });
    expect(keita[0]!.mentions).toEqual(["Amadou Keita", "Gen Keita", "Keita", "Keita"]);
  });

  it("make a word of a person the text names a mention of that person, the family name first too", () => {
    const text =
      "Chen Wuhai, the trade minister, arrived on Monday. Later Minister Chen signed, and Minister Lam did not.";
    const found = entities(withNer(text, [["Chen Wuhai", "PERSON"]]));
    const chen = found.filter((e) => e.mentions.some((m) => m.includes("Chen")));
    expect(chen).toHaveLength(1);
    expect(chen[0]!.mentions).toEqual(["Chen Wuhai", "Chen"]);
    expect(found.some((e) => e.mentions.includes("Lam"))).toBe(false);
  });

  it("make a person of an honorific's name, but leave an organisation whose name starts with a title word", () => {
    const text = "Mr Okonjo chaired the session of the General Assembly.";
    const found = entities(
      withNer(text, [
        ["Mr Okonjo", "ORGANIZATION"],
        ["General Assembly", "ORGANIZATION"],
      ]),
    );
    expect(found).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "Okonjo", labels: ["Person"], mentions: ["Mr Okonjo"] }),
        expect.objectContaining({ name: "General Assembly", labels: ["Organization"] }),
      ]),
    );
  });
});

describe("pairs of names", () => {
  it("split into their parts when both are names; a hyphenated name stays whole", () => {
    const text =
      "A Chad-Niger collaboration was announced. Ngozi Adeyemi-Bello welcomed the Chad/Niger plan.";
    const found = entities(
      withNer(text, [
        ["Chad-Niger", "LOCATION"],
        ["Ngozi Adeyemi-Bello", "PERSON"],
        ["Chad/Niger", "LOCATION"],
      ]),
    );
    expect(found.map((e) => [e.name, e.labels, e.mentions])).toEqual(
      expect.arrayContaining([
        ["Chad", ["Country"], ["Chad", "Chad"]],
        ["Niger", ["Country"], ["Niger", "Niger"]],
        ["Ngozi Adeyemi-Bello", ["Person"], ["Ngozi Adeyemi-Bello"]],
      ]),
    );
    expect(found).toHaveLength(3);
  });
});

describe("pieces of one name", () => {
  it("are one name when the NER cut it into pieces with only a space between them", () => {
    const text = "Patrols crossed the South China Sea near Kawit Naval Station. Kenya and Uganda agreed.";
    const found = entities(
      withNer(text, [
        ["South", "LOCATION"],
        ["China", "COUNTRY"],
        ["Sea", "LOCATION"],
        ["Kawit", "CITY"],
        ["Naval Station", "ORGANIZATION"],
        ["Kenya", "COUNTRY"],
        ["Uganda", "COUNTRY"],
      ]),
    );
    expect(found.map((e) => [e.name, e.labels])).toEqual([
      ["South China Sea", ["Place"]],
      ["Kawit Naval Station", ["Organization"]],
      ["Kenya", ["Country"]],
      ["Uganda", ["Country"]],
    ]);
  });
});

describe("labels checked against the country list", () => {
  it("makes a country's name a Country whatever the NER said, with a lower score for the disagreement", () => {
    const text = "Togo thanked Benin. The U.S. and the United States Congress were not named.";
    const found = entities(
      withNer(text, [
        ["Togo", "PERSON"],
        ["Benin", "COUNTRY"],
        ["U.S.", "COUNTRY"],
      ]),
    );
    const togo = found.find((e) => e.name === "Togo")!;
    const benin = found.find((e) => e.name === "Benin")!;
    expect(togo.labels).toEqual(["Country"]);
    expect(togo.score).toBeLessThan(benin.score);
    expect(countryNamed("U.S.")).toBe("United States");
    expect(countryNamed("the Philippines")).toBe("Philippines");
    expect(countryNamed("Keita")).toBeUndefined();
  });
});

describe("described things", () => {
  it("are one entity when several nouns of one kind refer to one singular thing", () => {
    const text =
      "The two ministries signed an agreement on river transport on Monday. The deal sets new tariffs. The memorandum also creates a joint office.";
    const found = entities(plainTokens(text)).filter((e) => e.labels.includes("Agreement"));
    expect(found).toHaveLength(1);
    expect(found[0]!.mentions).toEqual(["agreement", "deal", "memorandum"]);
  });

  it("are one set when nouns before a plural describe it, and 'the' with another noun of its kind refers back to it", () => {
    const analysed = plainTokens(
      "Kestria and Orvania have signed energy cooperation agreements. The deals were praised.",
    );
    const tags = ["NNP CC NNP VBP VBN NN NN NNS .", "DT NNS VBD VBN ."];
    analysed.sentences.forEach((s, k) => {
      const sentenceTags = tags[k]!.split(" ");
      s.tokens.forEach((t, i) => (t.pos = sentenceTags[i]!));
    });
    const found = entities(analysed).filter((e) => e.labels.includes("Agreement"));
    expect(found.map((e) => e.mentions)).toEqual([["energy cooperation agreements", "deals"]]);
  });

  it("stay apart when ordinals tell them apart", () => {
    const text = "They signed the first agreement and the second agreement. The agreement was praised.";
    const found = entities(plainTokens(text)).filter((e) => e.labels.includes("Agreement"));
    expect(found.length).toBeGreaterThanOrEqual(2);
  });

  it("are no entity when generic and never referred to again", () => {
    const text =
      "The ministry launched an initiative on roads. A new project was mentioned, and the army described its extensive operations. The first refinery opened.";
    const names = entities(plainTokens(text)).map((e) => e.name);
    expect(names.some((n) => /initiative|project|operations/i.test(n))).toBe(false);
    expect(names.some((n) => /refinery/.test(n))).toBe(true);
  });

  it("are one thing when an owner tells a singular apart, even named once", () => {
    const text =
      "Voters lined up early for the province's general election, and its new projects were debated.";
    const names = entities(plainTokens(text)).map((e) => e.name);
    expect(names).toContain("general election");
    expect(names.some((n) => /projects/.test(n))).toBe(false);
  });
});

describe("names inside names", () => {
  it("are candidates with a reason, of the same kind or not", () => {
    expect(innerNames("Wagner Group")).toEqual(["Wagner"]);
    expect(innerNames("Bank of Ghana")).toEqual(["Ghana"]);
    expect(containment("Wagner Group", "Wagner")).toBe('"Wagner Group" contains the graph\'s name "Wagner"');
    expect(containment("Keita", "Amadou Keita")).toBe('the graph\'s name "Amadou Keita" contains "Keita"');
    expect(containment("Russian", "Russia")).toBeUndefined();
    expect(sameKind(["Organization", "ArmedGroup"], ["Organization"])).toBe(true);
    expect(sameKind(["Place"], ["Organization", "ArmedGroup"])).toBe(false);
  });
});

describe("one organisation under several names", () => {
  it("joins a name with and without its country and its kind, unless two countries share the core", () => {
    const text =
      "The Canadian Fisheries Agency fined the trawler. Fisheries Agency inspectors boarded it at dawn. " +
      "Later the Estonian Defence Ministry and the Latvian Defence Ministry met; the Defence Ministry spokesman left.";
    const found = entities(
      withNer(text, [
        ["Canadian Fisheries Agency", "ORGANIZATION"],
        ["Fisheries Agency", "ORGANIZATION"],
        ["Estonian Defence Ministry", "ORGANIZATION"],
        ["Latvian Defence Ministry", "ORGANIZATION"],
        ["Defence Ministry", "ORGANIZATION"],
      ]),
    );
    const fisheries = found.filter((e) => /Fisheries/.test(e.name));
    expect(fisheries).toHaveLength(1);
    expect(fisheries[0]!.mentions).toEqual(["Canadian Fisheries Agency", "Fisheries Agency"]);
    expect(found.filter((e) => /Defence Ministry/.test(e.name))).toHaveLength(3);
  });

  it("joins an acronym in the name's own language to the translated name whose initials it reorders", () => {
    const text =
      "The Front for the Liberation of the Coast (FLC in English, but locals say LFC) held a rally. LFC leaders spoke. The OPEC meeting ended.";
    const found = entities(
      withNer(text, [
        ["Front for the Liberation of the Coast", "ORGANIZATION"],
        ["LFC", "ORGANIZATION"],
        ["LFC", "ORGANIZATION"],
        ["OPEC", "ORGANIZATION"],
      ]),
    );
    const front = found.find((e) => e.name.startsWith("Front"));
    expect(front?.mentions).toContain("LFC");
    expect(found.some((e) => e.name === "OPEC")).toBe(true);
  });

  it("cuts an organisation from the office it owns, but keeps a name made with a possessive whole", () => {
    const text =
      "The Kestrian Department of Trade's Office of Export Control named two firms. The People's Liberation Front objected.";
    const found = entities(
      withNer(text, [
        ["Kestrian Department of Trade's Office of Export Control", "ORGANIZATION"],
        ["People's Liberation Front", "ORGANIZATION"],
      ]),
    );
    expect(found.map((e) => e.name)).toEqual([
      "Kestrian Department of Trade",
      "Office of Export Control",
      "People's Liberation Front",
    ]);
  });

  it("joins an acronym to a name whose hyphenated words give an initial each", () => {
    const text = "The Indo-Pacific Trade Council met in Manila. The IPTC chair spoke.";
    const found = entities(
      withNer(text, [
        ["Indo-Pacific Trade Council", "ORGANIZATION"],
        ["Manila", "CITY"],
        ["IPTC", "ORGANIZATION"],
      ]),
    );
    expect(found.find((e) => e.name === "Indo-Pacific Trade Council")?.mentions).toContain("IPTC");
  });

  it("takes a leader's administration or government for the state body, not the leader", () => {
    const text = "The Harlow administration denied the report, and Harlow himself said nothing.";
    const found = entities(
      withNer(text, [
        ["Harlow", "PERSON"],
        ["Harlow", "PERSON"],
      ]),
    );
    expect(found.find((e) => e.name === "Harlow administration")?.labels).toEqual([
      "Organization",
      "StateBody",
    ]);
    expect(found.find((e) => e.name === "Harlow")?.labels).toEqual(["Person"]);
  });
});

describe("places the NER did not see", () => {
  /** The plain tokens with the tags CoreNLP gives them: proper nouns, and the nouns of the sentence. */
  function tagged(text: string, nouns: Record<string, string>): AnalysedText {
    const analysed = plainTokens(text);
    for (const s of analysed.sentences)
      for (const t of s.tokens) t.pos = nouns[t.text] ?? (/^\p{Lu}/u.test(t.text) ? "NNP" : "");
    for (const t of analysed.sentences.flatMap((s) => s.tokens))
      if (t.text === "mountains") t.lemma = "mountain";
    return analysed;
  }

  it("names a place by the proper name before a place's noun, and again where the text repeats it", () => {
    const text = "The firm mines iron in the Kolente mountains. It lost half of the whole Kolente block.";
    const found = entities(tagged(text, { The: "DT", It: "PRP", mountains: "NNS", block: "NN", iron: "NN" }));
    const place = found.find((e) => e.name === "Kolente");
    expect(place?.labels).toEqual(["Place"]);
    expect(place?.mentions).toEqual(["Kolente", "Kolente"]);
  });

  it("takes 'the country' for the country named just before it", () => {
    const text = "Guinea signed a mining deal. The country will build a new port.";
    const found = entities(withNer(text, [["Guinea", "COUNTRY"]]));
    expect(found.find((e) => e.name === "Guinea")?.mentions).toEqual(["Guinea", "country"]);
  });
});

describe("names in a list", () => {
  it("take the kind of the names beside them, whole, when the NER saw only part of one", () => {
    const text = "Targets include Mid Oil Asia, Singa Tankers and Kora Maritime.";
    const analysed = withNer(text, [
      ["Asia", "CITY"],
      ["Singa Tankers", "ORGANIZATION"],
      ["Kora Maritime", "ORGANIZATION"],
    ]);
    // Tags and arcs as CoreNLP gives them: the list hangs on its first member by appos and conj.
    const s = analysed.sentences[0]!;
    const tags = "NNS VBP NNP NNP NNP , NNP NNPS CC NNP NNP .".split(" ");
    s.tokens.forEach((t, i) => (t.pos = tags[i]!));
    s.arcs = [
      "nsubj 2 1",
      "root 0 2",
      "compound 5 3",
      "compound 5 4",
      "obj 2 5",
      "compound 8 7",
      "appos 5 8",
      "cc 11 9",
      "compound 11 10",
      "appos 5 11",
      "conj:and 8 11",
    ].map((a) => {
      const [label, head, dependent] = a.split(" ");
      return { label: label!, head: Number(head) - 1, dependent: Number(dependent) - 1 };
    });
    const found = entities(analysed);
    expect(found.map((e) => e.name)).toEqual(["Mid Oil Asia", "Singa Tankers", "Kora Maritime"]);
    expect(found[0]!.labels).toEqual(["Organization"]);
  });
});

describe("two names joined by a hyphen", () => {
  it("are a mention each when both are countries, and the agreement after them is one thing", () => {
    const text = "The Portugal-Brazil agreement was signed in March.";
    const analysed = withNer(text, [["March", "DATE"]]);
    // CoreNLP's tokens: the hyphen apart.
    const tags = "DT NNP HYPH NNP NN VBD VBN IN NNP .".split(" ");
    analysed.sentences[0]!.tokens = [...text.matchAll(/\p{L}+|[^\s\p{L}]/gu)].map((m, i) => ({
      text: m[0],
      lemma: m[0].toLowerCase(),
      pos: tags[i]!,
      ner: "O",
      start: m.index,
      end: m.index + m[0].length,
    }));
    const found = entities(analysed);
    expect(found.map((e) => [e.name, e.labels])).toEqual(
      expect.arrayContaining([
        ["Portugal", ["Country"]],
        ["Brazil", ["Country"]],
        ["agreement", ["Agreement"]],
      ]),
    );
  });
});
