package org.relais.timebank.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class LockOrderTest {
    @Test
    void accountsAreLockedByAscendingId() {
        assertEquals(List.of(1L, 7L, 42L), LockOrder.of(42, 1, 7));
    }

    @Test
    void theDirectionOfATransferDoesNotChangeTheOrder() {
        assertEquals(LockOrder.of(5, 9, 1), LockOrder.of(9, 5, 1));
    }

    @Test
    void anAccountNamedTwiceIsLockedOnce() {
        assertEquals(List.of(1L, 3L, 8L), LockOrder.of(8, 3, 8, 1, 3));
    }

    @Test
    void thePoolIsLockedLastByAStatementOfItsOwn() {
        assertEquals(List.of(List.of(5L, 9L), List.of(1L)), LockOrder.statements(1, 9, 1, 5));
    }

    @Test
    void aTransferWithoutThePoolLocksOnlyItsMembers() {
        assertEquals(List.of(List.of(5L, 9L)), LockOrder.statements(1, 9, 5, 9));
        assertEquals(List.of(List.of(1L)), LockOrder.statements(1, 1));
    }

    @Test
    void inSingleFileThePoolIsLockedFirstWithTheMembers() {
        assertEquals(List.of(List.of(1L, 5L, 9L)), LockOrder.singleFile(1, 9, 5));
        assertEquals(List.of(List.of(1L, 5L)), LockOrder.singleFile(1, 5, 1));
    }
}
