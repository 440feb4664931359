package org.csto.dectrack.shared.paging;

import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import org.jboss.resteasy.reactive.RestResponse;

/** A page of a list with its RFC 8288 Link header (first, prev, next, last). */
public final class Links {
    private Links() {
    }

    public static <T> RestResponse<PageView<T>> page(UriInfo uri, PageView<T> page) {
        List<String> links = new ArrayList<>();
        int last = Math.max(0, page.totalPages() - 1);
        links.add(link(uri, 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(uri, Math.min(page.page() - 1, last), page.size(), "prev"));
        }
        if (page.page() < last) {
            links.add(link(uri, page.page() + 1, page.size(), "next"));
        }
        links.add(link(uri, last, page.size(), "last"));
        return RestResponse.ResponseBuilder.ok(page).header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        String target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
