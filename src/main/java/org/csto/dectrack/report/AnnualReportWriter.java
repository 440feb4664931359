package org.csto.dectrack.report;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.csto.dectrack.shared.csv.Csv;
import org.csto.dectrack.shared.i18n.Lang;

/**
 * Writes the annual report in the formats other than JSON, as the caller's {@code Accept} chose: CSV, a workbook, or a
 * PDF for printing, each as an attachment named {@code annual-report-<year>-<language>.<extension>}.
 */
@Provider
@Produces({Csv.MEDIA_TYPE, AnnualReportWriter.XLSX, AnnualReportWriter.PDF})
public class AnnualReportWriter implements MessageBodyWriter<AnnualReport> {
    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    public static final String PDF = "application/pdf";

    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == AnnualReport.class && extension(mediaType) != null;
    }

    @Override
    public void writeTo(AnnualReport report, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        String extension = extension(mediaType);
        ReportTexts texts = ReportTexts.in(Lang.valueOf(report.language().toUpperCase(Locale.ROOT)));
        headers.putSingle(HttpHeaders.CONTENT_TYPE, extension.equals("csv") ? Csv.CONTENT_TYPE : type(mediaType));
        headers.putSingle("Content-Disposition",
                "attachment; filename=\"annual-report-" + report.year() + "-" + report.language() + "." + extension + "\"");
        switch (extension) {
            case "csv" -> {
                out.write(Csv.BOM);
                out.write(AnnualReportCsv.of(report, texts).getBytes(StandardCharsets.UTF_8));
            }
            case "xlsx" -> AnnualReportXlsx.write(report, texts, out);
            default -> AnnualReportPdf.write(report, texts, out);
        }
    }

    private static String type(MediaType mediaType) {
        return mediaType.getType() + "/" + mediaType.getSubtype();
    }

    /** The file extension of a format written here; null for any other. */
    private static String extension(MediaType mediaType) {
        return switch (type(mediaType).toLowerCase(Locale.ROOT)) {
            case Csv.MEDIA_TYPE -> "csv";
            case XLSX -> "xlsx";
            case PDF -> "pdf";
            default -> null;
        };
    }
}
