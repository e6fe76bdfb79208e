package org.iom.scheme;

import io.quarkus.hibernate.orm.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class SchemeRepository implements PanacheRepositoryBase<Scheme, UUID> {

    public Optional<Scheme> findByCode(String code) {
        return find("code", code).firstResultOptional();
    }
}
