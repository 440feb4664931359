package org.csto.dectrack.shared.paging;

import java.util.List;
import java.util.function.Function;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with totals (counted up to a cap) and the cursor of the page after it. */
@Schema(description = "One page of a list, with totals; the Link header points to the first, previous, next and last "
        + "pages (read by page number), or to the first and next (read with a cursor)")
public record PageView<T>(
        List<T> items,
        @Schema(nullable = true, example = "0", description = "The page number from 0; null when the page was read with a cursor")
        Integer page,
        @Schema(example = "20") int size,
        @Schema(example = "57", description = "How many items match, counted up to " + PageRequest.COUNT_CAP
                + "; when more match, the cap (see totalExact). A document search by a frequent word is not counted: the "
                + "items up to the end of this page")
        long totalItems,
        @Schema(description = "False when more than totalItems match: counting stopped at the cap, and the Link header "
                + "has no last page")
        boolean totalExact,
        @Schema(example = "3", description = "Pages of size items that totalItems fill") int totalPages,
        @Schema(nullable = true, maxLength = Cursor.MAX_LENGTH, pattern = Cursor.PATTERN, example = Cursor.EXAMPLE,
                description = "The cursor of the page after this one (pass it as cursor, with the same sort and filters); "
                        + "null on the last page")
        String next) {

    public static <T> PageView<T> of(List<T> items, PageRequest request, Total total, String next) {
        return new PageView<>(items, request.seeking() ? null : request.page(), request.size(), total.items(),
                total.exact(), total.pages(request.size()), next);
    }

    /** The same page with its items converted together (e.g. with one query for what they all refer to). */
    public <R> PageView<R> mapAll(Function<List<T>, List<R>> mapper) {
        return new PageView<>(mapper.apply(items), page, size, totalItems, totalExact, totalPages, next);
    }

    public <R> PageView<R> map(Function<T, R> mapper) {
        return new PageView<>(items.stream().map(mapper).toList(), page, size, totalItems, totalExact, totalPages, next);
    }
}
