package org.csto.dectrack.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.csto.dectrack.client.api.DocumentsApi;
import org.csto.dectrack.client.api.DocumentsApi.APIListDocumentsRequest;
import org.csto.dectrack.client.api.MeasuresApi;
import org.csto.dectrack.client.api.ProgressReportsApi;
import org.csto.dectrack.client.api.ProgressReportsApi.APIListProgressReportsRequest;
import org.csto.dectrack.client.api.SessionsApi;
import org.csto.dectrack.client.model.AdoptionStatus;
import org.csto.dectrack.client.model.Document;
import org.csto.dectrack.client.model.DocumentInput;
import org.csto.dectrack.client.model.DocumentSummary;
import org.csto.dectrack.client.model.DocumentSummaryPage;
import org.csto.dectrack.client.model.DocumentType;
import org.csto.dectrack.client.model.Measure;
import org.csto.dectrack.client.model.MeasureInput;
import org.csto.dectrack.client.model.MeasureStatus;
import org.csto.dectrack.client.model.Problem;
import org.csto.dectrack.client.model.ProgressReport;
import org.csto.dectrack.client.model.ProgressReportPage;
import org.csto.dectrack.client.model.ReportInput;
import org.csto.dectrack.client.model.Session;
import org.csto.dectrack.client.model.SessionFormat;
import org.csto.dectrack.client.model.SessionInput;
import org.csto.dectrack.client.model.SessionKind;
import org.csto.dectrack.client.model.SessionStatus;
import org.csto.dectrack.client.model.Texts;
import org.csto.dectrack.client.model.Violation;
import org.csto.dectrack.support.ReservedYear;
import org.csto.dectrack.support.TestClock;
import org.csto.dectrack.support.Unique;
import org.junit.jupiter.api.Test;

/**
 * The Java client that the build generates from docs/openapi.yaml (openapi-generator, library native) drives the
 * running service through HTTP, as another team's client would: typed filters, 201 bodies, If-Match, 204 without
 * content, and problem documents read into the generated {@link Problem}. Nothing here but the generated client.
 */
@QuarkusTest
class GeneratedClientTest {
    private static final ReservedYear YEAR = ReservedYear.GENERATED_CLIENT;

    @TestHTTPResource("/")
    URL root;

    /** A client that sends HTTP Basic as the demo user of that name (its password is its name). */
    private ApiClient as(String user) {
        ApiClient client = new ApiClient();
        client.updateBaseUri(root.toString().replaceFirst("/$", ""));
        String credentials = Base64.getEncoder().encodeToString((user + ":" + user).getBytes(StandardCharsets.UTF_8));
        client.setRequestInterceptor(request -> request.header("Authorization", "Basic " + credentials));
        return client;
    }

    private static Texts texts(String ru, String en) {
        return new Texts().ru(ru).en(en);
    }

    private static SessionInput session(String body, LocalDate start) {
        return new SessionInput().body(body).kind(SessionKind.REGULAR).format(SessionFormat.IN_PERSON)
                .status(SessionStatus.HELD).startDate(start).city("Minsk").attendees(List.of("RU", "BY", "KZ"));
    }

    private static DocumentInput document(DocumentType type, UUID session, String word) {
        return new DocumentInput().type(type).session(session).titles(texts("Решение " + word, "Decision " + word));
    }

    /** The problem document of a refused call, as the generated model reads it. */
    private Problem problem(ApiException refused, int status) throws JsonProcessingException {
        assertEquals(status, refused.getCode());
        assertTrue(refused.getResponseHeaders().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        Problem problem = ApiClient.createDefaultObjectMapper().readValue(refused.getResponseBody(), Problem.class);
        assertEquals(status, problem.getStatus());
        assertNotNull(problem.getTitle());
        assertNotNull(problem.getDetail());
        return problem;
    }

    private static String etag(ApiResponse<?> response) {
        return response.getHeaders().get("etag").get(0);
    }

    /** One decision a page, through the request object (useSingleRequestParameter): a new filter changes nothing here. */
    private static DocumentSummaryPage decisionsOfTheYear(DocumentsApi reader, int page) throws ApiException {
        return reader.listDocuments(APIListDocumentsRequest.newBuilder().type(DocumentType.DECISION).year(YEAR.year())
                .page(page).size(1).build());
    }

    @Test
    void listsDocumentsWithTypedFilters() throws ApiException {
        SessionsApi sessions = new SessionsApi(as("secretariat"));
        DocumentsApi documents = new DocumentsApi(as("secretariat"));
        UUID session = sessions.createSession(session("CMD", YEAR.on(3, 14)), null).getId();
        String word = Unique.word();
        UUID first = documents.createDocument(document(DocumentType.DECISION, session, word)).getId();
        UUID second = documents.createDocument(document(DocumentType.DECISION, session, word)).getId();
        documents.createDocument(document(DocumentType.STATEMENT, session, word));

        DocumentsApi reader = new DocumentsApi(as("reader"));
        DocumentSummaryPage page0 = decisionsOfTheYear(reader, 0);
        assertEquals(0, page0.getPage());
        assertEquals(1, page0.getSize());
        assertEquals(2L, page0.getTotalItems());
        assertEquals(2, page0.getTotalPages());
        DocumentSummary summary = page0.getItems().get(0);
        assertEquals(DocumentType.DECISION, summary.getType());
        assertEquals(AdoptionStatus.DRAFT, summary.getAdoptionStatus());
        assertEquals(session, summary.getSession());
        assertEquals("CMD", summary.getBody());
        assertEquals("Решение " + word, summary.getTitles().getRu());
        assertEquals("Decision " + word, summary.getTitles().getEn());
        assertTrue(summary.getReference().startsWith("CMD-" + YEAR.year() + "-"), summary.getReference());
        assertEquals(Set.of(first, second), Stream.of(page0, decisionsOfTheYear(reader, 1)).flatMap(p -> p.getItems().stream())
                .map(DocumentSummary::getId).collect(Collectors.toSet()));

        assertEquals(1L, reader.listDocuments(APIListDocumentsRequest.newBuilder()
                .type(DocumentType.STATEMENT).year(YEAR.year()).build()).getTotalItems());
        assertEquals(0L, reader.listDocuments(APIListDocumentsRequest.newBuilder()
                .session(session).year(YEAR.year() - 1).build()).getTotalItems());
        assertEquals(3L, reader.listDocuments(APIListDocumentsRequest.newBuilder()
                .session(session).year(YEAR.year()).build()).getTotalItems());
    }

    @Test
    void createsUpdatesWithIfMatchAndDeletes() throws Exception {
        SessionsApi sessions = new SessionsApi(as("secretariat"));
        DocumentsApi documents = new DocumentsApi(as("secretariat"));
        DocumentsApi reader = new DocumentsApi(as("reader"));

        ApiResponse<Session> createdSession = sessions.createSessionWithHttpInfo(session("CMD", YEAR.on(4, 20)), null);
        assertEquals(201, createdSession.getStatusCode());
        Session session = createdSession.getData();
        assertEquals(YEAR.on(4, 20), session.getStartDate());
        assertEquals(SessionStatus.HELD, session.getStatus());
        assertEquals(List.of("BY", "KZ", "RU"), session.getAttendees()); // sorted by code
        assertTrue(createdSession.getHeaders().get("location").get(0).endsWith("/api/v1/sessions/" + session.getId()));

        String word = Unique.word();
        ApiResponse<Document> created = documents.createDocumentWithHttpInfo(
                document(DocumentType.DECISION, session.getId(), word).tags(List.of(word)));
        assertEquals(201, created.getStatusCode());
        Document document = created.getData();
        assertEquals(DocumentType.DECISION, document.getType());
        assertEquals(List.of(word), document.getTags());
        assertEquals(session.getId(), document.getSession());
        assertNull(document.getAdoptedOn());
        assertTrue(created.getHeaders().get("location").get(0).endsWith("/api/v1/documents/" + document.getId()));

        String before = etag(reader.getDocumentWithHttpInfo(oneDocument(document.getId())));
        DocumentInput renamed = document(DocumentType.DECISION, session.getId(), word).tags(List.of(word))
                .titles(texts("Решение о " + word, "Decision on " + word));
        Document updated = documents.replaceDocument(document.getId(), renamed, before);
        assertEquals("Decision on " + word, updated.getTitles().getEn());
        String after = etag(reader.getDocumentWithHttpInfo(oneDocument(document.getId())));
        assertNotEquals(before, after);

        ApiException stale = assertThrows(ApiException.class, () -> documents.replaceDocument(document.getId(), renamed, before));
        Problem precondition = problem(stale, 412);
        assertEquals("/problems/precondition-failed", precondition.getType());
        assertEquals("/problems/precondition-required",
                problem(assertThrows(ApiException.class, () -> documents.replaceDocument(document.getId(), renamed, null)), 428)
                        .getType());

        // DELETE declares no success body, so the client accepts only application/problem+json: still a 204
        ApiResponse<Void> deleted = documents.deleteDocumentWithHttpInfo(document.getId(), after);
        assertEquals(204, deleted.getStatusCode());
        assertEquals("/problems/gone",
                problem(assertThrows(ApiException.class, () -> reader.getDocument(oneDocument(document.getId()))), 410).getType());
        String sessionTag = etag(new SessionsApi(as("reader")).getSessionWithHttpInfo(session.getId()));
        assertEquals(204, sessions.deleteSessionWithHttpInfo(session.getId(), sessionTag).getStatusCode());
    }

    @Test
    void refusalsArriveAsProblemsTheClientReads() throws Exception {
        SessionsApi sessions = new SessionsApi(as("secretariat"));
        LocalDate day = YEAR.on(6, 1);
        Session first = sessions.createSession(session("PA", day), null);

        ApiException duplicate = assertThrows(ApiException.class, () -> sessions.createSession(session("PA", day), null));
        Problem conflict = problem(duplicate, 409);
        assertEquals("/problems/conflict", conflict.getType());
        assertTrue(conflict.getDetail().contains(first.getId().toString()), conflict.getDetail());
        assertTrue(conflict.getDetail().contains("allowDuplicate=true"), conflict.getDetail());
        assertNotEquals(first.getId(), sessions.createSession(session("PA", day), true).getId());

        ApiException invalid = assertThrows(ApiException.class,
                () -> sessions.createSession(session("PA", day).endDate(day.minusDays(1)), true));
        Problem validation = problem(invalid, 400);
        assertEquals("/problems/validation", validation.getType());
        assertEquals(List.of(new Violation().field("endDate").message("must not be before startDate")), validation.getViolations());

        ApiException forbidden = assertThrows(ApiException.class,
                () -> new SessionsApi(as("reader")).createSession(session("PA", day), true));
        assertEquals("/problems/forbidden", problem(forbidden, 403).getType());
    }

    @Test
    void filesAProgressReportAndGetsItBack() throws Exception {
        DocumentsApi documents = new DocumentsApi(as("secretariat"));
        MeasuresApi measures = new MeasuresApi(as("secretariat"));
        ProgressReportsApi reports = new ProgressReportsApi(as("secretariat"));
        String word = Unique.word();
        Document programme = documents.createDocument(new DocumentInput().type(DocumentType.PROGRAMME).body("CSC")
                .adoptionStatus(AdoptionStatus.ADOPTED).adoptedOn(ReservedYear.SCRATCH.on(11, 28))
                .titles(texts("Программа " + word, "Programme " + word)));
        Measure measure = measures.createMeasure(new MeasureInput().document(programme.getId()).lead("KZ").weight(1)
                .titles(texts("Мера " + word, "Measure " + word)));
        assertEquals(MeasureStatus.PLANNED, measure.getStatus());
        assertEquals(0.0, measure.getProgress());
        assertEquals(programme.getReference(), measure.getDocumentReference());

        String version = etag(measures.getMeasureWithHttpInfo(oneMeasure(measure.getId())));
        LocalDate today = TestClock.today();
        ReportInput input = new ReportInput().reportedOn(today).reportingParty("SEC").progress(40)
                .status(MeasureStatus.IN_PROGRESS).texts(texts("Первый этап", "First stage"));
        ApiResponse<ProgressReport> filed = reports.fileProgressReportWithHttpInfo(measure.getId(), input, version);
        assertEquals(201, filed.getStatusCode());
        ProgressReport report = filed.getData();
        assertEquals(measure.getId(), report.getMeasure());
        assertEquals(today, report.getReportedOn());
        assertEquals("SEC", report.getReportingParty());
        assertEquals(40.0, report.getProgress());
        assertEquals(0.0, report.getPreviousProgress());
        assertEquals(MeasureStatus.IN_PROGRESS, report.getStatus());
        assertEquals(MeasureStatus.PLANNED, report.getPreviousStatus());
        assertEquals("Первый этап", report.getTexts().getRu());
        assertNotEquals(version, etag(filed));

        assertEquals(report.getId(), reports.getProgressReport(measure.getId(), report.getId()).getId());
        ProgressReportPage timeline = new ProgressReportsApi(as("reader")).listProgressReports(
                APIListProgressReportsRequest.newBuilder().id(measure.getId()).page(0).size(20).build());
        assertEquals(1L, timeline.getTotalItems());
        assertEquals(report.getId(), timeline.getItems().get(0).getId());
        Measure reported = new MeasuresApi(as("reader")).getMeasure(oneMeasure(measure.getId()));
        assertEquals(40.0, reported.getProgress());
        assertEquals(MeasureStatus.IN_PROGRESS, reported.getStatus());
        assertEquals(today, reported.getLastReportedOn());

        assertEquals("/problems/precondition-failed",
                problem(assertThrows(ApiException.class, () -> reports.fileProgressReport(measure.getId(), input, version)), 412)
                        .getType());
        String programmeTag = etag(documents.getDocumentWithHttpInfo(oneDocument(programme.getId())));
        assertEquals("/problems/conflict",
                problem(assertThrows(ApiException.class, () -> documents.deleteDocument(programme.getId(), programmeTag)), 409)
                        .getType());
    }

    /** A GET of one document, now (no asOf): the request object keeps calls stable as optional parameters come. */
    private static DocumentsApi.APIGetDocumentRequest oneDocument(java.util.UUID id) {
        return DocumentsApi.APIGetDocumentRequest.newBuilder().id(id).build();
    }

    private static MeasuresApi.APIGetMeasureRequest oneMeasure(java.util.UUID id) {
        return MeasuresApi.APIGetMeasureRequest.newBuilder().id(id).build();
    }
}
