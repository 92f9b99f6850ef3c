/**
 * British and American spellings folded to one form, so that an agency's
 * story edited into the other spelling keeps its shingles ("neighbourhoods"
 * and "neighborhoods", "metres" and "meters", "organised" and "organized").
 *
 * Written by hand: the npm packages that translate between the two spellings
 * are word lists without upkeep (0.x, a few thousand downloads). A suffix rule
 * needs no list and covers words no list holds. It only has to fold both
 * spellings to one key, not to give a real word: a word of another language
 * or one the rule bends needlessly ("promise" -> "promize") is bent the same
 * way in every text, so two texts still agree on it.
 */

/** Each rule: the British ending, its American form, and the shortest word it applies to. */
const RULES: readonly (readonly [RegExp, string, number])[] = [
  // colour, labour, neighbours, honoured, favourable
  [/our(s|ed|ing|able|ite|ites|hood|hoods)?$/, "or$1", 6],
  // centre, metres, theatre, litres
  [/tre(s|d)?$/, "ter$1", 5],
  // organise, organised, organising, organisation(s)
  [/is(e|es|ed|er|ers|ing|ation|ations)$/, "iz$1", 6],
  // analyse, paralysed
  [/ys(e|es|ed|ing)$/, "yz$1", 6],
  // travelled, cancelling, modeller
  [/([aeiou])ll(ed|ing|er|ers)$/, "$1l$2", 7],
];

/** One form for a lower-case word's British and American spellings. */
export function foldSpelling(word: string): string {
  for (const [ending, american, shortest] of RULES)
    if (word.length >= shortest && ending.test(word)) return word.replace(ending, american);
  return word;
}
