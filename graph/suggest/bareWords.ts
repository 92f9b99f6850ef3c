import { DETERMINERS, PRONOUNS, bare, isTitle } from "./lexicon.ts";

/**
 * French pronouns (personal, stressed, demonstrative, indefinite, relative)
 * and determiners, and the phrases that stand for a named thing already
 * said ("ce dernier", "celle-ci", "l'un d'eux"): a closed list of the language.
 */
const FRENCH_PRONOUNS = new Set(
  "je j' j’ me m' m’ moi tu te t' t’ toi il elle ils elles lui leur leurs eux on nous vous se s' s’ soi y en ce c' c’ ça cela ceci celui celle ceux celles celui-ci celle-ci ceux-ci celles-ci celui-là celle-là ceux-là celles-là qui que qu' qu’ quoi dont lequel laquelle lesquels lesquelles auquel duquel personne rien chacun chacune aucun aucune plusieurs certains certaines tous toutes tout autrui".split(
    " ",
  ),
);
const FRENCH_DETERMINERS = new Set(
  "le la l' l’ les un une des du de d' d’ au aux ce cet cette ces mon ma mes ton ta tes son sa ses notre nos votre vos leur leurs quel quelle quels quelles chaque tout toute tous toutes".split(
    " ",
  ),
);
/** Words that, after a determiner, refer back to what was named ("ce dernier", "l'un", "les deux"). */
const FRENCH_REFERRING = new Set(
  "dernier dernière derniers dernières premier première premiers premières second seconde un une autre autres deux même mêmes".split(
    " ",
  ),
);

/** The words of a mention, with a French elided determiner or pronoun split off its word ("l'un" → "l'", "un"). */
function mentionWords(text: string, french: boolean): string[] {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return french ? words.flatMap((w) => w.split(/(?<=^\p{L}['’])/u)) : words;
}

/** A French pronoun or determiner alone, or a determiner with titles or referring words only ("ce dernier", "le président"). */
function frenchBare(words: readonly string[]): boolean {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.length === 1 && (FRENCH_PRONOUNS.has(lower[0]!) || FRENCH_DETERMINERS.has(lower[0]!)))
    return true;
  const rest = lower.slice(FRENCH_DETERMINERS.has(lower[0]!) ? 1 : 0);
  return rest.length > 0 && rest.every((w) => FRENCH_REFERRING.has(w) || isTitle(w));
}

/**
 * A mention that is only a pronoun, a determiner or titles ("He", "The",
 * "General", "Mr.", "President"): never an entity on its own. In a French
 * text (`language` "fr") French ones too ("il", "celle-ci", "ce dernier", "le président").
 */
export function isBareWord(text: string, language?: string): boolean {
  const french = language?.toLowerCase().startsWith("fr") ?? false;
  const words = mentionWords(text, french);
  if (words.length === 0) return true;
  if (words.length === 1 && (PRONOUNS.has(bare(words[0]!)) || DETERMINERS.has(bare(words[0]!)))) return true;
  return words.every(isTitle) || (french && frenchBare(words));
}
