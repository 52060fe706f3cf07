package io.printrelay.order;

import io.printrelay.PrintRelayTest;
import org.apache.commons.dbcp2.BasicDataSource;
import org.apache.commons.dbcp2.DelegatingStatement;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The store's connections keep their prepared statements (application.yaml, spring.datasource.dbcp2): HSQLDB compiles
 * a statement again whenever it is prepared after the last one was closed, which JdbcTemplate does at every call.
 */
@PrintRelayTest
class ConnectionPoolTest {

    @Autowired
    DataSource dataSource;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aStatementPreparedAgainOnTheSameConnectionIsTheOneKeptFromBefore() throws Exception {
        assertThat(dataSource).isInstanceOf(BasicDataSource.class);
        BasicDataSource pool = (BasicDataSource) dataSource;
        assertThat(pool.isPoolPreparedStatements()).isTrue();

        try (Connection connection = dataSource.getConnection()) {
            Object first;
            try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM folders WHERE name = ?")) {
                first = ((DelegatingStatement) statement).getInnermostDelegate();
            }
            try (PreparedStatement again = connection.prepareStatement("SELECT id FROM folders WHERE name = ?")) {
                assertThat(((DelegatingStatement) again).getInnermostDelegate()).isNotNull().isSameAs(first);
            }
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM folders WHERE name = 'New'", Integer.class)).isOne();
    }
}
