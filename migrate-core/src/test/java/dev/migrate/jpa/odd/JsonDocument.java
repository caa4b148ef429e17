package dev.migrate.jpa.odd;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import java.util.Map;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;

@Entity
public class JsonDocument {

    @Id
    private Long id;

    @JdbcTypeCode(SqlTypes.JSON)
    private Map<String, Object> payload;
}
