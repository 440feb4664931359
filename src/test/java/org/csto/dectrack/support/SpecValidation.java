package org.csto.dectrack.support;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.report.ValidationReport;
import com.atlassian.oai.validator.restassured.RestAssuredRequest;
import com.atlassian.oai.validator.restassured.RestAssuredResponse;
import io.quarkus.test.junit.callback.QuarkusTestBeforeEachCallback;
import io.quarkus.test.junit.callback.QuarkusTestMethodContext;
import io.restassured.RestAssured;
import io.restassured.filter.FilterContext;
import io.restassured.filter.OrderedFilter;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Holds every exchange of the REST test suite to the committed contract, {@code docs/openapi.yaml}: each response to an
 * {@code /api} request must be one the document declares for that operation and status (headers, content type and
 * body schema), and each request the service accepted (any status below 400) must be one the document allows. A
 * request the service refused may break the contract, since that is what the refusal tests send. A breach fails the
 * test that made the exchange.
 *
 * <p>Registered for every {@code @QuarkusTest} through {@code META-INF/services}, before each test method.
 */
public final class SpecValidation implements OrderedFilter, QuarkusTestBeforeEachCallback {
    private static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator.createFor(contract()).build();
    /*
     * Three kinds of message are not breaches. An unknown path or method is the service's own 404 or 405, which the
     * refusal tests ask for. The Accept header does not matter on a 204, which has no body to negotiate (the test
     * helpers send Accept: application/json on every request). And the validator checks patterns with a JavaScript
     * regex engine that has no Unicode property classes: "\p{L}" (any letter, in Russian, Armenian or Kazakh) is
     * valid JSON Schema (ECMA-262 with the u flag) and is what the service enforces, but the engine reads it as the
     * letter 'p'; those patterns are held by the service's own tests instead.
     */
    private static final Set<String> UNKNOWN_OPERATION = Set.of("validation.request.path.missing",
            "validation.response.path.missing", "validation.request.operation.notAllowed",
            "validation.response.operation.notAllowed");

    /** What in one request breaks the contract, as "key: message" lines, whatever the service would answer. */
    public static List<String> requestBreaches(Request request) {
        return errors(VALIDATOR.validateRequest(request)).map(m -> m.getKey() + ": " + m.getMessage()).toList();
    }

    /** What in one exchange breaks the contract, as "key: message" lines; empty when it keeps it. */
    static List<String> breaches(Request.Method method, String path, Request request,
            com.atlassian.oai.validator.model.Response response) {
        int status = response.getStatus();
        ValidationReport report = VALIDATOR.validateResponse(path, method, response);
        if (status < 400) {
            report = report.merge(VALIDATOR.validateRequest(request));
        }
        return errors(report)
                .filter(m -> status < 400 || !UNKNOWN_OPERATION.contains(m.getKey()))
                .filter(m -> status != 204 || !m.getKey().equals("validation.request.accept.notAllowed"))
                .map(m -> m.getKey() + ": " + m.getMessage())
                .toList();
    }

    private static Stream<ValidationReport.Message> errors(ValidationReport report) {
        return report.getMessages().stream()
                .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
                .filter(m -> !(m.getKey().endsWith(".schema.pattern") && m.getMessage().contains("\\p{")));
    }

    /**
     * The committed document, read so that the validator sees its types. The validator checks schemas as JSON Schema
     * draft 4 from the OpenAPI 3.0 model, where a schema has one {@code type} and a {@code nullable} flag; OpenAPI 3.1
     * gives a list of types ({@code [string, "null"]}), which it would otherwise ignore, checking no type at all.
     */
    private static OpenAPI contract() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        OpenAPI contract = new OpenAPIV3Parser().read(Path.of("docs/openapi.yaml").toUri().toString(), null, options);
        Set<Schema<?>> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        contract.getComponents().getSchemas().values().forEach(schema -> asDraft4(schema, seen));
        contract.getPaths().values().forEach(path -> path.readOperations().forEach(operation -> {
            if (operation.getParameters() != null) {
                operation.getParameters().forEach(parameter -> {
                    Schema<?> schema = parameter.getSchema();
                    asDraft4(schema, seen);
                    // a repeated query parameter (?status=A&status=B): the validator splits only the 3.0 model's
                    // ArraySchema and reads any other schema's value as JSON, so the 3.1 array becomes one
                    if (schema != null && "array".equals(schema.getType())
                            && !(schema instanceof io.swagger.v3.oas.models.media.ArraySchema)) {
                        io.swagger.v3.oas.models.media.ArraySchema array = new io.swagger.v3.oas.models.media.ArraySchema();
                        array.setItems(schema.getItems());
                        array.setMaxItems(schema.getMaxItems());
                        parameter.setSchema(array);
                    }
                });
            }
            if (operation.getRequestBody() != null && operation.getRequestBody().getContent() != null) {
                operation.getRequestBody().getContent().values().forEach(media -> asDraft4(media.getSchema(), seen));
            }
            operation.getResponses().values().forEach(response -> {
                if (response.getContent() != null) {
                    response.getContent().values().forEach(media -> asDraft4(media.getSchema(), seen));
                }
                if (response.getHeaders() != null) {
                    response.getHeaders().values().forEach(header -> asDraft4(header.getSchema(), seen));
                }
            });
        }));
        return contract;
    }

    private static void asDraft4(Schema<?> schema, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        if (schema.getType() == null && schema.getTypes() != null && !schema.getTypes().isEmpty()) {
            List<String> types = schema.getTypes().stream().filter(type -> !type.equals("null")).toList();
            schema.setType(types.isEmpty() ? "null" : types.get(0));
            if (!types.isEmpty() && schema.getTypes().contains("null")) {
                schema.setNullable(true);
            }
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> asDraft4(property, seen));
        }
        asDraft4(schema.getItems(), seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            asDraft4(additional, seen);
        }
        for (List<Schema> alternatives : java.util.Arrays.asList(schema.getAnyOf(), schema.getOneOf(), schema.getAllOf())) {
            if (alternatives != null) {
                alternatives.forEach(alternative -> asDraft4(alternative, seen));
            }
        }
    }

    @Override
    public void beforeEach(QuarkusTestMethodContext context) {
        if (RestAssured.filters().stream().noneMatch(SpecValidation.class::isInstance)) {
            RestAssured.filters(new SpecValidation());
        }
    }

    @Override
    public int getOrder() {
        return OrderedFilter.LOWEST_PRECEDENCE;
    }

    @Override
    public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
            FilterContext context) {
        Response response = context.next(request, responseSpec);
        String path = URI.create(request.getURI()).getRawPath();
        if (!path.startsWith("/api/")) {
            return response;
        }
        List<String> breaches = breaches(Request.Method.valueOf(request.getMethod()), path,
                RestAssuredRequest.of(request), RestAssuredResponse.of(response));
        if (!breaches.isEmpty()) {
            throw new AssertionError(request.getMethod() + " " + path + " -> " + response.statusCode()
                    + " breaks docs/openapi.yaml:\n  " + String.join("\n  ", breaches));
        }
        return response;
    }
}
