package org.csto.dectrack.shared.paging;

/**
 * How many items a list holds, as its page tells it: counted up to a cap ({@link PageRequest#COUNT_CAP}), exact below
 * it; above it, the cap and not exact. A count that stops at the cap costs what reading the cap's rows costs, however
 * many match.
 *
 * @param items the number of items, or the cap when there are more
 * @param exact false when more than {@code items} match
 */
public record Total(long items, boolean exact) {
    /** The rows a capped count reads: one more than the cap, to tell "exactly the cap" from "more". */
    public static int countLimit(int cap) {
        return cap + 1;
    }

    /** The total from a count that read at most {@link #countLimit} rows. */
    public static Total counted(long counted, int cap) {
        return counted > cap ? new Total(cap, false) : new Total(counted, true);
    }

    /** The total from a count that read at most {@link #countLimit} of {@link PageRequest#COUNT_CAP} rows. */
    public static Total counted(long counted) {
        return counted(counted, PageRequest.COUNT_CAP);
    }

    /**
     * The total of a list that was not counted, from its page, which read {@code read} rows (at most one more than the
     * page's size): with a row beyond the page, more than the items up to the page's end; without, exactly the items
     * up to the page's end when the page was read from an offset; after a cursor, more than the items shown (some came
     * before the cursor).
     */
    public static Total seen(PageRequest page, int read) {
        int shown = Math.min(read, page.size());
        if (page.seeking()) {
            return new Total(shown, false);
        }
        return new Total(page.offset() + shown, read <= page.size());
    }

    /** A total counted in full (a list held in memory). */
    public static Total exactly(long items) {
        return new Total(items, true);
    }

    /** Pages of {@code size} items that {@link #items} fill. */
    public int pages(int size) {
        return (int) ((items + size - 1) / size);
    }
}
