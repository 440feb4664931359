package org.csto.dectrack.shared;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.csto.dectrack.shared.i18n.Lang;
import org.csto.dectrack.shared.problem.ProblemText;
import org.csto.dectrack.shared.problem.ProblemType;
import org.junit.jupiter.api.Test;

/** The problem texts: both languages have every key with the same arguments; arguments go in once, as they are. */
class ProblemTextTest {
    static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = ProblemTextTest.class.getResourceAsStream(name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = Pattern.compile("\\{\\d}").matcher(text);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    @Test
    void everyTextIsInBothLanguagesWithTheSameArguments() throws IOException {
        for (String bundle : new String[] {"/i18n/problems", "/ValidationMessages"}) {
            Properties english = load(bundle + ".properties");
            Properties russian = load(bundle + "_ru.properties");
            assertEquals(new TreeSet<>(english.stringPropertyNames()), new TreeSet<>(russian.stringPropertyNames()), bundle);
            for (String key : english.stringPropertyNames()) {
                assertEquals(placeholders(english.getProperty(key)), placeholders(russian.getProperty(key)), key);
            }
        }
        Properties english = load("/i18n/problems.properties");
        for (ProblemType type : ProblemType.values()) {
            assertEquals(type.title, english.getProperty("title." + type.name()), type.name());
        }
    }

    @Test
    void textsAreRenderedInTheLanguageAsked() {
        ProblemText text = new ProblemText("report.future", "2026-11-30");
        assertEquals("must not be in the future (today is 2026-11-30 in the easternmost member state)", text.in(Lang.EN));
        assertEquals("не должно быть в будущем (сегодня 2026-11-30 в самом восточном государстве-члене)", text.in(Lang.RU));
        assertEquals("Документ в статусе DRAFT не может перейти в ADOPTED",
                new ProblemText("document.transition", "DRAFT", "ADOPTED").in(Lang.RU));
        // an argument that looks like a placeholder stays as sent; a key the bundles lack is literal text
        assertEquals("неизвестный орган '{1}'", new ProblemText("body.unknown", "{1}").in(Lang.RU));
        assertEquals("Something else", new ProblemText("Something else").in(Lang.RU));
        assertEquals("Запрос заполнен неверно", ProblemText.title(ProblemType.VALIDATION, Lang.RU));
    }
}
