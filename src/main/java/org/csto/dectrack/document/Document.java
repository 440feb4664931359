package org.csto.dectrack.document;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.shared.history.ResourceKey;
import org.csto.dectrack.shared.history.ResourceType;
import org.csto.dectrack.shared.i18n.LocalizedText;
import org.csto.dectrack.shared.persistence.AuditedEntity;
import org.csto.dectrack.shared.security.Classification;
import org.csto.dectrack.shared.security.Marking;
import org.csto.dectrack.shared.security.Visibility;
import org.csto.dectrack.shared.text.SearchTerms;
import org.hibernate.annotations.Filter;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

/** A document a body adopted, or considered and did not adopt. */
@Entity
@Table(name = "document")
@Filter(name = Visibility.FILTER, condition = Visibility.DOCUMENT, deduceAliasInjectionPoints = false)
public class Document extends AuditedEntity {
    @Id
    public UUID id;

    @Column(nullable = false, length = 40)
    public String reference;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    public DocumentType type;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "title_ru", length = 4000, nullable = false)),
            @AttributeOverride(name = "en", column = @Column(name = "title_en", length = 4000))})
    public LocalizedText titles = new LocalizedText();

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "ru", column = @Column(name = "summary_ru", length = 4000)),
            @AttributeOverride(name = "en", column = @Column(name = "summary_en", length = 4000))})
    public LocalizedText summaries = new LocalizedText();

    @Column(name = "body_code", length = 8)
    public String body;

    @Column(name = "session_id")
    public UUID sessionId;

    /** The number (from 1) of the session's agenda item it was considered under; null when not tied to one. */
    @Column(name = "agenda_item")
    public Integer agendaItem;

    @Column(name = "adopted_on")
    public LocalDate adoptedOn;

    /** The adoption date, or the date of the session that considered it: what "year" filters on. */
    @Column(name = "considered_on")
    public LocalDate consideredOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "adoption_status", nullable = false, length = 30)
    public AdoptionStatus adoptionStatus;

    @Column(name = "valid_from")
    public LocalDate validFrom;

    @Column(name = "valid_to")
    public LocalDate validTo;

    @Column(name = "ratification_required", nullable = false)
    public boolean ratificationRequired;

    @Column(name = "notifications_for_entry_into_force")
    public Integer notificationsForEntryIntoForce;

    @ElementCollection
    @CollectionTable(name = "document_tag", joinColumns = @JoinColumn(name = "document_id"))
    @Column(name = "tag", length = 60)
    public Set<String> tags = new TreeSet<>();

    @ElementCollection
    @CollectionTable(name = "document_attachment", joinColumns = @JoinColumn(name = "document_id"))
    @OrderColumn(name = "item_no")
    public List<Attachment> attachments = new ArrayList<>();

    @Column(length = 10000)
    public String notes;

    @Column(name = "entry_into_force")
    public LocalDate entryIntoForce;

    @Column(name = "full_force_from")
    public LocalDate fullForceFrom;

    @Column(name = "terminated_as", length = 20)
    public String terminatedAs;

    /** Who may read it (and its measures and reports): see {@link Visibility}. */
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 12)
    public Classification classification = Classification.PUBLIC;

    /** From this day on the document counts as public. */
    @Column(name = "declassify_on")
    public LocalDate declassifyOn;

    @Column(name = "search_terms", nullable = false, length = SearchTerms.MAX_LENGTH)
    public String searchTerms;

    /**
     * The summaries, empty rather than null: Hibernate loads an embeddable whose columns are all null as null. (Filling
     * the field on load instead would make every loaded document dirty, and bump its version on each write.)
     */
    public LocalizedText summariesOrEmpty() {
        return summaries == null ? new LocalizedText() : summaries;
    }

    public Marking marking() {
        return new Marking(classification, declassifyOn);
    }

    /** Legal force on a date, from the stored columns (see {@link LegalForcePolicy#evaluate}). */
    public LegalForce legalForceOn(LocalDate today) {
        return LegalForcePolicy.evaluate(adoptionStatus, terminatedAs, validTo, entryIntoForce, fullForceFrom, today);
    }

    /** The stems of the reference, titles and summaries: what {@code q} searches ({@link SearchTerms}). */
    public void refreshSearchTerms() {
        searchTerms = searchTermsOf(reference, titles.ru, titles.en, summariesOrEmpty().ru, summariesOrEmpty().en);
    }

    /** The one rule of what {@code q} searches in a document: its reference, titles and summaries in both languages. */
    public static String searchTermsOf(String reference, String titleRu, String titleEn, String summaryRu, String summaryEn) {
        return SearchTerms.of(reference, titleRu, titleEn, summaryRu, summaryEn);
    }

    /** Tags are kept trimmed and lower-cased, so that "Border" and "border " are one tag. */
    public static String normalizeTag(String tag) {
        return tag.strip().toLowerCase(Locale.ROOT);
    }

    @Override
    public List<ResourceKey> changedResources() {
        return List.of(ResourceKey.of(ResourceType.DOCUMENT, id));
    }
}
