package org.csto.dectrack.shared.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.tartarus.snowball.SnowballStemmer;
import org.tartarus.snowball.ext.EnglishStemmer;
import org.tartarus.snowball.ext.RussianStemmer;

/**
 * The one rule of what a text search finds, the same on every database: texts are cut into words (runs of letters and
 * digits, case-folded, ё read as е), each word is reduced to its Snowball stem (Russian for Cyrillic words, English for
 * Latin ones: "границы" and "граница" both give "границ", "borders" gives "border"), and a query finds the texts that hold,
 * for every word of the query, a stem beginning with that word's stem ("таджикско" finds "таджикско-афганской").
 *
 * <p>The stems of a text are stored with it ({@code document.search_terms}, space-separated); PostgreSQL searches them
 * with full-text search over a GIN index ({@link #tsquery}), H2 through a table of terms with a B-tree index
 * ({@link #upperBound} gives the range of a prefix). Stemming happens here, not in the database, so that both databases
 * find the same documents.
 */
public final class SearchTerms {
    /** Longest word kept, and the most words of a query (the rest are ignored). */
    public static final int MAX_WORD = 60;
    public static final int MAX_QUERY_WORDS = 8;
    /** The stored terms of one text, at most (longer texts keep their first stems). */
    public static final int MAX_LENGTH = 20000;

    private SearchTerms() {
    }

    /** The distinct stems of the texts (nulls skipped), space-separated, in order of first appearance. */
    public static String of(String... texts) {
        Set<String> stems = new LinkedHashSet<>();
        for (String text : texts) {
            if (text != null) {
                for (String word : words(text)) {
                    stems.add(stem(word));
                }
            }
        }
        StringBuilder joined = new StringBuilder();
        for (String stem : stems) {
            if (joined.length() + stem.length() + 1 > MAX_LENGTH) {
                break;
            }
            if (!joined.isEmpty()) {
                joined.append(' ');
            }
            joined.append(stem);
        }
        return joined.toString();
    }

    /** The stems of stored terms (from {@link #of}), one per word index row; none for an empty text. */
    public static List<String> stems(String terms) {
        return terms.isEmpty() ? List.of() : List.of(terms.split(" "));
    }

    /** The stems a query asks for: empty when it holds no letter or digit (then nothing matches). */
    public static List<String> query(String q) {
        Set<String> stems = new LinkedHashSet<>();
        for (String word : words(q)) {
            if (stems.size() == MAX_QUERY_WORDS) {
                break;
            }
            stems.add(stem(word));
        }
        return List.copyOf(stems);
    }

    /** Whether stored terms (from {@link #of}) match a query (from {@link #query}): the in-memory twin of the indexes. */
    public static boolean matches(String terms, List<String> query) {
        if (query.isEmpty()) {
            return false;
        }
        List<String> stored = stems(terms);
        return query.stream().allMatch(stem -> stored.stream().anyMatch(term -> term.startsWith(stem)));
    }

    /** PostgreSQL's form of a query: every stem as a prefix, all required ({@code границ:* & border:*}). */
    public static String tsquery(List<String> query) {
        return String.join(" & ", query.stream().map(stem -> stem + ":*").toList());
    }

    /** The first string after every term that begins with {@code stem}: terms in [stem, upperBound) begin with it. */
    public static String upperBound(String stem) {
        return stem + Character.MAX_VALUE;
    }

    /** Words of a text: runs of letters and digits, lower-cased, ё as е, at most {@link #MAX_WORD} characters each. */
    static List<String> words(String text) {
        String folded = text.toLowerCase(Locale.ROOT).replace('ё', 'е');
        List<String> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= folded.length(); i++) {
            boolean inWord = i < folded.length() && Character.isLetterOrDigit(folded.charAt(i));
            if (inWord && start < 0) {
                start = i;
            } else if (!inWord && start >= 0) {
                words.add(folded.substring(start, Math.min(i, start + MAX_WORD)));
                start = -1;
            }
        }
        return words;
    }

    /** A word's Snowball stem: Russian when it has a Cyrillic letter, English when it has a Latin one, else the word. */
    static String stem(String word) {
        SnowballStemmer stemmer = null;
        for (int i = 0; i < word.length() && stemmer == null; i++) {
            Character.UnicodeBlock block = Character.UnicodeBlock.of(word.charAt(i));
            if (block == Character.UnicodeBlock.CYRILLIC) {
                stemmer = new RussianStemmer();
            } else if (word.charAt(i) >= 'a' && word.charAt(i) <= 'z') {
                stemmer = new EnglishStemmer();
            }
        }
        if (stemmer == null) {
            return word;
        }
        stemmer.setCurrent(word);
        stemmer.stem();
        String stem = stemmer.getCurrent();
        return stem.isEmpty() ? word : stem;
    }
}
