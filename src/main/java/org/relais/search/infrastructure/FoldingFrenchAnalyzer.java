package org.relais.search.infrastructure;

import java.util.Arrays;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * French as mediators type it: elisions removed ({@code l'atelier} → {@code atelier}), lower case,
 * accents folded so {@code reseau} finds {@code réseau} (people often type without accents), stop
 * words dropped, then a light stemmer so {@code ateliers} finds {@code atelier}. Folding comes
 * before stemming so a word typed with or without accents ends as the same term.
 */
public final class FoldingFrenchAnalyzer extends Analyzer {
    private static final CharArraySet ELISIONS =
            new CharArraySet(
                    Arrays.asList(
                            "l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu",
                            "lorsqu", "puisqu"),
                    true);

    private static final CharArraySet STOP_WORDS = folded(FrenchAnalyzer.getDefaultStopSet());

    @Override
    protected TokenStreamComponents createComponents(String fieldName) {
        StandardTokenizer source = new StandardTokenizer();
        TokenStream stream = new ElisionFilter(source, ELISIONS);
        stream = new LowerCaseFilter(stream);
        stream = new ASCIIFoldingFilter(stream);
        stream = new StopFilter(stream, STOP_WORDS);
        stream = new FrenchLightStemFilter(stream);
        return new TokenStreamComponents(source, stream);
    }

    @Override
    protected TokenStream normalize(String fieldName, TokenStream in) {
        return new ASCIIFoldingFilter(new LowerCaseFilter(new ElisionFilter(in, ELISIONS)));
    }

    private static CharArraySet folded(CharArraySet words) {
        CharArraySet folded = new CharArraySet(words.size(), true);
        for (Object word : words) {
            char[] chars = (char[]) word;
            char[] output = new char[chars.length * 4];
            int length = ASCIIFoldingFilter.foldToASCII(chars, 0, output, 0, chars.length);
            folded.add(new String(output, 0, length));
        }
        return folded;
    }
}
