package org.csto.dectrack.shared.paging;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.ArrayList;
import java.util.List;

/** RFC 8288 Link header (first, prev, next, last) for a page. */
public final class Links {
    private Links() {
    }

    public static Response page(UriInfo uri, PageView<?> page) {
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
        return Response.ok(page).header("Link", String.join(", ", links)).build();
    }

    private static String link(UriInfo uri, int page, int size, String rel) {
        String target = uri.getRequestUriBuilder()
                .replaceQueryParam("page", page)
                .replaceQueryParam("size", size)
                .build().toString();
        return "<" + target + ">; rel=\"" + rel + "\"";
    }
}
