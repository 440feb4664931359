package org.csto.dectrack.shared.csv;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.csto.dectrack.shared.paging.PageView;

/**
 * Writes a page of a list as CSV when the caller asks for {@code text/csv} and the list's operation produces it: the
 * byte order mark, the header row, one row per item of the page, as an attachment named after the list. The columns
 * are the item view's {@code CSV} ({@link CsvColumns}). Declared for {@code Object} and checked in {@link #isWriteable}
 * (declared for {@code PageView<?>}, Quarkus REST never consulted it); a page without columns is a bug, not a
 * {@code toString()} to send.
 */
@Provider
@Produces(Csv.MEDIA_TYPE)
public class CsvPageWriter implements MessageBodyWriter<Object> {
    private static final ClassValue<Optional<CsvColumns<?>>> COLUMNS = new ClassValue<>() {
        @Override
        protected Optional<CsvColumns<?>> computeValue(Class<?> view) {
            try {
                Field field = view.getField("CSV");
                boolean constant = Modifier.isStatic(field.getModifiers()) && field.getType() == CsvColumns.class;
                return constant ? Optional.of((CsvColumns<?>) field.get(null)) : Optional.empty();
            } catch (NoSuchFieldException | IllegalAccessException e) {
                return Optional.empty();
            }
        }
    };

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return PageView.class.isAssignableFrom(type);
    }

    @Override
    public void writeTo(Object page, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        @SuppressWarnings("unchecked")
        CsvColumns<Object> columns = (CsvColumns<Object>) columns(genericType).orElseThrow(() ->
                new IllegalStateException(genericType + " is listed as text/csv, but its items declare no CSV columns"));
        headers.putSingle(HttpHeaders.CONTENT_TYPE, Csv.CONTENT_TYPE);
        headers.putSingle("Content-Disposition", "attachment; filename=\"" + columns.fileName() + "\"");
        out.write(Csv.BOM);
        Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
        writer.write(columns.header());
        for (Object item : ((PageView<?>) page).items()) {
            writer.write(columns.row(item));
        }
        writer.flush();
    }

    /**
     * The columns of the page's item view. The generic type is the resource method's, so the page may come wrapped:
     * {@code RestResponse<PageView<View>>}.
     */
    private static Optional<CsvColumns<?>> columns(Type generic) {
        while (generic instanceof ParameterizedType parameterized) {
            Type argument = parameterized.getActualTypeArguments()[0];
            if (parameterized.getRawType() == PageView.class) {
                return argument instanceof Class<?> view ? COLUMNS.get(view) : Optional.empty();
            }
            generic = argument;
        }
        return Optional.empty();
    }
}
