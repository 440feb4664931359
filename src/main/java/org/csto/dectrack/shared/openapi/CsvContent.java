package org.csto.dectrack.shared.openapi;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.csto.dectrack.shared.csv.Csv;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.Extensible;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;

/**
 * Describes the {@code text/csv} answers of the lists that offer one: the scanner gives them the JSON page's schema,
 * this gives a string described by its columns, which the operation names in the extension {@value #COLUMNS}
 * ({@code @Extension(name = CsvContent.COLUMNS, value = View.CSV_HEADER)}). The scanner copies a method's extensions
 * onto its responses too; the extension is removed from both once read. An operation without it describes its CSV
 * itself.
 */
public final class CsvContent {
    public static final String COLUMNS = "x-csv-columns";

    private CsvContent() {
    }

    static void describe(OpenAPI openAPI) {
        for (PathItem path : openAPI.getPaths().getPathItems().values()) {
            for (Operation operation : path.getOperations().values()) {
                Object columns = take(operation);
                if (operation.getResponses() == null || operation.getResponses().getAPIResponses() == null) {
                    continue;
                }
                for (Map.Entry<String, APIResponse> response : operation.getResponses().getAPIResponses().entrySet()) {
                    take(response.getValue());
                    MediaType csv = response.getValue().getContent() == null ? null
                            : response.getValue().getContent().getMediaType(Csv.MEDIA_TYPE);
                    if (response.getKey().startsWith("2") && csv != null && columns != null) {
                        csv.setSchema(OASFactory.createSchema().type(List.of(Schema.SchemaType.STRING))
                                .description(description(columns)));
                    }
                }
            }
        }
    }

    /** The value of the extension, removed from {@code element}; null when it has none. */
    private static Object take(Extensible<?> element) {
        if (element.getExtensions() == null || !element.getExtensions().containsKey(COLUMNS)) {
            return null;
        }
        Map<String, Object> others = new LinkedHashMap<>(element.getExtensions());
        Object columns = others.remove(COLUMNS);
        element.setExtensions(others.isEmpty() ? null : others);
        return columns;
    }

    private static String description(Object columns) {
        return "The page's items as CSV (RFC 4180, UTF-8 with a byte order mark): a header row, then one row per item. "
                + "Columns: " + String.join(", ", String.valueOf(columns).split(",")) + ". Titles are in the "
                + "Accept-Language language, lists are joined with '" + Csv.LIST_SEPARATOR + "', and a text starting with "
                + "=, +, -, @, tab, CR or NUL is prefixed with '.";
    }
}
