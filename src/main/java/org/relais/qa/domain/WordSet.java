package org.relais.qa.domain;

import java.text.Normalizer;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The meaningful words of a French text: lower case, without accents, without stop words and words
 * of fewer than three letters. Two texts are alike as far as their word sets overlap (Jaccard
 * index), which is enough to spot a question already asked or a member who answered a similar one.
 */
public final class WordSet {
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");
    private static final Set<String> STOP_WORDS =
            Set.copyOf(
                    List.of(
                            "les",
                            "des",
                            "une",
                            "est",
                            "pas",
                            "pour",
                            "par",
                            "sur",
                            "dans",
                            "avec",
                            "que",
                            "qui",
                            "quoi",
                            "dont",
                            "ces",
                            "ses",
                            "son",
                            "sont",
                            "aux",
                            "mais",
                            "ou",
                            "donc",
                            "car",
                            "nous",
                            "vous",
                            "ils",
                            "elles",
                            "leur",
                            "leurs",
                            "mon",
                            "ton",
                            "mes",
                            "tes",
                            "nos",
                            "vos",
                            "cette",
                            "cet",
                            "elle",
                            "lui",
                            "eux",
                            "comment",
                            "quand",
                            "quel",
                            "quelle",
                            "quels",
                            "quelles",
                            "faire",
                            "fait",
                            "peut",
                            "peux",
                            "veut",
                            "avoir",
                            "etre",
                            "ete",
                            "tout",
                            "tous",
                            "toute",
                            "toutes",
                            "plus",
                            "moins",
                            "tres",
                            "bien",
                            "aussi",
                            "comme",
                            "sans",
                            "sous",
                            "entre",
                            "chez",
                            "ceux",
                            "celle",
                            "celui",
                            "meme",
                            "autre",
                            "autres",
                            "alors",
                            "ainsi",
                            "encore",
                            "deja",
                            "ici",
                            "vers",
                            "une",
                            "avez",
                            "ont",
                            "suis",
                            "sommes",
                            "etes",
                            "ai",
                            "quoi",
                            "pourquoi",
                            "the",
                            "and"));

    private final Set<String> words;

    private WordSet(Set<String> words) {
        this.words = Collections.unmodifiableSet(words);
    }

    public static WordSet of(String text) {
        Set<String> words = new HashSet<>();
        if (text != null) {
            String folded =
                    MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                            .replaceAll("")
                            .toLowerCase(Locale.ROOT);
            for (String word : SEPARATORS.split(folded)) {
                if (word.length() >= 3 && !STOP_WORDS.contains(word)) {
                    words.add(word);
                }
            }
        }
        return new WordSet(words);
    }

    public Set<String> words() {
        return words;
    }

    /** Shared words over all words, from 0 (nothing in common) to 1 (the same words). */
    public double jaccard(WordSet other) {
        if (words.isEmpty() || other.words.isEmpty()) {
            return 0;
        }
        Set<String> union = new HashSet<>(words);
        union.addAll(other.words);
        long shared = words.stream().filter(other.words::contains).count();
        return (double) shared / union.size();
    }
}
