package org.csto.dectrack.bench;

import java.sql.Connection;
import java.sql.Date;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeSet;
import java.util.UUID;
import org.csto.dectrack.document.AdoptionStatus;
import org.csto.dectrack.document.Document;
import org.csto.dectrack.document.LegalForcePolicy;
import org.csto.dectrack.implementation.MeasureStatus;
import org.csto.dectrack.implementation.RollUp;
import org.csto.dectrack.shared.persistence.Ids;
import org.csto.dectrack.shared.text.SearchTerms;
import org.flywaydb.core.Flyway;

/**
 * Fills an empty Decision Tracker database with a synthetic history: sessions of five bodies since 1995, documents with
 * positions of all six states, ratification, relations and tags, measure trees up to four levels deep and their progress
 * reports. Plain JDBC with batched inserts; every derived column (search_terms and H2's document_term, considered_on, entry_into_force,
 * full_force_from, terminated_as, measure reference/depth/seq/start_day/due_day/child_count, parents' rolled-up status
 * and progress) is computed with the service's own rules (Document.normalize, LegalForcePolicy, RollUp).
 *
 * <p>Run: {@code src/bench/generate.sh SCALE JDBC_URL [USER PASSWORD]}; SCALE is S (1k documents), M (20k) or L (100k
 * documents, 1M measures, 3M reports). The schema is created with the service's Flyway migrations; the database must hold
 * no sessions yet.
 */
public final class DataGenerator {
    static final String[] STATES = {"AM", "BY", "KZ", "KG", "RU", "TJ"};
    static final String[] BODIES = {"CSC", "CFM", "CMD", "CSSC", "PC"};
    static final String[] PARTIES = {"AM", "BY", "KZ", "KG", "RU", "TJ", "SEC", "JS", "PC", "CMD", "CFM", "CSSC"};
    static final String[] CITIES = {"Moscow", "Minsk", "Astana", "Bishkek", "Dushanbe", "Yerevan", "Almaty", "Sochi",
            "Saint Petersburg", "Cholpon-Ata"};
    static final String[] TAGS = {"border", "counter-terrorism", "drugs", "cyber", "peacekeeping", "budget",
            "military-cooperation", "air-defence", "training", "migration", "information-security", "crisis-response"};
    static final String[][] TOPICS = {
            {"об укреплении участков таджикско-афганской границы", "on strengthening sections of the Tajik-Afghan border"},
            {"о противодействии незаконному обороту наркотиков", "on countering illicit drug trafficking"},
            {"о совместной подготовке Коллективных сил", "on joint training of the Collective Forces"},
            {"об оснащении Коллективных сил современным вооружением", "on equipping the Collective Forces with modern arms"},
            {"о противодействии терроризму и экстремизму", "on countering terrorism and extremism"},
            {"об информационной безопасности", "on information security"},
            {"о бюджете Организации", "on the budget of the Organization"},
            {"о миротворческой деятельности", "on peacekeeping activities"},
            {"о противодействии нелегальной миграции", "on countering illegal migration"},
            {"о системе кризисного реагирования", "on the crisis response system"},
            {"о развитии военного сотрудничества", "on developing military cooperation"},
            {"о ёмкости объединённой системы ПВО", "on the capacity of the joint air-defence system"}};
    static final String[][] TYPES = {
            {"DECISION", "Решение", "Decision"}, {"DECISION", "Решение", "Decision"}, {"DECISION", "Решение", "Decision"},
            {"DECLARATION", "Декларация", "Declaration"}, {"STATEMENT", "Заявление", "Statement"},
            {"PROGRAMME", "Программа", "Programme"}, {"PLAN", "План мероприятий", "Plan of measures"},
            {"STRATEGY", "Стратегия", "Strategy"}, {"REGULATION", "Положение", "Regulation"},
            {"AGREEMENT", "Соглашение", "Agreement"}, {"PROTOCOL", "Протокол", "Protocol"},
            {"PROTOCOL_DECISION", "Протокольное решение", "Protocol decision"}};
    static final String[] RELATION_TYPES = {"REFERS_TO", "REFERS_TO", "IMPLEMENTS", "IMPLEMENTS", "AMENDS", "APPROVES",
            "EXTENDS", "SUPERSEDES", "REPEALS"};
    static final String USER = "secretariat";

    record Scale(int documents, double measuresPerDocument, double reportsPerLeaf) {
        static Scale of(String name) {
            return switch (name.toUpperCase(Locale.ROOT)) {
                case "XS" -> new Scale(100, 10, 6.0);
                case "S" -> new Scale(1_000, 10, 6.0);
                case "M" -> new Scale(20_000, 10, 6.0);
                case "L" -> new Scale(100_000, 10, 6.0);
                default -> throw new IllegalArgumentException("scale must be S, M or L: " + name);
            };
        }
    }

    private final Connection db;
    private final SplittableRandom random;
    private final LocalDate today;
    private final Map<String, PreparedStatement> statements = new LinkedHashMap<>();
    private final Map<String, Integer> pending = new HashMap<>();
    private final Map<String, Long> rows = new LinkedHashMap<>();
    private int sinceCommit;
    /** H2 keeps a word index of the search terms (DocumentSearch); PostgreSQL searches them through its GIN index. */
    private final boolean wordIndex;

    DataGenerator(Connection db, long seed, LocalDate today) throws SQLException {
        this.db = db;
        this.random = new SplittableRandom(seed);
        this.today = today;
        this.wordIndex = db.getMetaData().getDatabaseProductName().equals("H2");
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: DataGenerator S|M|L JDBC_URL [USER PASSWORD]");
            System.exit(2);
        }
        Scale scale = Scale.of(args[0]);
        String url = args[1];
        String user = args.length > 2 ? args[2] : "dectrack";
        String password = args.length > 3 ? args[3] : "dectrack";
        long started = System.nanoTime();
        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            try (Statement check = db.createStatement(); var rs = check.executeQuery("select count(*) from council_session")) {
                rs.next();
                if (rs.getLong(1) > 0) {
                    throw new IllegalStateException("the database already holds sessions; generate into an empty one");
                }
            }
            DataGenerator generator = new DataGenerator(db, Long.getLong("seed", 20241128L), LocalDate.now(ZoneOffset.UTC));
            generator.generate(scale);
            System.out.printf("generated %s in %.1f s: %s%n", args[0], (System.nanoTime() - started) / 1e9, generator.rows);
            List<String> problems = Consistency.check(db);
            db.commit();
            System.out.println("counts: " + Consistency.counts(db));
            System.out.println(problems.isEmpty() ? "consistency: OK (roll-ups, child counts, last reports, search_terms)"
                    : "consistency: " + problems);
            if (!problems.isEmpty()) {
                System.exit(1);
            }
        }
    }

    // ------------------------------------------------------------------ plumbing

    private PreparedStatement statement(String table, String columns) throws SQLException {
        PreparedStatement statement = statements.get(table);
        if (statement == null) {
            int count = columns.split(",").length;
            String marks = String.join(",", java.util.Collections.nCopies(count, "?"));
            statement = db.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")");
            statements.put(table, statement);
        }
        return statement;
    }

    /** Adds a row to the table's batch; runs the batch every 1000 rows and commits every 50,000. */
    private void row(String table, String columns, Object... values) throws SQLException {
        PreparedStatement statement = statement(table, columns);
        for (int i = 0; i < values.length; i++) {
            Object value = values[i];
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else if (value instanceof LocalDate date) {
                statement.setDate(i + 1, Date.valueOf(date));
            } else if (value instanceof UUID id) {
                statement.setObject(i + 1, id);
            } else {
                statement.setObject(i + 1, value);
            }
        }
        statement.addBatch();
        rows.merge(table, 1L, Long::sum);
        if (pending.merge(table, 1, Integer::sum) >= 1000) {
            flush(); // every table, parents first: a child's batch never runs before its parent's
        }
        if (++sinceCommit >= 50_000) {
            flush();
            db.commit();
            sinceCommit = 0;
        }
    }

    /** Runs the pending batches in foreign-key order (the map keeps the order tables were first used). */
    private void flush() throws SQLException {
        for (var entry : statements.entrySet()) {
            if (pending.getOrDefault(entry.getKey(), 0) > 0) {
                entry.getValue().executeBatch();
                pending.put(entry.getKey(), 0);
            }
        }
    }

    private static OffsetDateTime at(LocalDate date) {
        return date.atTime(9, 30).atOffset(ZoneOffset.UTC);
    }

    private <T> T pick(T[] values) {
        return values[random.nextInt(values.length)];
    }

    // ------------------------------------------------------------------ the history

    record SessionPlan(UUID id, String body, LocalDate date, String chair, boolean armeniaAttends) {
    }

    void generate(Scale scale) throws SQLException {
        int documents = scale.documents();
        LocalDate first = LocalDate.of(1995, 1, 10);
        LocalDate last = today.minusDays(20);
        int sessions = Math.max(5, documents / 20);
        long span = last.toEpochDay() - first.toEpochDay();
        List<SessionPlan> plans = new ArrayList<>();
        for (int i = 0; i < sessions; i++) {
            LocalDate date = LocalDate.ofEpochDay(first.toEpochDay() + span * i / sessions);
            plans.add(new SessionPlan(Ids.newId(), BODIES[i % BODIES.length], date, chairOn(date), date.isBefore(LocalDate.of(2024, 2, 1))));
        }
        // Relations point from a later document to an earlier one, so supersession can never form a cycle;
        // planning them first tells each target whether it was superseded or repealed when it is written.
        String[] terminatedAs = new String[documents];
        int[][] relationTargets = new int[documents][];
        String[][] relationTypes = new String[documents][];
        for (int i = 1; i < documents; i++) {
            int count = random.nextDouble() < 0.3 ? 1 + random.nextInt(2) : 0;
            relationTargets[i] = new int[count];
            relationTypes[i] = new String[count];
            for (int r = 0; r < count; r++) {
                int target = random.nextInt(i);
                if (r == 1 && target == relationTargets[i][0]) {
                    target = target == 0 ? -1 : target - 1;
                }
                String type = pick(RELATION_TYPES);
                relationTargets[i][r] = target;
                relationTypes[i][r] = type;
                if (target >= 0 && type.equals("REPEALS")) {
                    terminatedAs[target] = "REPEALED";
                } else if (target >= 0 && type.equals("SUPERSEDES") && terminatedAs[target] == null) {
                    terminatedAs[target] = "SUPERSEDED";
                }
            }
        }
        UUID[] documentIds = new UUID[documents];
        Map<String, Integer> referenceNumbers = new HashMap<>();
        int doc = 0;
        for (int s = 0; s < plans.size(); s++) {
            SessionPlan plan = plans.get(s);
            int share = s == plans.size() - 1 ? documents - doc : Math.min(documents - doc, (documents - doc) / (plans.size() - s)
                    + random.nextInt(-3, 4));
            writeSession(plan, Math.max(1, Math.min(share, 6)));
            for (int k = 0; k < share && doc < documents; k++, doc++) {
                documentIds[doc] = Ids.newId();
                String year = Integer.toString(plan.date().getYear());
                int number = referenceNumbers.merge(plan.body() + year, 1, Integer::sum);
                String reference = plan.body() + "-" + year + "-" + String.format("%02d", number);
                writeDocument(documentIds[doc], reference, plan, terminatedAs[doc], scale);
                for (int r = 0; relationTargets[doc] != null && r < relationTargets[doc].length; r++) {
                    int target = relationTargets[doc][r];
                    if (target >= 0) {
                        row("document_relation", "id,source_id,target_id,type,version,created_at,created_by,updated_at,updated_by",
                                Ids.newId(), documentIds[doc], documentIds[target], relationTypes[doc][r], 0L, at(plan.date()),
                                USER, at(plan.date()), USER);
                    }
                }
            }
            if (s % 500 == 0) {
                System.out.printf("  %d/%d sessions, %d documents, %s%n", s, plans.size(), doc, rows);
            }
        }
        flush();
        db.commit();
    }

    /** Chairs rotate yearly in Russian alphabetical order of the states; the real terms from 2019 on. */
    static String chairOn(LocalDate date) {
        String[] russianOrder = {"AM", "BY", "KZ", "KG", "RU", "TJ"};
        Map<Integer, String> real = Map.of(2019, "KG", 2020, "RU", 2021, "TJ", 2022, "AM", 2023, "BY", 2024, "KZ",
                2025, "KG", 2026, "RU");
        int year = date.getYear();
        return real.getOrDefault(year, russianOrder[Math.floorMod(year - 2019 + 3, 6)]);
    }

    void writeSession(SessionPlan plan, int agendaItems) throws SQLException {
        boolean extraordinary = random.nextDouble() < 0.05;
        String format = plan.date().getYear() >= 2020 && random.nextDouble() < 0.3 ? "VIDEO" : "IN_PERSON";
        String city = format.equals("VIDEO") ? null : pick(CITIES);
        row("council_session", "id,body_code,kind,format,status,start_date,end_date,city,host_country,chair_code,notes,version,"
                        + "created_at,created_by,updated_at,updated_by",
                plan.id(), plan.body(), extraordinary ? "EXTRAORDINARY" : "REGULAR", format, "HELD", plan.date(), plan.date(),
                city, plan.chair(), plan.chair(), null, 0L, at(plan.date()), USER, at(plan.date()), USER);
        for (String state : STATES) {
            if (!state.equals("AM") || plan.armeniaAttends()) {
                row("session_attendee", "session_id,state_code", plan.id(), state);
            }
        }
        for (int i = 0; i < agendaItems; i++) {
            String[] topic = pick(TOPICS);
            row("agenda_item", "session_id,item_no,title_ru,title_en,outcome", plan.id(), i, "Вопрос " + topic[0],
                    "Item " + topic[1], "Adopted");
        }
    }

    void writeDocument(UUID id, String reference, SessionPlan plan, String terminatedAs, Scale scale) throws SQLException {
        String[] type = pick(TYPES);
        String[] topic = pick(TOPICS);
        double roll = random.nextDouble();
        AdoptionStatus status = roll < 0.95 ? AdoptionStatus.ADOPTED : roll < 0.97 ? AdoptionStatus.RETURNED_FOR_REVISION
                : AdoptionStatus.DRAFT;
        LocalDate adoptedOn = status == AdoptionStatus.ADOPTED ? plan.date() : null;
        boolean ratification = type[0].equals("AGREEMENT") || type[0].equals("PROTOCOL");
        Integer needed = ratification && random.nextBoolean() ? 4 : null;
        LocalDate validFrom = null;
        LocalDate validTo = null;
        if (type[0].equals("PROGRAMME") || type[0].equals("PLAN") || type[0].equals("STRATEGY")) {
            validFrom = plan.date().plusYears(1).withDayOfYear(1);
            validTo = validFrom.plusYears(random.nextInt(1, 6)).minusDays(1);
        }
        String titleRu = type[1] + " " + topic[0] + " (" + reference + ")";
        String titleEn = type[2] + " " + topic[1] + " (" + reference + ")";
        String summaryRu = random.nextDouble() < 0.6 ? "Краткое содержание: " + topic[0] + "; " + pick(TOPICS)[0] : null;
        String summaryEn = summaryRu == null ? null : "Summary: " + topic[1];
        String searchTerms = Document.searchTermsOf(reference, titleRu, titleEn, summaryRu, summaryEn);
        // positions: everyone present signs, Armenia refrains from 2024, an objection returns the draft
        List<String> signers = new ArrayList<>();
        Map<String, Object[]> positions = new LinkedHashMap<>();
        boolean protocolDecision = type[0].equals("PROTOCOL_DECISION");
        for (String state : STATES) {
            if (protocolDecision) {
                if (state.equals(plan.chair()) && status == AdoptionStatus.ADOPTED) {
                    positions.put(state, new Object[] {"SIGNED", adoptedOn, null});
                    signers.add(state);
                }
                continue;
            }
            if (state.equals("AM") && !plan.armeniaAttends()) {
                positions.put(state, new Object[] {"REFRAINED_NO_OBJECTION", plan.date(), null});
            } else if (status == AdoptionStatus.RETURNED_FOR_REVISION && state.equals(STATES[random.nextInt(6)])) {
                positions.put(state, new Object[] {"OBJECTED", plan.date(), "Требует доработки"});
            } else if (status == AdoptionStatus.ADOPTED) {
                double p = random.nextDouble();
                if (p < 0.03) {
                    positions.put(state, new Object[] {"REFRAINED_NO_OBJECTION", plan.date(), null});
                } else if (p < 0.06 && plan.date().plusDays(400).isBefore(today)) {
                    positions.put(state, new Object[] {"JOINED_LATER", plan.date().plusDays(30 + random.nextInt(300)), null});
                    signers.add(state);
                } else {
                    positions.put(state, new Object[] {"SIGNED", plan.date(), p < 0.08 ? "С оговоркой" : null});
                    signers.add(state);
                }
            }
        }
        Map<String, LocalDate[]> ratifications = new LinkedHashMap<>();
        Map<String, LocalDate> notifications = new LinkedHashMap<>();
        if (ratification && status == AdoptionStatus.ADOPTED) {
            for (String state : new TreeSet<>(signers)) {
                LocalDate ratified = plan.date().plusDays(60 + random.nextInt(700));
                LocalDate notified = ratified.plusDays(5 + random.nextInt(60));
                if (ratified.isAfter(today)) {
                    ratified = null;
                    notified = null;
                } else if (notified.isAfter(today)) {
                    notified = null;
                }
                ratifications.put(state, new LocalDate[] {plan.date(), ratified, notified});
                notifications.put(state, notified);
            }
        }
        String terminated = status == AdoptionStatus.ADOPTED ? terminatedAs : null;
        LegalForcePolicy facts = new LegalForcePolicy(status, adoptedOn, validFrom, validTo, ratification, needed, notifications, terminated);
        LocalDate consideredOn = plan.date();
        row("document", "id,reference,type,title_ru,title_en,summary_ru,summary_en,body_code,session_id,adopted_on,considered_on,"
                        + "adoption_status,valid_from,valid_to,ratification_required,notifications_for_entry_into_force,notes,"
                        + "entry_into_force,full_force_from,terminated_as,search_terms,version,created_at,created_by,updated_at,updated_by",
                id, reference, type[0], titleRu, titleEn, summaryRu, summaryEn, plan.body(), plan.id(), adoptedOn, consideredOn,
                status.name(), validFrom, validTo, ratification, needed, null, facts.entryIntoForce(), facts.fullForceFrom(),
                terminated, searchTerms, 0L, at(plan.date()), USER, at(plan.date()), USER);
        TreeSet<String> tags = new TreeSet<>();
        for (int t = random.nextInt(4); t > 0; t--) {
            tags.add(pick(TAGS));
        }
        if (wordIndex) {
            for (String stem : SearchTerms.stems(searchTerms)) {
                row("document_term", "term,document_id", stem, id);
            }
        }
        for (String tag : tags) {
            row("document_tag", "document_id,tag", id, tag);
        }
        if (random.nextDouble() < 0.3) {
            row("document_attachment", "document_id,item_no,title,language,media_type,url,sha256", id, 0, "Authentic text", "ru",
                    "application/pdf", "https://example.org/documents/" + reference.toLowerCase(Locale.ROOT) + "-ru.pdf", null);
        }
        for (var position : positions.entrySet()) {
            Object[] p = position.getValue();
            row("document_position", "id,document_id,state_code,stance,position_date,reservation,version,created_at,created_by,"
                            + "updated_at,updated_by",
                    Ids.newId(), id, position.getKey(), p[0], p[1], p[2], 0L, at(plan.date()), USER, at(plan.date()), USER);
        }
        for (var r : ratifications.entrySet()) {
            LocalDate[] d = r.getValue();
            row("ratification", "id,document_id,state_code,signed_on,ratified_on,notified_on,version,created_at,created_by,"
                            + "updated_at,updated_by",
                    Ids.newId(), id, r.getKey(), d[0], d[1], d[2], 0L, at(plan.date()), USER, at(plan.date()), USER);
        }
        if (status == AdoptionStatus.ADOPTED && !type[0].equals("STATEMENT") && !type[0].equals("DECLARATION")
                && !protocolDecision) {
            // about 70% of documents carry measures: they get 1.4 times the average, so that the totals match the scale
            int count = (int) Math.round(scale.measuresPerDocument() * 1.4 * (0.5 + random.nextDouble()));
            writeMeasures(id, reference, plan.date(), count, scale.reportsPerLeaf());
        }
    }

    // ------------------------------------------------------------------ implementation

    static final class M {
        UUID id;
        M parent;
        String reference;
        int depth;
        int seq;
        int weight;
        LocalDate start;
        LocalDate due;
        MeasureStatus status = MeasureStatus.PLANNED;
        double progress;
        LocalDate lastReported;
        long version;
        final List<M> children = new ArrayList<>();
        final List<Object[]> reports = new ArrayList<>();
        String lead;
        List<String> contributors;
    }

    void writeMeasures(UUID documentId, String documentReference, LocalDate adopted, int count, double reportsPerLeaf)
            throws SQLException {
        if (count <= 0) {
            return;
        }
        List<M> all = new ArrayList<>();
        List<M> roots = new ArrayList<>();
        int rootCount = Math.min(count, 1 + random.nextInt(4));
        for (int i = 0; i < count; i++) {
            M m = new M();
            m.id = Ids.newId();
            if (i < rootCount) {
                m.depth = 1;
                m.seq = roots.size() + 1;
                m.reference = documentReference + "/M" + m.seq;
                roots.add(m);
            } else {
                M parent = all.get(random.nextInt(all.size()));
                while (parent.depth >= 4) {
                    parent = parent.parent;
                }
                m.parent = parent;
                m.depth = parent.depth + 1;
                m.seq = parent.children.size() + 1;
                m.reference = parent.reference + "." + m.seq;
                parent.children.add(m);
            }
            m.weight = 1 + random.nextInt(5);
            m.lead = pick(PARTIES);
            TreeSet<String> contributors = new TreeSet<>();
            for (int c = random.nextInt(4); c > 0; c--) {
                contributors.add(pick(PARTIES));
            }
            contributors.remove(m.lead);
            m.contributors = new ArrayList<>(contributors);
            m.start = adopted.plusDays(random.nextInt(0, 90));
            m.due = random.nextDouble() < 0.1 ? null : m.start.plusDays(30 + random.nextInt(1500));
            all.add(m);
        }
        for (M m : all) {
            if (m.children.isEmpty()) {
                report(m, reportsPerLeaf);
            }
        }
        // parents follow their children, deepest first: the service's RollUp
        for (int depth = 4; depth >= 1; depth--) {
            for (M m : all) {
                if (m.depth == depth && !m.children.isEmpty()) {
                    RollUp.Result result = RollUp.of(m.children.stream()
                            .map(c -> new RollUp.Child(c.status, c.progress, c.weight)).toList());
                    m.status = result.status();
                    m.progress = result.progress();
                    m.version = m.children.size();
                }
            }
        }
        for (M m : all) {
            LocalDate created = m.start;
            row("measure", "id,reference,document_id,parent_id,depth,seq,title_ru,title_en,description,lead_code,start_date,due_date,"
                            + "start_day,due_day,weight,status,progress,child_count,last_reported_on,notes,version,created_at,"
                            + "created_by,updated_at,updated_by",
                    m.id, m.reference, documentId, m.parent == null ? null : m.parent.id, m.depth, m.seq,
                    "Мероприятие " + m.reference, "Measure " + m.reference, null, m.lead, m.start, m.due,
                    (int) m.start.toEpochDay(), m.due == null ? null : (int) m.due.toEpochDay(), m.weight, m.status.name(),
                    m.progress, m.children.size(), m.lastReported, null, m.version, at(created), USER,
                    at(m.lastReported != null ? m.lastReported : created), USER);
            for (String contributor : m.contributors) {
                row("measure_contributor", "measure_id,party_code", m.id, contributor);
            }
        }
        for (M m : all) {
            for (Object[] r : m.reports) {
                UUID reportId = Ids.newId();
                LocalDate on = (LocalDate) r[0];
                row("progress_report", "id,measure_id,reported_on,reporting_party,text_ru,text_en,progress,previous_progress,status,"
                                + "previous_status,reason,version,created_at,created_by,updated_at,updated_by",
                        reportId, m.id, on, r[1], r[2], r[3], r[4], r[5], r[6], r[7], r[8], 0L, at(on), USER, at(on), USER);
                if ((boolean) r[9]) {
                    row("report_evidence", "report_id,item_no,title,url", reportId, 0, "Minutes",
                            "https://example.org/minutes/" + reportId);
                }
            }
        }
    }

    /** A leaf's timeline, obeying ReportService: allowed transitions, reasons, dates never going back or into the future. */
    void report(M m, double perLeaf) {
        if (!m.start.isBefore(today)) {
            return;
        }
        int count = (int) Math.round(perLeaf * 2 * random.nextDouble());
        long from = m.start.toEpochDay();
        long to = Math.min(today.toEpochDay(), (m.due == null ? m.start.plusDays(900) : m.due.plusDays(120)).toEpochDay());
        LocalDate on = m.start;
        for (int i = 0; i < count && m.status != MeasureStatus.CANCELLED; i++) {
            long step = Math.max(0, (to - on.toEpochDay()) / Math.max(1, count - i));
            on = LocalDate.ofEpochDay(Math.min(to, on.toEpochDay() + (step == 0 ? 0 : random.nextLong(step + 1))));
            if (on.toEpochDay() < from) {
                on = m.start;
            }
            MeasureStatus before = m.status;
            double previous = m.progress;
            Integer progress = null;
            MeasureStatus requested = null;
            String reason = null;
            double roll = random.nextDouble();
            if (before == MeasureStatus.COMPLETED) {
                if (roll < 0.1) {
                    requested = MeasureStatus.IN_PROGRESS;
                    progress = 90;
                    reason = "Возобновлено по решению Постоянного совета";
                }
            } else if (before == MeasureStatus.SUSPENDED) {
                requested = roll < 0.8 ? MeasureStatus.IN_PROGRESS : MeasureStatus.CANCELLED;
                reason = requested == MeasureStatus.CANCELLED ? "Утратило актуальность" : null;
            } else if (roll < 0.03) {
                requested = MeasureStatus.CANCELLED;
                reason = "Поглощено другим мероприятием";
            } else if (roll < 0.07 && before == MeasureStatus.IN_PROGRESS) {
                requested = MeasureStatus.SUSPENDED;
                reason = "Нет финансирования";
            } else {
                progress = (int) Math.min(100, Math.round(previous) + 5 + random.nextInt(35));
                if (progress == 100 && before == MeasureStatus.IN_PROGRESS) {
                    requested = MeasureStatus.COMPLETED;
                }
            }
            MeasureStatus after = requested == null ? before : requested;
            double newProgress = progress == null ? previous : progress;
            if (requested == null && before == MeasureStatus.PLANNED && newProgress > 0) {
                after = MeasureStatus.IN_PROGRESS;
            }
            if (after == MeasureStatus.COMPLETED) {
                newProgress = 100;
            }
            MeasureStatus reportStatus = after == before ? requested : after;
            String party = random.nextBoolean() ? m.lead : "SEC";
            m.reports.add(new Object[] {on, party, "Ход выполнения " + m.reference, "Progress on " + m.reference,
                    progress == null ? null : progress.doubleValue(), previous, reportStatus == null ? null : reportStatus.name(),
                    before.name(), reason, random.nextDouble() < 0.2});
            m.status = after;
            m.progress = newProgress;
            m.lastReported = on;
            m.version++;
        }
    }
}
