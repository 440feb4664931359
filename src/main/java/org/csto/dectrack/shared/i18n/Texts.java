package org.csto.dectrack.shared.i18n;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Size;
import org.csto.dectrack.shared.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Bilingual text in the API: {@code {"ru": "…", "en": "…"}}; Russian is authentic. */
@JsonInclude(JsonInclude.Include.ALWAYS)
@Schema(name = "Texts", description = "Text in Russian (authentic) and English (working translation)")
public record Texts(
        @Size(max = 4000) @Schema(nullable = true, description = "Null only in summaries, which are optional",
                example = "Декларация Совета коллективной безопасности") String ru,
        @Size(max = 4000) @Schema(nullable = true, example = "Declaration of the Collective Security Council") String en) {

    /** Russian is the authentic language, so it is required wherever a title or name is. */
    public static void requireRussian(String field, Texts texts) {
        if (texts == null || texts.ru() == null || texts.ru().isBlank()) {
            throw ProblemException.invalidField(field + ".ru", "russianRequired");
        }
    }
}
