package org.csto.dectrack.shared.paging;

import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * A page of a list with its RFC 8288 Link header. Read by page number: first, prev, next (when there is a page after
 * it) and last (only when the total is exact: past the count's cap the last page is not known). Read with a cursor:
 * first (the list from its start, by page number) and next (the same request after the page's {@code next} cursor).
 */
public final class Links {
    private Links() {
    }

    public static <T> RestResponse<PageView<T>> page(UriInfo uri, PageView<T> page) {
        return RestResponse.ResponseBuilder.ok(page).header("Link", header(uri::getRequestUriBuilder, page)).build();
    }

    /** The Link header of a page requested at the URI {@code request} builds. */
    static String header(Supplier<UriBuilder> request, PageView<?> page) {
        List<String> links = new ArrayList<>();
        if (page.page() == null) {
            links.add(link(request.get().replaceQueryParam("cursor"), "first"));
            if (page.next() != null) {
                links.add(link(request.get().replaceQueryParam("cursor", page.next()), "next"));
            }
            return String.join(", ", links);
        }
        int last = Math.max(0, page.totalPages() - 1);
        links.add(link(request.get(), 0, page.size(), "first"));
        if (page.page() > 0) {
            links.add(link(request.get(), page.totalExact() ? Math.min(page.page() - 1, last) : page.page() - 1,
                    page.size(), "prev"));
        }
        if (page.next() != null) {
            links.add(link(request.get(), page.page() + 1, page.size(), "next"));
        }
        if (page.totalExact()) {
            links.add(link(request.get(), last, page.size(), "last"));
        }
        return String.join(", ", links);
    }

    private static String link(UriBuilder request, int page, int size, String rel) {
        return link(request.replaceQueryParam("page", page).replaceQueryParam("size", size), rel);
    }

    private static String link(UriBuilder target, String rel) {
        return "<" + target.build() + ">; rel=\"" + rel + "\"";
    }
}
