package org.relais.bench;

import static org.relais.bench.MediationVocabulary.*;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seeded corpus of forum topics and replies, questions and answers about digital mediation,
 * composed from {@link MediationVocabulary}'s templates. The same size and seed always give the
 * same documents ({@link Random} is specified to the bit), so two runs of the benchmark load the
 * same text. Parents (topics, questions) come first, then replies and answers, each naming its
 * parent by position. A few words lose their accents or get a typo, as in real posts.
 */
public final class CorpusGenerator {
    /** Shares of the corpus: topics and questions are a quarter, replies and answers the rest. */
    static final double TOPIC_SHARE = 0.12;

    static final double QUESTION_SHARE = 0.12;
    static final double POST_SHARE = 0.43;

    private static final Pattern SLOT = Pattern.compile("\\{(\\w+)}");
    private static final Map<Character, Character> UNACCENTED =
            Map.of('é', 'e', 'è', 'e', 'ê', 'e', 'à', 'a', 'â', 'a', 'ç', 'c', 'ô', 'o', 'î', 'i');

    public enum Kind {
        TOPIC,
        POST,
        QUESTION,
        ANSWER
    }

    /**
     * One document to write. {@code parent} is the position of the topic or question a reply or
     * answer belongs to, -1 for topics and questions; {@code category} indexes {@link
     * MediationVocabulary#CATEGORIES} for topics.
     */
    public record Doc(
            int position,
            Kind kind,
            int parent,
            int category,
            String title,
            String body,
            List<String> tags) {}

    private final Random random;

    private CorpusGenerator(long seed) {
        this.random = new Random(seed);
    }

    /** The corpus of {@code size} documents for this seed. */
    public static List<Doc> generate(int size, long seed) {
        if (size < 10) {
            throw new IllegalArgumentException("corpus size must be at least 10: " + size);
        }
        return new CorpusGenerator(seed).corpus(size);
    }

    public static List<String> categories() {
        return CATEGORIES;
    }

    public static List<String> tagLabels() {
        return TAGS;
    }

    private List<Doc> corpus(int size) {
        int topics = Math.max(1, (int) Math.round(size * TOPIC_SHARE));
        int questions = Math.max(1, (int) Math.round(size * QUESTION_SHARE));
        int posts = (int) Math.round(size * POST_SHARE);
        int answers = size - topics - questions - posts;
        List<Doc> docs = new ArrayList<>(size);
        for (int t = topics, q = questions; t + q > 0; ) {
            if (random.nextInt(t + q) < t) {
                docs.add(topic(docs.size()));
                t--;
            } else {
                docs.add(question(docs.size()));
                q--;
            }
        }
        List<Integer> topicPositions = positions(docs, Kind.TOPIC);
        List<Integer> questionPositions = positions(docs, Kind.QUESTION);
        for (int p = posts, a = answers; p + a > 0; ) {
            if (random.nextInt(p + a) < p) {
                docs.add(reply(docs.size(), Kind.POST, popular(topicPositions)));
                p--;
            } else {
                docs.add(reply(docs.size(), Kind.ANSWER, popular(questionPositions)));
                a--;
            }
        }
        return List.copyOf(docs);
    }

    private Doc topic(int position) {
        String title = fill(pick(TOPIC_TITLES));
        return new Doc(
                position,
                Kind.TOPIC,
                -1,
                random.nextInt(CATEGORIES.size()),
                title,
                paragraph(2 + random.nextInt(5)),
                tags(random.nextInt(4)));
    }

    private Doc question(int position) {
        return new Doc(
                position,
                Kind.QUESTION,
                -1,
                -1,
                fill(pick(QUESTION_TITLES)),
                paragraph(2 + random.nextInt(4)),
                tags(1 + random.nextInt(3)));
    }

    private Doc reply(int position, Kind kind, int parent) {
        String body = pick(REPLY_OPENINGS) + " " + paragraph(1 + random.nextInt(4));
        return new Doc(position, kind, parent, -1, null, body, List.of());
    }

    /** Sentences drawn from the templates, some with accents dropped or a letter wrong. */
    private String paragraph(int sentences) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < sentences; i++) {
            if (i > 0) {
                text.append(random.nextInt(4) == 0 ? "\n\n" : " ");
            }
            text.append(roughen(fill(pick(SENTENCES))));
        }
        return text.toString();
    }

    private List<String> tags(int count) {
        Set<String> chosen = new LinkedHashSet<>();
        while (chosen.size() < count) {
            chosen.add(pick(TAGS));
        }
        return List.copyOf(chosen);
    }

    private String fill(String template) {
        Matcher slot = SLOT.matcher(template);
        StringBuilder out = new StringBuilder();
        while (slot.find()) {
            slot.appendReplacement(out, Matcher.quoteReplacement(word(slot.group(1))));
        }
        slot.appendTail(out);
        String text = out.toString();
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private String word(String slot) {
        return switch (slot) {
            case "public" -> pick(PUBLICS);
            case "procedure" -> pick(PROCEDURES);
            case "tool" -> pick(TOOLS);
            case "place" -> pick(PLACES);
            case "problem" -> pick(PROBLEMS);
            case "theme" -> pick(THEMES);
            case "advice" -> pick(ADVICE);
            case "duration" -> pick(DURATIONS);
            case "day" -> pick(DAYS);
            default -> throw new IllegalArgumentException("unknown slot " + slot);
        };
    }

    /** About one word in 25 typed without accents, one in 150 with two letters swapped. */
    private String roughen(String sentence) {
        String[] words = sentence.split(" ");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            int roll = random.nextInt(150);
            if (roll < 6) {
                StringBuilder plain = new StringBuilder(w.length());
                for (char c : w.toCharArray()) {
                    plain.append(UNACCENTED.getOrDefault(c, c));
                }
                words[i] = plain.toString();
            } else if (roll == 6
                    && w.length() > 5
                    && Character.isLetter(w.charAt(w.length() - 2))) {
                int at = 1 + random.nextInt(w.length() - 3);
                char[] chars = w.toCharArray();
                char swapped = chars[at];
                chars[at] = chars[at + 1];
                chars[at + 1] = swapped;
                words[i] = new String(chars);
            }
        }
        return String.join(" ", words);
    }

    private static List<Integer> positions(List<Doc> docs, Kind kind) {
        return docs.stream().filter(d -> d.kind() == kind).map(Doc::position).toList();
    }

    /** Earlier topics and questions draw more replies, as older threads do. */
    private int popular(List<Integer> parents) {
        return parents.get(
                Math.min(random.nextInt(parents.size()), random.nextInt(parents.size())));
    }

    private <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
