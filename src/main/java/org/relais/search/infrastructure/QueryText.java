package org.relais.search.infrastructure;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.BytesRef;

/**
 * What a visitor typed in the search box: plain words, "quoted phrases" and -excluded words. Only
 * these two operators are understood; every other character is an ordinary letter, so a stray
 * {@code +} or {@code (} never makes a search fail.
 */
public final class QueryText {
    /** Words shorter than this are never matched approximately: too many false friends. */
    static final int APPROXIMATE_FROM = 5;

    private static final Map<String, Float> FIELDS =
            Map.of(SearchIndex.TITLE, 3f, SearchIndex.TAGS, 2f, SearchIndex.BODY, 1f);
    private static final Pattern TOKEN = Pattern.compile("-?\"[^\"]*\"?|\\S+");

    private final String raw;
    private final List<String> words;

    private QueryText(String raw, List<String> words) {
        this.raw = raw;
        this.words = words;
    }

    public static QueryText parse(String text) {
        String raw = text == null ? "" : text.strip();
        List<String> words = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(raw);
        while (matcher.find()) {
            String token = matcher.group();
            if (!token.startsWith("-") && !token.startsWith("\"")) {
                words.add(token.replaceAll("[^\\p{L}\\p{N}'’-]", ""));
            }
        }
        words.removeIf(String::isBlank);
        return new QueryText(raw, words);
    }

    public boolean isEmpty() {
        return raw.isEmpty();
    }

    /** The words outside phrases and exclusions, as typed. */
    public List<String> words() {
        return List.copyOf(words);
    }

    public boolean hasApproximableWords() {
        return words.stream().anyMatch(w -> w.length() >= APPROXIMATE_FROM);
    }

    /** Words, phrases and exclusions, on title, tags and body, the title counting most. */
    public Query exactQuery(Analyzer analyzer) {
        SimpleQueryParser parser =
                new SimpleQueryParser(
                        analyzer,
                        FIELDS,
                        SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
        parser.setDefaultOperator(Occur.SHOULD);
        // exclusions are applied apart: SimpleQueryParser would read "a -b" as "a OR NOT b"
        Query included =
                parser.parse(
                        TOKEN.matcher(raw)
                                .replaceAll(
                                        m ->
                                                m.group().startsWith("-")
                                                        ? ""
                                                        : Matcher.quoteReplacement(m.group())));
        Query excluded = exclusions(analyzer);
        if (included == null) {
            return new MatchNoDocsQuery();
        }
        if (excluded == null) {
            return included;
        }
        return new BooleanQuery.Builder()
                .add(included, Occur.MUST)
                .add(excluded, Occur.MUST_NOT)
                .build();
    }

    /**
     * The plain words matched approximately on whole (unstemmed) words: one edit allowed from five
     * letters, two from eight. Exclusions still apply.
     */
    public Query fuzzyQuery(Analyzer analyzer) {
        BooleanQuery.Builder query = new BooleanQuery.Builder();
        for (String word : words) {
            String folded = fold(analyzer, word);
            Term term = new Term(SearchIndex.WORDS, folded);
            query.add(
                    folded.length() >= APPROXIMATE_FROM
                            ? new FuzzyQuery(term, folded.length() >= 8 ? 2 : 1)
                            : new TermQuery(term),
                    Occur.SHOULD);
        }
        Query excluded = exclusions(analyzer);
        if (excluded != null) {
            query.add(excluded, Occur.MUST_NOT);
        }
        return query.build();
    }

    /** The text with each unknown word replaced by the closest word of the index, if any. */
    public Optional<String> corrected(IndexReader reader) throws IOException {
        DirectSpellChecker checker = new DirectSpellChecker();
        String corrected = raw;
        boolean changed = false;
        for (String word : words) {
            String folded = word.toLowerCase(Locale.ROOT);
            Term term = new Term(SearchIndex.WORDS, new BytesRef(foldAccents(folded)));
            if (word.length() < APPROXIMATE_FROM || reader.docFreq(term) > 0) {
                continue;
            }
            SuggestWord[] suggestions =
                    checker.suggestSimilar(term, 1, reader, SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX);
            if (suggestions.length > 0) {
                corrected = corrected.replace(word, suggestions[0].string);
                changed = true;
            }
        }
        return changed ? Optional.of(corrected) : Optional.empty();
    }

    private Query exclusions(Analyzer analyzer) {
        List<String> excluded = new ArrayList<>();
        Matcher matcher = TOKEN.matcher(raw);
        while (matcher.find()) {
            if (matcher.group().startsWith("-") && matcher.group().length() > 1) {
                excluded.add(matcher.group().substring(1));
            }
        }
        if (excluded.isEmpty()) {
            return null;
        }
        SimpleQueryParser parser =
                new SimpleQueryParser(
                        analyzer,
                        FIELDS,
                        SimpleQueryParser.PHRASE_OPERATOR | SimpleQueryParser.WHITESPACE_OPERATOR);
        return parser.parse(String.join(" ", excluded));
    }

    private static String fold(Analyzer analyzer, String word) {
        return analyzer.normalize(SearchIndex.WORDS, word).utf8ToString();
    }

    private static String foldAccents(String word) {
        return java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
    }
}
