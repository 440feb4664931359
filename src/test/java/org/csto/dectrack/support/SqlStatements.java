package org.csto.dectrack.support;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManagerFactory;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;

/** Counts the SQL statements the server prepares while a piece of test code runs (Hibernate statistics). */
@ApplicationScoped
public class SqlStatements {
    private final EntityManagerFactory factory;

    public SqlStatements(EntityManagerFactory factory) {
        this.factory = factory;
    }

    public synchronized long count(Runnable requests) {
        Statistics statistics = factory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
        requests.run();
        return statistics.getPrepareStatementCount();
    }
}
