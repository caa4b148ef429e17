package dev.migrate.jpa.zoo;

import java.io.Serializable;

public class ShiftKey implements Serializable {

    private String keeperCode;
    private int weekday;

    @Override
    public boolean equals(Object o) {
        return o instanceof ShiftKey other && java.util.Objects.equals(keeperCode, other.keeperCode)
                && weekday == other.weekday;
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(keeperCode, weekday);
    }
}
