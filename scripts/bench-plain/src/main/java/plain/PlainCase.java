package plain;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** One entity, mapped onto the service's own case table (read only), so both apps read the same rows. */
@Entity
@Table(name = "iom_case")
public class PlainCase extends PanacheEntityBase {
    @Id public UUID id;
    public String crn;
    public String cohort;
    public String status;
    public String rag;
    @Column(name = "selected_on") public LocalDate selectedOn;
    @Column(name = "next_review_on") public LocalDate nextReviewOn;
    @Column(name = "police_lead") public String policeLead;
    @Column(name = "updated_at") public Instant updatedAt;
    public long version;
}
