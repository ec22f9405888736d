package org.waymark.scale;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/** Rows for one table, sent to the database in JDBC batches. */
final class Rows implements AutoCloseable {

    private static final int BATCH = 1_000;

    private final PreparedStatement statement;
    private final Rows[] parents;
    private int pending;
    private long written;

    /** {@code parents}: tables these rows refer to, sent first whenever these are. */
    Rows(Connection connection, String table, String columns, Rows... parents) throws SQLException {
        this.parents = parents;
        int n = columns.split(",").length;
        String marks = String.join(", ", java.util.Collections.nCopies(n, "?"));
        this.statement = connection.prepareStatement("insert into " + table + " (" + columns + ") values (" + marks + ")");
    }

    void add(Object... values) throws SQLException {
        for (int i = 0; i < values.length; i++) {
            statement.setObject(i + 1, values[i]);
        }
        statement.addBatch();
        written++;
        if (++pending == BATCH) {
            flush();
        }
    }

    void flush() throws SQLException {
        for (Rows parent : parents) {
            parent.flush();
        }
        if (pending > 0) {
            statement.executeBatch();
            pending = 0;
        }
    }

    long written() {
        return written;
    }

    @Override
    public void close() throws SQLException {
        flush();
        statement.close();
    }
}
