package org.csto.dectrack.shared.http;

import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

/** The success responses of writes: the resource's view with its ETag, and where a new one lives. */
public final class Responses {
    private Responses() {
    }

    /** 201 with the new resource at {@code <request path>/<id>}. */
    public static Response created(UriInfo uri, Object id, long version, Object view) {
        return created(uri, id, Etags.of(version), view);
    }

    /** 201 with the new resource at {@code <request path>/<id>}, tagged as {@code tag}. */
    public static Response created(UriInfo uri, Object id, EntityTag tag, Object view) {
        return Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).tag(tag).entity(view).build();
    }

    /** 200 with the resource as it is now. */
    public static Response ok(long version, Object view) {
        return ok(Etags.of(version), view);
    }

    /** 200 with the resource as it is now, tagged as {@code tag}. */
    public static Response ok(EntityTag tag, Object view) {
        return Response.ok(view).tag(tag).build();
    }

    /** A PUT that creates when absent: 201 at the request's own path, or 200 when it replaced. */
    public static Response upserted(boolean created, UriInfo uri, long version, Object view) {
        return created ? Response.created(uri.getAbsolutePath()).tag(Etags.of(version)).entity(view).build() : ok(version, view);
    }
}
