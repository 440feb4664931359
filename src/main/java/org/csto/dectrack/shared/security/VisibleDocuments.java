package org.csto.dectrack.shared.security;

import java.util.Collection;
import java.util.Set;

/** Which documents exist for the current caller ({@link Visibility}), also among those deleted since. */
public interface VisibleDocuments {
    /** The ids among {@code ids} of documents the caller may see. */
    Set<String> among(Collection<String> ids);
}
