package org.csto.dectrack.shared.http;

import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ParamConverter;
import jakarta.ws.rs.ext.ParamConverterProvider;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.UUID;

/**
 * Reads UUID path and query parameters so that a malformed one is a 400 {@code bad-parameter} naming it, where JAX-RS
 * would answer 404 for a path parameter it cannot convert.
 */
@Provider
public class UuidParameters implements ParamConverterProvider {
    @Override
    @SuppressWarnings("unchecked")
    public <T> ParamConverter<T> getConverter(Class<T> rawType, Type genericType, Annotation[] annotations) {
        if (rawType != UUID.class) {
            return null;
        }
        String name = "id";
        for (Annotation annotation : annotations) {
            if (annotation instanceof PathParam path) {
                name = path.value();
            } else if (annotation instanceof QueryParam query) {
                name = query.value();
            }
        }
        String parameter = name;
        return (ParamConverter<T>) new ParamConverter<UUID>() {
            @Override
            public UUID fromString(String value) {
                try {
                    return value == null ? null : RequestParameters.uuid(parameter, value);
                } catch (RuntimeException malformed) {
                    // A WebApplicationException is answered as it is; the mappers find the problem in its cause.
                    throw new BadRequestException(malformed);
                }
            }

            @Override
            public String toString(UUID value) {
                return value.toString();
            }
        };
    }
}
