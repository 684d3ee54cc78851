package org.relais.bench.shell;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;

/** One entity, so that the persistence unit has something to map. */
@Entity
public class Note {
    @Id @GeneratedValue Long id;
    String text;
}
