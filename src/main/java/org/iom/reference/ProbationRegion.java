package org.iom.reference;

import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One of the 12 probation regions, by its case-system code (read-only reference data). */
@Entity
@Table(name = "probation_region")
public class ProbationRegion {

    @Id public String code;
    public String name;
}
