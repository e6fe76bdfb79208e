package org.iom.reference;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** One of the 43 territorial police forces (read-only reference data, seeded by Flyway). */
@Entity
@Table(name = "police_force")
public class PoliceForce {

    @Id public String id;
    public String name;
    public String country;

    @ElementCollection(fetch = FetchType.LAZY)
    @CollectionTable(name = "police_force_name", joinColumns = @JoinColumn(name = "force_id"))
    @OrderBy("validFrom")
    public List<Name> names = new ArrayList<>();

    @Embeddable
    public static class Name {

        public String name;
        public LocalDate validFrom;
        public LocalDate validTo;
        public String note;
    }
}
