package dev.migrate.jpa.renames;

import dev.migrate.jpa.RenamedFrom;
import jakarta.persistence.Access;
import jakarta.persistence.AccessType;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.LocalDate;

/** Entities that declare renames every way {@link RenamedFrom} can be put. */
public final class Renames {

    private Renames() {
    }

    @Entity
    @RenamedFrom("old_thing")
    public static class Thing {
        @Id
        Long id;
        @RenamedFrom("label")
        String name;
        String untouched;
    }

    @MappedSuperclass
    public abstract static class Dated {
        @RenamedFrom("made_on")
        LocalDate createdOn;
    }

    @Entity
    public static class Child extends Dated {
        @Id
        Long id;
        String plain;
    }

    @Entity
    @Access(AccessType.PROPERTY)
    public static class Gadget {
        private Long id;
        private boolean active;
        private String title;

        @Id
        public Long getId() {
            return id;
        }

        public void setId(Long id) {
            this.id = id;
        }

        @RenamedFrom("enabled")
        public boolean isActive() {
            return active;
        }

        public void setActive(boolean active) {
            this.active = active;
        }

        @RenamedFrom("heading")
        public String getTitle() {
            return title;
        }

        public void setTitle(String title) {
            this.title = title;
        }
    }

    @Entity
    public static class Plain {
        @Id
        Long id;
        String name;
    }
}
